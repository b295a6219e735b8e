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
  const rows = (list: PayRow[], cols: (keyof PayRow)[]) =>
    list.map((r) => (
      <tr key={r.soc} data-soc={r.soc}>
        <th scope="row">
          {r.soc === ctx.soc ? <strong>{r.title}</strong> : r.title}{' '}
          <span className="muted">({r.soc})</span>
          {r.soc === ctx.soc && <span className="muted"> (closest to this template)</span>}
        </th>
        {cols.map((c) => (
          <td key={c} className="num">
            {show(r[c] as number | undefined)}
          </td>
        ))}
      </tr>
    ));
  return (
    <details className="pay-context" open>
      <summary>Official pay figures for context</summary>
      {ctx.state ? (
        <div className="table-scroll">
          <table>
            <caption>
              {stateName}: pay percentiles {per}, {ctx.state.source.period}
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
            <tbody>{rows(ctx.state.rows, ['p25', 'median', 'p75'])}</tbody>
          </table>
          {cite(ctx.state.source)}
        </div>
      ) : state ? (
        <p>No state figures are published here for {stateName}.</p>
      ) : (
        <p>Choose a state to see its figures too.</p>
      )}
      <div className="table-scroll">
        <table>
          <caption>
            United States: pay percentiles {per}, {ctx.national.source.period}
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
          <tbody>{rows(ctx.national.rows, ['p25', 'median', 'p75'])}</tbody>
        </table>
        {cite(ctx.national.source)}
      </div>
    </details>
  );
}
