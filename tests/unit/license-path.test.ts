import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { StateRules } from '#src/schemas/state.ts';
import { GENERAL_FACTS, type PathFacts } from '#src/lib/licensing/path/facts.ts';
import { planPath } from '#src/lib/licensing/path/plan.ts';
import { practiceDuration, yearlyCap } from '#src/lib/licensing/path/practice.ts';
import { planTotal } from '#src/lib/licensing/path/total.ts';
import { rangeText, spanText, totalSentence } from '#src/lib/licensing/path/words.ts';
import { STARTS } from '#src/lib/licensing/path/types.ts';
import { US_STATES } from '#src/schemas/vocabulary/us-states.ts';
import { START_INFO } from '#src/lib/licensing/path/starts.ts';
import { pathFromQuery, pathHref } from '#src/lib/licensing/path/urls.ts';

/** Source ids in the YAML become references, as the content layer hands them to pages. */
function refs(v: unknown, key = ''): unknown {
  if (Array.isArray(v)) return v.map((x) => refs(x));
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, refs(x, k)]));
  if (key === 'source' && typeof v === 'string') return { collection: 'sources', id: v };
  return v;
}
const cache = new Map<string, StateRules>();
const state = (code: string): StateRules => {
  if (!cache.has(code))
    cache.set(code, refs(parse(readFileSync(`content/states/${code}.yaml`, 'utf8'))) as StateRules);
  return cache.get(code)!;
};

/** A state's real data with its minimum period turned into an open question, for the "not yet verified" wording. */
const minimumOpen = (code: string): StateRules => {
  const s = state(code);
  return {
    ...s,
    clinical: {
      ...s.clinical,
      minimumMonths: { unverified: true, research: 'left open for this test' },
    },
  };
};

/** The fees as content/exam-fees states them (ASWB $230/$260; CCMC $225 + $195; ACM exam not yet verified). */
const FACTS: PathFacts = {
  ...GENERAL_FACTS,
  fees: {
    aswbClinical: { usd: 260, source: 'aswb-getting-ready' },
    aswbMasters: { usd: 230, source: 'aswb-getting-ready' },
    ccm: [
      { label: 'Application (non-refundable)', usd: 225, source: 'ccmc-certification-faqs' },
      { label: 'Exam', usd: 195, source: 'ccmc-certification-faqs' },
    ],
    acm: [{ label: 'Exam', usd: null, source: null }],
  },
};

describe('the general figures rest on sources the site has', () => {
  it('every source id in GENERAL_FACTS is a file in content/sources', () => {
    const ids = JSON.stringify(GENERAL_FACTS).match(/"source":"([^"]+)"/g)!;
    for (const m of ids) {
      const id = m.slice(10, -1);
      expect(() => readFileSync(`content/sources/${id}.yaml`), id).not.toThrow();
    }
  });
});

describe('words for lengths', () => {
  it('reads months under two years, then half years', () => {
    expect(spanText(17.3, 'up')).toBe('18 months');
    expect(spanText(24)).toBe('2 years');
    expect(spanText(66)).toBe('5½ years');
    expect(spanText(85, 'up')).toBe('7½ years');
    expect(spanText(85, 'down')).toBe('7 years');
  });
  it('joins a range with one unit', () => {
    expect(rangeText([84, 96])).toBe('about 7 to 8 years');
    expect(rangeText([24, 24])).toBe('about 2 years');
    expect(rangeText([12, 36])).toBe('about 12 months to 3 years');
  });
});

describe('yearly caps in the rule’s words', () => {
  it('reads the hours of a yearly cap', () => {
    expect(yearlyCap('no more than 1,500 hours credited in any 12-month period')).toBe(1500);
    expect(
      yearlyCap(
        'At least 16 and no more than 40 hours per week; no more than 2,000 hours credited per year',
      ),
    ).toBe(2000);
    expect(yearlyCap('between 500 and 1,800 hours of experience may be counted per year')).toBe(
      1800,
    );
  });
  it('leaves weekly caps alone', () => {
    expect(yearlyCap('no more than 40 hours of experience credited in any week')).toBeNull();
  });
});

