import { describe, expect, it } from 'vitest';
import { stateSchema } from '#src/schemas/state.ts';

const good = {
  code: 'TX',
  name: 'Texas',
  lastVerified: '2026-11-23',
  board: {
    name: 'Texas State Board of Social Worker Examiners',
    url: 'https://www.bhec.texas.gov/',
    source: 'tx-board',
  },
  tiers: [
    {
      abbr: 'LMSW',
      title: 'Licensed Master Social Worker',
      level: 'master',
      allows: 'Master-level practice.',
      source: 'tx-rule',
    },
    {
      abbr: 'LCSW',
      title: 'Licensed Clinical Social Worker',
      level: 'clinical',
      allows: 'Independent clinical practice.',
      source: 'tx-rule',
    },
  ],
  clinical: {
    abbr: 'LCSW',
    degree: { value: 'MSW from a CSWE-accredited program', source: 'tx-rule' },
    supervisedHours: { value: 3000, source: 'tx-rule' },
    minimumMonths: { value: 24, source: 'tx-rule' },
    supervisionHours: { unverified: true, research: 'Rule 781.404 searched; no total.' },
    exam: { value: 'ASWB Clinical', source: 'tx-rule' },
  },
  renewal: {
    ceHours: { value: 30, source: 'tx-rule' },
    periodYears: { value: 2, source: 'tx-rule' },
  },
  fees: {
    application: { value: 50, source: 'tx-rule' },
    renewal: { value: { usd: 100, everyYears: 2 }, source: 'tx-rule' },
  },
  moving: {
    endorsement: { value: 'License by endorsement for out-of-state licensees.', source: 'tx-rule' },
    verificationUrl: { unverified: true, research: 'Lookup page not found.' },
    newcomerSteps: { value: ['Texas Jurisprudence Examination'], source: 'tx-rule' },
  },
  compact: {
    status: 'pending',
    bill: 'HB 3503',
    checked: '2026-11-29',
    source: 'tx-rule',
    research: 'Only the introduced text found.',
  },
};

