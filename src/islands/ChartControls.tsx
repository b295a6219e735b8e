import type { Basis } from '#src/lib/pay/distribution.ts';
import { PAY_PERIOD_KEYS, PAY_PERIODS } from '#src/schemas/vocabulary/pay.ts';

interface Props {
  id: string;
  occupations: { soc: string; short: string }[];
  soc: string;
  onSoc: (soc: string) => void;
  basis: Basis;
  onBasis: (basis: Basis) => void;
}

/** The occupation menu and the per-year / per-hour switch shared by the pay charts. */
export default function ChartControls({ id, occupations, soc, onSoc, basis, onBasis }: Props) {
  return (
    <div className="chart-controls">
      <div>
        <label htmlFor={`${id}-occ`}>Occupation</label>
        <select id={`${id}-occ`} value={soc} onChange={(e) => onSoc(e.target.value)}>
          {occupations.map((o) => (
            <option key={o.soc} value={o.soc}>
              {o.short} ({o.soc})
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>Show pay</legend>
        {PAY_PERIOD_KEYS.map((b) => (
          <label key={b} className="inline">
            <input
              type="radio"
              name={`${id}-basis`}
              value={PAY_PERIODS[b].adjective}
              checked={basis === b}
              onChange={() => onBasis(b)}
            />{' '}
            {PAY_PERIODS[b].per}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
