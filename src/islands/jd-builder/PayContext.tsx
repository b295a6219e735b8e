import type { PayData, PayRow } from '#src/lib/job-descriptions/builder/types.ts';
import { PAY_PERIODS, type PayPeriod } from '#src/schemas/vocabulary/pay.ts';
import { payContext } from '#src/lib/job-descriptions/builder/pay-context.ts';
import { money } from '#src/lib/pay/distribution.ts';
import { toHourly } from '#src/lib/pay/wages.ts';

interface Props {
  pay: PayData;
  state: string;
  /** The template variant, whose occupation is listed first and marked. */
  variant?: string;
  stateName?: string | undefined;
  period: PayPeriod;
}

/** Official OEWS pay for context beside the pay fields: the chosen state's figures, then national percentiles, each with its source and period. */
export default function PayContext({ pay, state, variant, stateName, period }: Props) {
  const ctx = payContext(pay, state, variant);
  const show = (v: number | undefined) =>
    money(v === undefined ? null : period === 'year' ? v : toHourly(v), period);
  const per = PAY_PERIODS[period].per;
  const cite = (s: PayData['national']['source']) => (
    <p className="source-line">
      Source: <a href={s.href}>{s.label}</a> ({s.publisher}, {s.period}).
      {period === 'hour' && ' Hourly figures are annual ones divided by 2,080 hours, as OEWS does.'}
    </p>
  );
  const COLS = ['p25', 'median', 'p75'] as const;
  /** One area's percentiles (the template's occupation first and marked), with the source under the table. */
  const table = (area: string, data: PayData['national']) => (
    <div className="table-scroll">
      <table>
        <caption>
          {area}: pay percentiles {per}, {data.source.period}
        </caption>
        <thead>
          <tr>
            <th scope="col">Occupation</th>
            <th scope="col" className="num">
              25th percentile
            </th>
            <th scope="col" className="num">
              Median
            </th>
            <th scope="col" className="num">
              75th percentile
            </th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r: PayRow) => (
            <tr key={r.soc} data-soc={r.soc}>
              <th scope="row">
                {r.soc === ctx.soc ? <strong>{r.title}</strong> : r.title}{' '}
                <span className="muted">({r.soc})</span>
                {r.soc === ctx.soc && <span className="muted"> (closest to this template)</span>}
              </th>
              {COLS.map((c) => (
                <td key={c} className="num">
                  {show(r[c])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {cite(data.source)}
    </div>
  );
  return (
    <details className="pay-context" open>
      <summary>Official pay figures for context</summary>
      {ctx.state ? (
        table(stateName ?? state, ctx.state)
      ) : state ? (
        <p>No state figures are published here for {stateName}.</p>
      ) : (
        <p>Choose a state to see its figures too.</p>
      )}
      {table('United States', ctx.national)}
    </details>
  );
}
