import { useId, useRef, useState } from 'react';
import ChartControls from './ChartControls';
import { useChart } from './useChart';
import type { WageRow } from '#src/schemas/wage-table.ts';
import { money, rankStates, type Basis } from '#src/lib/pay/distribution.ts';
import { priceAdjusted, priceAdjustedHourly } from '#src/lib/pay/state-pay.ts';
import { PAY_PERIODS } from '#src/schemas/vocabulary/pay.ts';

interface Props {
  occupations: { soc: string; short: string; title: string }[];
  period: string;
  rows: WageRow[];
  names: Record<string, string>;
  /** Link to each state's page, by postal code. */
  hrefs: Record<string, string>;
  source: { label: string; href: string };
  /** Each state's price level (BEA Regional Price Parity, US = 100), by postal code, with its year and source. */
  parities?:
    | {
        year: number;
        index: Record<string, number>;
        source: { label: string; href: string };
      }
    | undefined;
}

/**
 * States ranked by median pay for one occupation, as a bar chart and a table of the same numbers. Hourly figures are
 * BLS's published hourly medians, not annual ones divided by 2,080. The table adds the median adjusted for price
 * levels as a second column, never in place of the official figure.
 */
export default function StatePayRanking({
  occupations,
  period,
  rows,
  names,
  hrefs,
  source,
  parities,
}: Props) {
  const available = occupations.filter((o) => rows.some((r) => r.soc === o.soc));
  const [soc, setSoc] = useState(available[0]?.soc ?? '');
  const [basis, setBasis] = useState<Basis>('year');
  const [order, setOrder] = useState<{ key: 'value' | 'name'; dir: 'ascending' | 'descending' }>({
    key: 'value',
    dir: 'descending',
  });
  const canvas = useRef<HTMLCanvasElement>(null);
  const id = `pay${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const ranked = rankStates(rows, soc, basis === 'year' ? 'median' : 'hourlyMedian', names).map(
    (r) => {
      const index = parities?.index[r.code];
      return {
        ...r,
        shown: r.value,
        adjusted:
          basis === 'year' ? priceAdjusted(r.value, index) : priceAdjustedHourly(r.value, index),
      };
    },
  );
  const occ = available.find((o) => o.soc === soc);
  const rank = new Map(ranked.map((r, i) => [r.code, i + 1]));
  const tableRows = [...ranked].sort((a, b) => {
    const c = order.key === 'name' ? a.name.localeCompare(b.name) : a.shown - b.shown;
    return order.dir === 'ascending' ? c : -c;
  });
  const sortBy = (key: 'value' | 'name') =>
    setOrder((o) => ({
      key,
      dir:
        o.key === key
          ? o.dir === 'ascending'
            ? 'descending'
            : 'ascending'
          : key === 'name'
            ? 'ascending'
            : 'descending',
    }));
  const ariaSort = (key: 'value' | 'name') => (order.key === key ? order.dir : undefined);
  const [highest] = ranked;
  const lowest = ranked.at(-1);
  const summary =
    highest && lowest
      ? `${occ?.title}, median pay by state, ${period}: highest ${highest.name} at ${money(highest.shown, basis)}, lowest ${lowest.name} at ${money(lowest.shown, basis)}.`
      : 'No state figures.';

  useChart(
    canvas,
    (c) => ({
      type: 'bar',
      data: {
        labels: ranked.map((r) => r.code),
        datasets: [
          {
            label: `Median pay, ${period}`,
            data: ranked.map((r) => r.shown),
            backgroundColor: c.primary,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: (items) => {
                const state = ranked[items[0]?.dataIndex ?? -1];
                return state ? names[state.code] : undefined;
              },
              label: (ctx) => money(ctx.parsed.x, basis),
            },
          },
        },
        scales: {
          x: {
            beginAtZero: true,
            ticks: { color: c.text, callback: (v) => money(Number(v), basis) },
            grid: { color: c.grid },
          },
          y: {
            ticks: { color: c.text, autoSkip: false, font: { size: 11 } },
            grid: { display: false },
          },
        },
      },
    }),
    [soc, basis],
  );

  if (!occ) return <p>No state pay figures are available yet.</p>;
  return (
    <div className="state-ranking">
      <ChartControls
        id={id}
        occupations={available}
        soc={soc}
        onSoc={setSoc}
        basis={basis}
        onBasis={setBasis}
      />
      <figure>
        <figcaption>
          <strong>{occ.title}</strong>: median pay {PAY_PERIODS[basis].per} by state, highest first,{' '}
          {period}. Source: <a href={source.href}>{source.label}</a>.
          {parities && (
            <>
              {' '}
              Price levels: <a href={parities.source.href}>{parities.source.label}</a>.
            </>
          )}
        </figcaption>
        <div className="chart-box tall">
          <canvas
            ref={canvas}
            role="img"
            aria-label={summary}
            data-values={JSON.stringify(ranked.map((r) => [r.code, r.shown]))}
          >
            {summary}
          </canvas>
        </div>
        <details>
          <summary>Table of the numbers in the chart</summary>
          <table data-testid="state-pay-table">
            <caption className="visually-hidden">Median pay by state, highest first</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Rank
                </th>
                <th scope="col" aria-sort={ariaSort('name')}>
                  <button type="button" className="button-link sort" onClick={() => sortBy('name')}>
                    State
                  </button>
                </th>
                <th scope="col" className="num" aria-sort={ariaSort('value')}>
                  <button
                    type="button"
                    className="button-link sort"
                    onClick={() => sortBy('value')}
                  >
                    Median pay
                  </button>
                </th>
                {parities && (
                  <th scope="col" className="num">
                    Adjusted for price levels ({parities.year})
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {tableRows.map((r) => (
                <tr key={r.code}>
                  <td className="num">{rank.get(r.code)}</td>
                  <th scope="row">
                    <a href={hrefs[r.code]}>{r.name}</a>
                  </th>
                  <td className="num">{money(r.shown, basis)}</td>
                  {parities && (
                    <td className="num">
                      {r.adjusted === undefined ? '—' : money(r.adjusted, basis)}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figure>
    </div>
  );
}
