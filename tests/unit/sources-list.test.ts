import { describe, expect, it } from 'vitest';
import { sourceListGroups } from '#src/lib/sources/list.ts';

type Kind = 'official-statistics' | 'board' | 'guide';
const src = (id: string, kind: Kind, publisher: string, title: string) => ({
  id,
  data: { kind, publisher, title },
});

describe('the /sources/ list', () => {
  const all = [
    src('oews', 'official-statistics', 'U.S. Bureau of Labor Statistics', 'OEWS May 2025'),
    src('ep', 'official-statistics', 'U.S. Bureau of Labor Statistics', 'Employment Projections'),
    src('onet', 'official-statistics', 'O*NET', 'Summary report'),
    src('tx-board', 'board', 'Texas Behavioral Health Executive Council', 'LCSW'),
    src('guide', 'guide', 'A guide', 'How to'),
    src('uncited', 'guide', 'Another guide', 'Unused'),
  ];
  const backs = new Map([
    ['oews', [{ href: '/salary/' }]],
    ['ep', [{ href: '/outlook/' }, { href: '/licensing/texas/' }]],
    ['tx-board', [{ href: '/licensing/texas/' }]],
    ['guide', [{ href: '/licensing/ohio/' }, { href: '/licensing/texas/' }]],
  ]);
  const kinds = ['official-statistics', 'board', 'guide'] as const;
  const { listed, stateOnly, groups } = sourceListGroups(all, backs, kinds);

  it('leaves sources cited only by state licensing pages to the state-by-state pages', () => {
    expect(stateOnly).toBe(2);
    expect(listed).toBe(4);
    expect(groups.flatMap((g) => g.items.map((s) => s.id))).not.toContain('tx-board');
  });

  it('groups by kind in the given order, drops empty kinds, and sorts by publisher then title', () => {
    expect(groups.map((g) => [g.kind, g.items.map((s) => s.id)])).toEqual([
      ['official-statistics', ['onet', 'ep', 'oews']],
      ['guide', ['uncited']],
    ]);
  });
});
