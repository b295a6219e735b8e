import { PAY_PERIOD_KEYS, PAY_PERIODS } from '#src/schemas/vocabulary/pay.ts';
import TextField from '../forms/TextField';
import Fieldset from '../forms/Fieldset';
import PayContext from './PayContext';
import { FIELD_ID } from '#src/lib/job-descriptions/builder/validation.ts';
import type { BuilderData, BuilderState } from '#src/lib/job-descriptions/builder/types.ts';

interface Props {
  s: BuilderState;
  data: BuilderData;
  errors: Record<string, string>;
  set: (patch: Partial<BuilderState>) => void;
}

/** The pay range and period, with the official figures beside them. */
export default function PayFields({ s, data, errors, set }: Props) {
  const stateName = data.states.find((x) => x.code === s.state)?.name;
  return (
    <Fieldset
      id="jd-pay"
      legend="Pay range"
      hint="Many states and cities require the pay range in every job posting. Enter dollars, like 60000 or 28.50."
    >
      <Fieldset id="jd-pay-period" legend="Pay is" className="inline-choices">
        {PAY_PERIOD_KEYS.map((p) => (
          <div className="choice" key={p}>
            <input
              type="radio"
              id={`jd-pay-period-${p}`}
              name="jd-pay-period"
              value={p}
              checked={s.payPeriod === p}
              onChange={() => set({ payPeriod: p })}
            />
            <label htmlFor={`jd-pay-period-${p}`}>{PAY_PERIODS[p].per}</label>
          </div>
        ))}
      </Fieldset>
      <div className="pay-pair">
        <TextField
          id={FIELD_ID.payMin}
          label="Lowest pay ($)"
          inputMode="decimal"
          className="narrow"
          value={s.payMin}
          onValue={(v) => set({ payMin: v })}
          error={errors[FIELD_ID.payMin]}
        />
        <TextField
          id={FIELD_ID.payMax}
          label="Highest pay ($)"
          inputMode="decimal"
          className="narrow"
          value={s.payMax}
          onValue={(v) => set({ payMax: v })}
          error={errors[FIELD_ID.payMax]}
        />
      </div>
      <PayContext
        pay={data.pay}
        state={s.state}
        variant={s.variant}
        stateName={stateName}
        period={s.payPeriod}
      />
    </Fieldset>
  );
}
