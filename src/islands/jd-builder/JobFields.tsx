import TextField from '../forms/TextField';
import SelectField from '../forms/SelectField';
import CheckboxField from '../forms/CheckboxField';
import { FIELD_ID } from '#src/lib/job-descriptions/builder/validation.ts';
import {
  EMPLOYMENT_LABEL,
  BUILDER_EMPLOYMENT_TYPES,
  type BuilderData,
  type BuilderState,
  type BuilderEmploymentType,
} from '#src/lib/job-descriptions/builder/types.ts';

interface Props {
  s: BuilderState;
  data: BuilderData;
  errors: Record<string, string>;
  set: (patch: Partial<BuilderState>) => void;
  onVariant: (id: string) => void;
  onState: (code: string) => void;
}

/** Organization, setting, job title, where the job is and the employment type. */
export default function JobFields({ s, data, errors, set, onVariant, onState }: Props) {
  return (
    <>
      <TextField
        id={FIELD_ID.organization}
        label="Organization"
        autoComplete="organization"
        value={s.organization}
        onValue={(v) => set({ organization: v })}
        error={errors[FIELD_ID.organization]}
      />
      <TextField
        id={FIELD_ID.organizationUrl}
        label="Organization website"
        optional
        type="url"
        inputMode="url"
        hint="Used in the structured data for search engines, for example https://www.example.org"
        value={s.organizationUrl}
        onValue={(v) => set({ organizationUrl: v })}
        error={errors[FIELD_ID.organizationUrl]}
      />
      <SelectField
        id="jd-variant"
        label="Setting"
        hint="Changing the setting replaces the summary, duties, skills, qualifications and working conditions with that template's."
        value={s.variant}
        onValue={onVariant}
        options={data.variants.map((v) => ({ value: v.id, label: v.setting }))}
      />
      <TextField
        id={FIELD_ID.jobTitle}
        label="Job title"
        value={s.jobTitle}
        onValue={(v) => set({ jobTitle: v })}
        error={errors[FIELD_ID.jobTitle]}
      />
      <CheckboxField
        id="jd-remote"
        label="Remote: the job is done from home"
        checked={s.remote}
        onChecked={(v) => set({ remote: v })}
      />
      <TextField
        id={FIELD_ID.city}
        label="City"
        optional={s.remote}
        autoComplete="address-level2"
        className="narrow-wide"
        value={s.city}
        onValue={(v) => set({ city: v })}
        error={errors[FIELD_ID.city]}
      />
      <SelectField
        id={FIELD_ID.state}
        label="State"
        hint={
          s.remote
            ? 'For a remote job: the state applicants must live in.'
            : 'Fills in the state’s license titles and pay figures.'
        }
        placeholder="Choose a state"
        value={s.state}
        onValue={onState}
        options={data.states.map((st) => ({ value: st.code, label: st.name }))}
        error={errors[FIELD_ID.state]}
      />
      <SelectField
        id="jd-employment"
        label="Employment type"
        value={s.employmentType}
        onValue={(v) => set({ employmentType: v as BuilderEmploymentType })}
        options={BUILDER_EMPLOYMENT_TYPES.map((t) => ({ value: t, label: EMPLOYMENT_LABEL[t] }))}
      />
    </>
  );
}
