import { PAY_PERIODS } from '#src/schemas/vocabulary/pay.ts';
import { useId, useRef, useState } from 'react';
import ChartControls from './ChartControls';
import { useChart } from './useChart';
import type { WageRow } from '#src/schemas/wage-table.ts';
import {
  CHART_STATS,
  describeDistribution,
  money,
  statLabels,
  valueOn,
  type Basis,
} from '#src/lib/pay/distribution.ts';

interface Release {
  period: string;
  rows: WageRow[];
}
interface Props {
  occupations: { soc: string; short: string; title: string }[];
  latest: Release;
  previous?: Release | undefined;
  /** Citation text and link for the caption, e.g. "BLS OEWS, May 2025" -> /sources/#id. */
  source: { label: string; href: string };
}

/** Percentile chart for one occupation, with a switch between occupations and between annual and hourly pay, and a table of the same numbers. */
export default function PayExplorer({ occupations, latest, previous, source }: Props) {
  const first = occupations[0];
  if (!first) throw new Error('PayExplorer: pass at least one occupation.');
  const [soc, setSoc] = useState(first.soc);
  const [basis, setBasis] = useState<Basis>('year');
  const canvas = useRef<HTMLCanvasElement>(null);
  const id = `pay${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const occ = occupations.find((o) => o.soc === soc)!;
  const row = latest.rows.find((r) => r.soc === soc);
  const prev = previous?.rows.find((r) => r.soc === soc);
  const summary = describeDistribution(occ.title, latest.period, row, basis);

  const series = (r: WageRow | undefined) => CHART_STATS.map((s) => valueOn(r, s, basis));
  useChart(
    canvas,
    (c) => ({
      type: 'bar',
      data: {
        labels: statLabels(),
        datasets: [
          { label: latest.period, data: series(row), backgroundColor: c.primary },
          ...(previous
            ? [{ label: previous.period, data: series(prev), backgroundColor: c.muted }]
            : []),
        ],
      },
      options: {
        maintainAspectRatio: false,
        plugins: {
          legend: { labels: { color: c.text } },
          tooltip: {
            callbacks: { label: (ctx) => `${ctx.dataset.label}: ${money(ctx.parsed.y, basis)}` },
          },
        },
        scales: {
          x: { ticks: { color: c.text }, grid: { color: c.grid } },
          y: {
            beginAtZero: true,
            ticks: { color: c.text, callback: (v) => money(Number(v), basis) },
            grid: { color: c.grid },
          },
        },
      },
    }),
    [soc, basis],
  );

  return (
    <div className="pay-explorer">
      <ChartControls
        id={id}
        occupations={occupations}
        soc={soc}
        onSoc={setSoc}
        basis={basis}
        onBasis={setBasis}
      />
      <figure>
        <figcaption>
          <strong>
            {occ.title} ({occ.soc})
          </strong>
          : pay {PAY_PERIODS[basis].per} at each percentile, {latest.period}
          {previous && ` and ${previous.period}`}. Source: <a href={source.href}>{source.label}</a>.
          {basis === 'hour' && ' Hourly figures are annual figures divided by 2,080 hours.'}
        </figcaption>
        <div className="chart-box">
          <canvas
            ref={canvas}
            role="img"
            aria-label={summary}
            data-values={JSON.stringify(CHART_STATS.map((s) => valueOn(row, s, basis)))}
          >
            {summary}
          </canvas>
        </div>
        <table data-testid="pay-table">
          <caption className="visually-hidden">The numbers in the chart</caption>
          <thead>
            <tr>
              <th scope="col">Statistic</th>
              <th scope="col" className="num">
                {latest.period}
              </th>
              {previous && (
                <th scope="col" className="num">
                  {previous.period}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {CHART_STATS.map((s, i) => (
              <tr key={s}>
                <th scope="row">{statLabels()[i]}</th>
                <td className="num">{money(valueOn(row, s, basis), basis)}</td>
                {previous && <td className="num">{money(valueOn(prev, s, basis), basis)}</td>}
              </tr>
            ))}
            <tr>
              <th scope="row">Jobs</th>
              <td className="num">{row?.employment?.toLocaleString('en-US') ?? 'not published'}</td>
              {previous && (
                <td className="num">
                  {prev?.employment?.toLocaleString('en-US') ?? 'not published'}
                </td>
              )}
            </tr>
          </tbody>
        </table>
      </figure>
    </div>
  );
}
