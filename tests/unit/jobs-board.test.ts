import { describe, expect, it } from 'vitest';
import { boardFacts, groupByState } from '#src/lib/jobs/board.ts';
import { inState } from '#src/lib/jobs/summary.ts';
import { job } from '../job-summary-fixture.ts';

const open = [
  job({ id: 'a', s: 'TX', l: ['LCSW'] }),
  job({ id: 'b', s: 'NY', c: 'Buffalo', l: ['RN'] }),
  job({ id: 'c', s: '', c: '', r: 'US', l: ['RN'] }),
  job({ id: 'd', s: '', c: '', r: ['MA', 'VT', 'MA'] }),
  job({ id: 'e', s: 'MA', c: 'Boston', r: ['MA', 'NH'] }),
];
const codes = ['MA', 'NH', 'NY', 'TX', 'VT', 'WY'];

describe('the board grouped by state once per build', () => {
  it('each state lists the postings inState says it shows, in the order given, each once', () => {
    const groups = groupByState(open, codes);
    for (const code of codes)
      expect(groups.get(code)!.map((i) => open[i]?.id)).toEqual(
        open.filter((j) => inState(j, code)).map((j) => j.id),
      );
    expect(groups.get('MA')!.map((i) => open[i]?.id)).toEqual(['c', 'd', 'e']);
    expect(groups.get('WY')!.map((i) => open[i]?.id)).toEqual(['c']);
  });
  it('the shared facts: every license named, and each state’s count', () => {
    const facts = boardFacts(open, groupByState(open, codes));
    expect(facts.licenses).toEqual(['LCSW', 'RN', 'RN']);
    expect(facts.stateCounts).toEqual({ MA: 3, NH: 2, NY: 2, TX: 2, VT: 2, WY: 1 });
  });
});