const paths = (input: unknown) => {
  const r = stateSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const patch = (f: (s: any) => void) => {
  const copy = structuredClone(good);
  f(copy);
  return copy;
};

describe('states schema', () => {
  it('accepts a complete jurisdiction with honest gaps', () => expect(paths(good)).toEqual([]));

  it('refuses a missing board name', () => {
    expect(paths(patch((s) => delete s.board.name))).toEqual([
      expect.stringMatching(/^board\.name:/),
    ]);
  });
  it('refuses a board website that is not a URL', () => {
    expect(paths(patch((s) => (s.board.url = 'www.bhec.texas.gov')))).toEqual([
      expect.stringMatching(/^board\.url: expected the board website as an http\(s\) URL/),
    ]);
  });
  it('refuses a board without a website unless a note says why', () => {
    expect(paths(patch((s) => delete s.board.url))).toEqual([
      expect.stringMatching(/^board\.url: give the board website/),
    ]);
    expect(
      paths(
        patch((s) => {
          delete s.board.url;
          s.board.note = 'Website not confirmed in the pages we read.';
        }),
      ),
    ).toEqual([]);
  });
  it('refuses an unknown license level', () => {
    expect(paths(patch((s) => (s.tiers[0].level = 'doctoral')))).toEqual([
      expect.stringMatching(/^tiers\.0\.level:/),
    ]);
  });
  it('refuses hours that are zero, negative or written as text', () => {
    expect(paths(patch((s) => (s.clinical.supervisedHours.value = 0)))).not.toEqual([]);
    expect(paths(patch((s) => (s.clinical.supervisedHours.value = -100)))).not.toEqual([]);
    expect(paths(patch((s) => (s.clinical.supervisedHours.value = '3,000 hours')))).not.toEqual([]);
    expect(paths(patch((s) => (s.renewal.ceHours.value = 0)))).not.toEqual([]);
  });
  it('refuses an unverified field without a reason, and a fact without a source', () => {
    expect(paths(patch((s) => (s.clinical.supervisionHours = { unverified: true })))).not.toEqual(
      [],
    );
    expect(paths(patch((s) => delete s.clinical.degree.source))).not.toEqual([]);
  });
  it('refuses a clinical license that is not one of the tiers', () => {
    expect(paths(patch((s) => (s.clinical.abbr = 'LICSW')))).toEqual([
      expect.stringMatching(/^clinical\.abbr: clinical\.abbr "LICSW" must be one of the tiers/),
    ]);
  });
  it('refuses a compact status of enacted without a source', () => {
    expect(paths(patch((s) => (s.compact = { status: 'enacted', checked: '2026-11-29' })))).toEqual(
      [expect.stringMatching(/^compact\.source: a compact status of enacted needs a source/)],
    );
  });
  it('keeps the signed and effective dates apart, and only for an enacted compact', () => {
    const enacted = (c: object) =>
      paths(patch((s) => (s.compact = { ...s.compact, status: 'enacted', ...c })));
    expect(enacted({ signed: '2024-03-19', effective: '2024-06-06' })).toEqual([]);
    expect(paths(patch((s) => (s.compact.signed = '2024-03-19')))).toEqual([
      expect.stringMatching(/^compact\.status: signed and effective dates belong/),
    ]);
    expect(paths(patch((s) => (s.compact.status = 'not-enacted')))).not.toEqual([]);
  });
  it('states "no minimum set", "stated in years" and "a rate" only with a source', () => {
    expect(paths(patch((s) => (s.clinical.minimumMonths = { notSet: true, source: 'x' })))).toEqual(
      [],
    );
    expect(paths(patch((s) => (s.clinical.supervisedHours = { years: 3, source: 'x' })))).toEqual(
      [],
    );
    expect(
      paths(patch((s) => (s.clinical.supervisionHours = { rate: '4 hours a month', source: 'x' }))),
    ).toEqual([]);
    expect(paths(patch((s) => (s.clinical.minimumMonths = { notSet: true })))).not.toEqual([]);
    expect(
      paths(patch((s) => (s.clinical.supervisedHours = { years: 0, source: 'x' }))),
    ).not.toEqual([]);
  });
  it('keeps research notes apart from reader notes, and requires them on a gap', () => {
    expect(
      paths(patch((s) => (s.clinical.supervisionHours = { unverified: true, note: 'Ask.' }))),
    ).not.toEqual([]);
    expect(
      paths(patch((s) => (s.clinical.degree.research = 'quote: "a master\'s degree"'))),
    ).toEqual([]);
  });
  it('needs fees and moving-between-states facts, sourced or marked', () => {
    expect(paths(patch((s) => delete s.fees))).toEqual([expect.stringMatching(/^fees:/)]);
    expect(paths(patch((s) => delete s.moving.endorsement))).not.toEqual([]);
    expect(
      paths(patch((s) => (s.fees.renewal = { value: { usd: 100 }, source: 'x' }))),
    ).not.toEqual([]);
  });
  it('accepts the tier a candidate holds while gaining hours only if it is one of the tiers', () => {
    expect(
      paths(patch((s) => (s.clinical.supervisedAs = { value: ['LMSW'], source: 'x' }))),
    ).toEqual([]);
    expect(
      paths(patch((s) => (s.clinical.supervisedAs = { value: ['SWA'], source: 'x' }))),
    ).toEqual([expect.stringMatching(/^clinical\.supervisedAs:/)]);
  });
  it('refuses fields it does not know, so a typo cannot hide a fact', () => {
    expect(
      paths(patch((s) => (s.clinical.supervisedHour = { value: 3000, source: 'x' }))),
    ).not.toEqual([]);
  });
  it('refuses a code that is not two capital letters', () => {
    expect(paths(patch((s) => (s.code = 'Tex')))).toEqual([expect.stringMatching(/^code:/)]);
  });
});
