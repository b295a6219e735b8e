import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readAtsCsv } from '#src/lib/jobs/import/ats.ts';
import { planImport } from '#src/lib/jobs/import/index.ts';
import type { Plan } from '#src/lib/jobs/import/types.ts';
import { readUsajobs } from '#src/lib/jobs/import/usajobs.ts';
import { jobSchema } from '#src/schemas/job.ts';

/**
 * The importer over the hostile fixture set (tests/fixtures/hostile-import/): every item's outcome is written
 * beside it, and each is checked here.
 */
interface Expected {
  why: string;
  outcome: 'added' | 'rejected';
  id?: string;
  reason?: string;
  note?: string;
  job?: Record<string, unknown>;
  noPay?: boolean;
  noLocation?: boolean;
}

const DIR = 'tests/fixtures/hostile-import';
const read = (f: string) => readFileSync(`${DIR}/${f}`, 'utf8');

/** Check one plan against the expectations, by the ref prefix ("item 3", "row 4"). */
function check(plan: Plan, expected: [string, Expected][]) {
  const refOf = (ref: string) => ref.replace(/ \(.*$/, '');
  const outcomes = new Map<string, string>();
  for (const e of [...plan.added, ...plan.updated, ...plan.unchanged])
    outcomes.set(refOf(e.ref), 'added');
  for (const r of plan.rejected) outcomes.set(refOf(r.ref), 'rejected');
  // Every item has an expectation and the reverse.
  expect([...outcomes.keys()].sort()).toEqual(expected.map(([ref]) => ref).sort());

  for (const [ref, e] of expected) {
    const label = `${ref}: ${e.why}`;
    expect(outcomes.get(ref), label).toBe(e.outcome);
    if (e.outcome === 'rejected') {
      const reasons = plan.rejected.find((r) => refOf(r.ref) === ref)!.reasons.join(' | ');
      expect(reasons, label).toContain(e.reason);
      continue;
    }
    const entry = plan.added.find((a) => refOf(a.ref) === ref)!;
    expect(entry.id, label).toBe(e.id);
    const job = parse(entry.yaml);
    expect(jobSchema.safeParse(job).success, label).toBe(true);
    if (e.job) expect(job, label).toMatchObject(e.job);
    if (e.noPay) expect(job.pay, label).toBeUndefined();
    if (e.noLocation) expect(job.location, label).toBeUndefined();
    if (e.note) expect(entry.notes.join(' | '), label).toContain(e.note);
    // Whatever came in, what is written carries no markup, control or bidi characters.
    expect(entry.yaml, label).not.toMatch(/<|\bon\w+\s*=|javascript:/i);
    // eslint-disable-next-line no-control-regex
    expect(entry.yaml, label).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202a-\u202e\u2066-\u2069]/);
    expect(job.title.length, label).toBeLessThanOrEqual(120);
  }
}

describe('the hostile USAJOBS response', () => {
  const text = read('usajobs-hostile.json');
  const items = JSON.parse(text).SearchResult.SearchResultItems as { Expected: Expected }[];
  const plan = planImport(readUsajobs(text, 'usajobs-hostile.json'), new Map());
  it('gives every item the outcome written beside it', () => {
    check(
      plan,
      items.map((item, i) => [`item ${i + 1}`, item.Expected]),
    );
  });
  it('shortens the long title at a word, with an ellipsis', () => {
    const long = parse(plan.added.find((e) => e.id === 'usajobs-va-27-hostile-012')!.yaml);
    expect(long.title).toMatch(/^Social Worker \(Case Manager\) 🧑‍⚕️📋 .* [^ ]+…$/u);
  });
});

describe('the hostile CSV export', () => {
  const expected = parse(read('ats-hostile.expected.yaml')) as (Expected & { row: number })[];
  const plan = planImport(readAtsCsv(read('ats-hostile.csv'), 'ats-hostile.csv'), new Map());
  it('gives every row the outcome written in ats-hostile.expected.yaml', () => {
    check(
      plan,
      expected.map((e) => [`row ${e.row}`, e]),
    );
  });
});