describe('supervised practice by state', () => {
  it('Texas (22 TAC §781.401: 3,000 hours over at least 24 months): 24 months, typical 24', () => {
    const d = practiceDuration(state('tx').clinical, 2080);
    expect(d.min).toBe(24);
    expect(d.typical).toEqual([24, 24]);
  });
  it('Wisconsin (no minimum period; 3,000 hours): 3,000 / 2,080 a year = 17.3 months', () => {
    const d = practiceDuration(state('wi').clinical, 2080);
    expect(d.min).toBe(17.3);
    expect(d.typical).toEqual([17.3, 17.3]);
  });
  it('Connecticut (Conn. Gen. Stat. § 20-195n(c)(2): 3,000 hours, no minimum period set): 3,000 / 2,080 a year = 17.3 months', () => {
    const d = practiceDuration(state('ct').clinical, 2080);
    expect(d.min).toBe(17.3);
    expect(d.typical).toEqual([17.3, 17.3]);
  });
  it('a minimum period not yet verified (Connecticut with its minimum left open): no minimum, typical from the hours', () => {
    const d = practiceDuration(minimumOpen('ct').clinical, 2080);
    expect(d.min).toBeNull();
    expect(d.typical).toEqual([17.3, 17.3]);
  });
  it('Michigan (4,000 hours, at most 2,000 credited a year, 24 months): 24 months', () => {
    const d = practiceDuration(state('mi').clinical, 2080);
    expect(d.min).toBe(24);
    // 4,000 / 2,080 x 12 = 23.1 months at full time, but the cap makes it 24
    expect(d.typical).toEqual([24, 24]);
  });
  it('Arkansas (4,000 hours over 24 months): typical 4,000 / 2,080 x 12 = 23.1 < 24, so 24', () => {
    expect(practiceDuration(state('ar').clinical, 2080).typical).toEqual([24, 24]);
  });
});

describe('whole paths, checked by hand against their sources', () => {
  it('Texas from an MSW (22 TAC §781.401: LMSW, 3,000 hours, 100 supervision hours, 24 months): about 2 years, at the earliest 2', () => {
    const p = planPath(state('tx'), 'msw', 'clinical', FACTS);
    expect(p.steps.map((s) => s.id)).toEqual([
      'held-license',
      'supervised-practice',
      'clinical-exam',
      'clinical-license',
      'ccm-work',
      'ccm-exam',
    ]);
    expect(p.steps[0]!.title).toBe('Get licensed as an LMSW in Texas');
    const practice = p.steps[1]!.facts.map((f) => `${f.label}: ${f.text}`);
    expect(practice).toContain('Total supervised hours: 3,000 hours');
    expect(practice).toContain('Supervision hours: 100 hours');
    expect(practice).toContain('Minimum period: 24 months');
    expect(p.total.min).toBe(24);
    expect(p.total.typical).toEqual([24, 24]);
    expect(totalSentence(p)).toBe(
      'About 2 years from today to the LCSW in Texas, at the earliest 2 years.',
    );
    // ASWB Clinical $260; the Texas application fee is not yet verified
    expect(p.total.knownCost).toBe(260);
    expect(p.total.unknownCosts).toBeGreaterThan(0);
  });
  it('Texas with no degree: BSW 4 years (UM-Flint) + MSW 1–2 years (Bemidji State) + 24 months = about 7 to 8 years, at the earliest 7', () => {
    const p = planPath(state('tx'), 'none', 'clinical', FACTS);
    expect(p.total.min).toBe(48 + 12 + 24);
    expect(p.total.typical).toEqual([84, 96]);
    expect(totalSentence(p)).toBe(
      'About 7 to 8 years from today to the LCSW in Texas, at the earliest 7 years.',
    );
  });
  it('Ohio from a BSW (board LISW instructions: earned as an LSW, 3,000 hours, 24 months, 1,500 a year): about 3 to 4 years, at the earliest 3', () => {
    const p = planPath(state('oh'), 'bsw', 'clinical', FACTS);
    expect(p.steps.find((s) => s.id === 'held-license')!.title).toBe(
      'Get licensed as an LSW in Ohio',
    );
    expect(p.total.min).toBe(12 + 24);
    expect(p.total.typical).toEqual([36, 48]);
    // Ohio's $100 LISW application fee (Ohio Adm. Code 4757-1-05(B), (D)(3)) and the $260 ASWB exam
    expect(p.total.knownCost).toBe(100 + 260);
  });
  it('New York from an MSW (8 NYCRR §74.3: 3 years full time, 2,000 client-contact hours, at least 36 months): 3 years', () => {
    const p = planPath(state('ny'), 'msw', 'clinical', FACTS);
    expect(p.total.min).toBe(36);
    expect(p.total.typical).toEqual([36, 36]);
    expect(p.steps.some((s) => s.id === 'training')).toBe(true);
    expect(p.total.knownCost).toBe(294 + 260);
  });
  it('Connecticut from an MSW (3,000 hours, no minimum period set): about 18 months, at the earliest 18', () => {
    const p = planPath(state('ct'), 'msw', 'clinical', FACTS);
    expect(p.total.min).toBe(17.3);
    expect(totalSentence(p)).toBe(
      'About 18 months from today to the LCSW in Connecticut, at the earliest 18 months.',
    );
  });
  it('a minimum period not yet verified (Connecticut with its minimum left open): the sentence says so', () => {
    const p = planPath(minimumOpen('ct'), 'msw', 'clinical', FACTS);
    expect(p.total.min).toBeNull();
    expect(totalSentence(p)).toBe(
      "About 18 months from today to the LCSW in Connecticut; the shortest time is not known, because the minimum for “Complete Connecticut's supervised clinical practice” is not yet verified.",
    );
  });
  it('the optional CCM after the clinical license is not counted in the total', () => {
    const p = planPath(state('tx'), 'msw', 'clinical', FACTS);
    expect(p.steps.filter((s) => s.optional).map((s) => s.id)).toEqual(['ccm-work', 'ccm-exam']);
    expect(p.total.typical).toEqual([24, 24]);
  });
});

