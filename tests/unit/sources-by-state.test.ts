import { describe, expect, it } from 'vitest';
import { stateSourceItems, stateSourcesHref } from '#src/lib/sources/by-state.ts';

describe('licensing sources split by state', () => {
  it('describes a shared source once, on the first citing state’s page; the others link there', () => {
    const items = stateSourceItems([
      { name: 'Alabama', ids: ['aswb', 'al-board'] },
      { name: 'New York', ids: ['ny-law', 'aswb'] },
    ]);
    expect(items.get('Alabama')).toEqual([
      { id: 'aswb', citedBy: ['Alabama', 'New York'] },
      { id: 'al-board', citedBy: ['Alabama'] },
    ]);
    expect(items.get('New York')).toEqual([
      { id: 'ny-law', citedBy: ['New York'] },
      {
        id: 'aswb',
        citedBy: ['Alabama', 'New York'],
        describedOn: { href: '/sources/licensing/alabama/', name: 'Alabama' },
      },
    ]);
  });
  it('names each state’s page by its slug', () =>
    expect(stateSourcesHref('District of Columbia')).toBe(
      '/sources/licensing/district-of-columbia/',
    ));
});
