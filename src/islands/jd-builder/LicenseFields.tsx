import SelectField from '../forms/SelectField';
import Fieldset from '../forms/Fieldset';
import type { BuilderData, BuilderState } from '#src/lib/job-descriptions/builder/types.ts';

interface Props {
  s: BuilderState;
  data: BuilderData;
  set: (patch: Partial<BuilderState>) => void;
}

/** The license the job requires (from the chosen state's license levels) and the certifications it prefers. */
export default function LicenseFields({ s, data, set }: Props) {
  const st = data.states.find((x) => x.code === s.state);
  const options = [
    ...(st?.tiers.map((t) => ({ value: t.abbr, label: `${t.abbr}: ${t.title}` })) ?? []),
    { value: 'RN', label: 'RN: registered nurse license' },
  ];
  return (
    <>
      <SelectField
        id="jd-license"
        label="License required"
        optional
        hint={
          st
            ? `${st.name}’s license levels, lowest first; its clinical license is the ${st.clinicalAbbr}. Replaces the general license lines under Qualifications.`
            : 'Choose a state first to see its social work license titles.'
        }
        placeholder="No specific license named"
        value={s.license}
        onValue={(v) => set({ license: v })}
        options={options}
      />
      <Fieldset
        id="jd-certs"
        legend="Certifications preferred"
        optional
        hint="Replaces the general certification line under Qualifications."
      >
        {data.certifications.map((c) => (
          <div className="choice" key={c.abbr}>
            <input
              type="checkbox"
              id={`jd-cert-${c.abbr}`}
              checked={s.certifications.includes(c.abbr)}
              onChange={(e) =>
                set({
                  certifications: e.target.checked
                    ? [...s.certifications, c.abbr]
                    : s.certifications.filter((x) => x !== c.abbr),
                })
              }
            />
            <label htmlFor={`jd-cert-${c.abbr}`}>
              {c.abbr}: {c.name}
            </label>
          </div>
        ))}
      </Fieldset>
    </>
  );
}