describe('certification goals (CCMC and ACMA eligibility)', () => {
  it('an RN to the CCM: 12 to 24 months of case management, $225 + $195', () => {
    const p = planPath(state('tx'), 'rn', 'ccm', FACTS);
    expect(p.steps.map((s) => s.id)).toEqual(['ccm-work', 'ccm-exam']);
    expect(p.total.min).toBe(12);
    expect(p.total.typical).toEqual([12, 24]);
    expect(p.total.knownCost).toBe(420);
    expect(totalSentence(p)).toBe(
      'About 12 months to 2 years from today to the CCM certification in Texas, at the earliest 12 months.',
    );
  });
  it('an ADN to the CCM: NCLEX-RN and the RN license first', () => {
    const p = planPath(state('oh'), 'adn', 'ccm', FACTS);
    expect(p.steps.map((s) => s.id)).toEqual(['nclex', 'rn-license', 'ccm-work', 'ccm-exam']);
  });
  it('no degree to the ACM: a BSW then one year (2,080 hours) of case management; exam fee not yet verified', () => {
    const p = planPath(state('tx'), 'none', 'acm', FACTS);
    expect(p.steps.map((s) => s.id)).toEqual(['bsw', 'acm-work', 'acm-exam']);
    expect(p.total.min).toBe(60);
    expect(p.total.unknownCosts).toBe(1);
  });
  it('a nursing start cannot aim for the clinical social work license', () => {
    expect(() => planPath(state('tx'), 'bsn', 'clinical', FACTS)).toThrow(/does not lead/);
  });
});

describe('every state and start', () => {
  it('gives a plan with steps for every start and goal it offers', () => {
    const files = Object.keys(US_STATES);
    expect(files.length).toBe(51);
    for (const code of files)
      for (const start of STARTS)
        for (const goal of START_INFO[start].goals) {
          const p = planPath(state(code.toLowerCase()), start, goal, FACTS);
          expect(p.steps.length, `${code} ${start} ${goal}`).toBeGreaterThan(0);
          expect(totalSentence(p)).toMatch(/\.$/);
        }
  });
  it('adds nothing for an unverified figure', () => {
    const t = planTotal([
      {
        id: 'a',
        kind: 'practice',
        title: 'A',
        summary: '',
        facts: [],
        duration: { min: null, typical: null, basis: '' },
        costs: [{ label: 'x', usd: null, source: null }],
        sources: [],
      },
    ]);
    expect(t).toMatchObject({
      min: null,
      typical: null,
      minUnverified: ['A'],
      knownCost: 0,
      unknownCosts: 1,
    });
  });
});

describe('planner addresses', () => {
  it('builds a page path from the form query, ignoring what it does not know', () => {
    const slugs = ['texas', 'new-york'];
    expect(pathFromQuery('state=texas&start=msw', slugs)).toBe('/career/path/texas/msw/');
    expect(pathFromQuery('?state=texas&start=msw&goal=ccm', slugs)).toBe(
      '/career/path/texas/msw/#goal-ccm',
    );
    expect(pathFromQuery('state=texas&start=rn&goal=ccm', slugs)).toBe('/career/path/texas/rn/');
    expect(pathFromQuery('state=texas&start=rn&goal=clinical', slugs)).toBe(
      '/career/path/texas/rn/',
    );
    expect(pathFromQuery('state=atlantis&start=msw', slugs)).toBeNull();
    expect(pathFromQuery('state=texas&start=phd', slugs)).toBeNull();
    expect(pathHref('New York', 'bsw')).toBe('/career/path/new-york/bsw/');
  });
});
