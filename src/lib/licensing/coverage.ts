/**
 * How well each licensing field is backed across the jurisdictions, for `npm run coverage:licensing`.
 * Works on the raw YAML (source ids as strings), so it can also read older versions of the data.
 */

/** How one field of one state is backed. */
export type Backing = 'official' | 'guide' | 'other' | 'unverified' | 'absent';

/** Source kinds that count as official: the board's own page, the statute, the regulation. */
export const OFFICIAL_KINDS = new Set(['board', 'statute', 'regulation']);

/** For the compact status, the compact's own commission (created by the member states' laws) is official too. */
export const COMPACT_OFFICIAL_KINDS = new Set([...OFFICIAL_KINDS, 'compact-commission']);

/** The fields counted, with where they sit in a state file. Core fields are the targets. */
export const COVERAGE_FIELDS: { name: string; path: string[]; core?: true; old?: string[] }[] = [
  { name: 'degree', path: ['clinical', 'degree'], core: true },
  { name: 'supervised hours (total)', path: ['clinical', 'supervisedHours'], core: true },
  { name: 'supervision hours', path: ['clinical', 'supervisionHours'], core: true },
  { name: 'minimum months', path: ['clinical', 'minimumMonths'], core: true },
  { name: 'clinical exam', path: ['clinical', 'exam'], core: true, old: ['clinical', 'exams'] },
  { name: 'direct contact hours', path: ['clinical', 'directContactHours'] },
  { name: 'maximum months', path: ['clinical', 'maximumMonths'] },
  { name: 'hours cap', path: ['clinical', 'hoursCap'] },
  { name: 'other exams', path: ['clinical', 'otherExams'] },
  { name: 'associate time limit', path: ['clinical', 'associateTimeLimit'] },
  { name: 'initial training', path: ['clinical', 'initialTraining'] },
  { name: 'CE hours', path: ['renewal', 'ceHours'] },
  { name: 'renewal period', path: ['renewal', 'periodYears'] },
  { name: 'application fee', path: ['fees', 'application'] },
  { name: 'license fee', path: ['fees', 'license'] },
  { name: 'renewal fee', path: ['fees', 'renewal'] },
  { name: 'endorsement', path: ['moving', 'endorsement'] },
  { name: 'verification URL', path: ['moving', 'verificationUrl'] },
  { name: 'newcomer steps', path: ['moving', 'newcomerSteps'] },
  { name: 'compact status', path: ['compact'] },
];

const at = (o: unknown, path: string[]): unknown =>
  path.reduce<unknown>(
    (x, k) => (x && typeof x === 'object' ? (x as Record<string, unknown>)[k] : undefined),
    o,
  );

/** Classify one field: a sourced statement (value, notSet, years, rate) by its source's kind, or a gap. */
export function backing(field: unknown, kindOf: (id: string) => string | undefined): Backing {
  if (!field || typeof field !== 'object') return 'absent';
  const f = field as Record<string, unknown>;
  const isCompact = 'status' in f;
  if (isCompact) {
    // the compact: a status other than unverified with a source
    if (f.status === 'unverified' || typeof f.source !== 'string') return 'unverified';
  } else if (f.unverified || typeof f.source !== 'string') return 'unverified';
  const kind = kindOf(f.source as string);
  const official = isCompact ? COMPACT_OFFICIAL_KINDS : OFFICIAL_KINDS;
  return kind && official.has(kind) ? 'official' : kind === 'guide' ? 'guide' : 'other';
}

export type Counts = Record<Backing, number>;

/** Per field, how many states fall in each class, and the states where a core field is unverified. */
export function coverage(states: unknown[], kindOf: (id: string) => string | undefined) {
  const perField = COVERAGE_FIELDS.map((f) => {
    const counts: Counts = { official: 0, guide: 0, other: 0, unverified: 0, absent: 0 };
    const open: string[] = [];
    for (const s of states) {
      const b = backing(at(s, f.path) ?? (f.old && at(s, f.old)), kindOf);
      counts[b]++;
      if (b === 'unverified') open.push(String(at(s, ['code'])));
    }
    return { name: f.name, core: f.core === true, counts, open };
  });
  const coreUnverified = perField
    .filter((f) => f.core)
    .flatMap((f) => f.open.map((code) => `${code} ${f.name}`));
  return { perField, coreUnverified };
}
