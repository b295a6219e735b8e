import { formatCount, formatDollars } from '../text/format.ts';

/** The measures the /licensing/ map can be colored by; the first is the default. */
export const MAP_MEASURES = ['compact', 'hours', 'pay'] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

/** One class of a measure: its key (for CSS), its legend label, and the pattern drawn over the color. */
export interface MapClass {
  key: string;
  label: string;
  /** Pattern id drawn with the color, so color is never the only cue. */
  pattern: 'solid' | 'lines' | 'dots' | 'cross' | 'none';
  /** How strong the color is, 0 (none: a gap in the data) to 3. */
  tone: 0 | 1 | 2 | 3;
}

/** The SVG pattern id a class is drawn with. */
export const patternId = (c: MapClass): string => `mp-${c.tone}-${c.pattern}`;

/** What the map knows of one state. */
export interface MapFacts {
  code: string;
  compact: 'enacted' | 'pending' | 'not-introduced' | 'unverified';
  /** Total supervised hours; null when stated in years or not verified (see hoursNote). */
  hours: number | null;
  hoursNote: 'years' | 'unverified' | null;
  /** Mean annual pay of healthcare social workers from the newest state table; null when absent. */
  pay: number | null;
}

export const COMPACT_CLASSES: MapClass[] = [
  { key: 'enacted', label: 'Enacted', pattern: 'solid', tone: 3 },
  { key: 'pending', label: 'Bill pending', pattern: 'lines', tone: 2 },
  { key: 'not-introduced', label: 'Not introduced', pattern: 'dots', tone: 1 },
  { key: 'unverified', label: 'Not yet verified', pattern: 'none', tone: 0 },
];

/** Breaks between classes of a numeric measure: thirds of the states' values, rounded to `step`. */
export function thirds(values: number[], step: number): [number, number] {
  const v = [...values].sort((a, b) => a - b);
  const at = (q: number) => Math.round((v[Math.floor((v.length - 1) * q)] ?? 0) / step) * step;
  return [at(1 / 3), at(2 / 3)];
}

/** The classes of every measure for these states, computed from the data (no typed-in breaks). */
export function mapClasses(states: MapFacts[]) {
  const hours = states.map((s) => s.hours).filter((h): h is number => h !== null);
  const distinct = [...new Set(hours)].sort((a, b) => a - b);
  // hours cluster at a few totals (3,000 for most): classes by the distinct totals, lowest, middle, highest
  const low = distinct[0] ?? 0;
  const high = distinct[distinct.length - 1] ?? 0;
  const hourClasses: MapClass[] = [
    { key: 'h1', label: `${formatCount(low)} hours`, pattern: 'none', tone: 1 },
    {
      key: 'h2',
      label: `${formatCount(low + 1)} to ${formatCount(high - 1)} hours`,
      pattern: 'lines',
      tone: 2,
    },
    { key: 'h3', label: `${formatCount(high)} hours`, pattern: 'solid', tone: 3 },
    { key: 'years', label: 'Stated in years, not hours', pattern: 'dots', tone: 2 },
    { key: 'hours-unverified', label: 'Not yet verified', pattern: 'cross', tone: 0 },
  ];
  const pays = states.map((s) => s.pay).filter((p): p is number => p !== null);
  const [p1, p2] = pays.length ? thirds(pays, 1000) : [0, 0];
  const payClasses: MapClass[] = [
    { key: 'p1', label: `Under ${formatDollars(p1)}`, pattern: 'none', tone: 1 },
    {
      key: 'p2',
      label: `${formatDollars(p1)} to under ${formatDollars(p2)}`,
      pattern: 'lines',
      tone: 2,
    },
    { key: 'p3', label: `${formatDollars(p2)} or more`, pattern: 'solid', tone: 3 },
    { key: 'pay-none', label: 'No figure in our data', pattern: 'cross', tone: 0 },
  ];
  const hourKey = (s: MapFacts) =>
    s.hours === null
      ? s.hoursNote === 'years'
        ? 'years'
        : 'hours-unverified'
      : s.hours <= low
        ? 'h1'
        : s.hours >= high
          ? 'h3'
          : 'h2';
  const payKey = (s: MapFacts) =>
    s.pay === null ? 'pay-none' : s.pay < p1 ? 'p1' : s.pay < p2 ? 'p2' : 'p3';
  return {
    legend: { compact: COMPACT_CLASSES, hours: hourClasses, pay: payClasses } as Record<
      MapMeasure,
      MapClass[]
    >,
    byCode: new Map(
      states.map((s) => [
        s.code,
        { compact: s.compact, hours: hourKey(s), pay: payKey(s) } as Record<MapMeasure, string>,
      ]),
    ),
  };
}
