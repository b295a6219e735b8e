import { describe, expect, it } from 'vitest';
import { groupDuties } from '#src/lib/career/duties.ts';
import { byOrder } from '#src/lib/order.ts';
import { newestOfficialGroup, requireGroupRows, rowsOfGroup } from '#src/lib/groups.ts';
import { noteNumbers } from '#src/lib/sources/notes.ts';

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
    expect(g[0]?.duties.map((d) => d.id)).toEqual(['z', 'y']);
  });
  it('picks one table group in order', () => {
    const rows = [
      { data: { group: 'a', order: 2 } },
      { data: { group: 'b', order: 0 } },
      { data: { group: 'a', order: 1 } },
    ];
    expect(rowsOfGroup(rows, 'a').map((r) => r.data.order)).toEqual([1, 2]);
  });
  it('picks the newest official projection group, whatever order the files come in, never a quoted one', () => {
    const p = (group: string, baseYear: number) => ({ data: { group, baseYear } });
    expect(
      newestOfficialGroup([
        p('official-2022-32', 2022),
        p('seed-2028-38', 2028),
        p('official-2024-34', 2024),
      ]),
    ).toBe('official-2024-34');
    expect(newestOfficialGroup([p('seed-2018-28', 2018)])).toBeUndefined();
  });
  it('numbers citations after the page’s notes, or not at all when one is missing', () => {
    expect(noteNumbers(['a', 'b', 'c'], ['c', 'a'])).toEqual([3, 1]);
    expect(noteNumbers(['a'], ['a', 'x'])).toBeUndefined();
    expect(noteNumbers(undefined, ['a'])).toBeUndefined();
  });
});

describe('a group a figure cannot render without', () => {
  const rows = [
    { data: { group: 'a', order: 2, label: 'second' } },
    { data: { group: 'a', order: 1, label: 'first' } },
  ];
  it('gives its rows in order', () =>
    expect(
      requireGroupRows(rows, 'a', { component: 'T', folder: 'f' }).map((r) => r.data.label),
    ).toEqual(['first', 'second']));
  it('names the component, the group, the folder and the fix when it has no rows', () =>
    expect(() =>
      requireGroupRows(rows, 'b', { component: 'OutlookTable', folder: 'projections' }),
    ).toThrow(
      'OutlookTable: no rows with group "b" in content/projections/. Check the group name, or add rows with that group.',
    ));
});
