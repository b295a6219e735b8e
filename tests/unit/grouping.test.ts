import { describe, expect, it } from 'vitest';
import { groupDuties } from '#src/lib/career/duties.ts';
import { byOrder } from '#src/lib/order.ts';
import { rowsOfGroup } from '#src/lib/groups.ts';

describe('ordering and grouping of collection entries', () => {
  it('sorts by order, then id, whatever order the files were read in', () => {
    const e = [
      { id: 'b', data: { order: 2 } },
      { id: 'c', data: { order: 1 } },
      { id: 'a', data: { order: 2 } },
    ];
    expect(byOrder(e).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
  it('groups duties in the order of the case management process and drops empty stages', () => {
    const duties = [
      { id: 'x', data: { area: 'evaluation' as const, order: 1 } },
      { id: 'y', data: { area: 'assessment' as const, order: 5 } },
      { id: 'z', data: { area: 'assessment' as const, order: 2 } },
    ];
    const g = groupDuties(duties);
    expect(g.map((x) => x.area)).toEqual(['assessment', 'evaluation']);
    expect(g[0].duties.map((d) => d.id)).toEqual(['z', 'y']);
  });
  it('picks one table group in order', () => {
    const rows = [
      { data: { group: 'a', order: 2 } },
      { data: { group: 'b', order: 0 } },
      { data: { group: 'a', order: 1 } },
    ];
    expect(rowsOfGroup(rows, 'a').map((r) => r.data.order)).toEqual([1, 2]);
  });
});
