import { describe, expect, it } from 'vitest';
import {
  COMPACT_SOURCE_IDS,
  numberedRefs,
  statePageSourceIds,
} from '#src/lib/sources/state-page.ts';

const ref = (id: string) => ({ collection: 'sources', id });

describe('the sources a state licensing page cites', () => {
  it('lists the state file’s sources first, then the compact’s, each once', () => {
    const state = {
      board: { source: ref('tx-board') },
      clinical: { exam: { value: 'ASWB Clinical', source: ref('tx-rules') } },
      compact: { status: 'enacted', source: ref('csg-sw-compact') },
    };
    expect(statePageSourceIds(state)).toEqual([
      'tx-board',
      'tx-rules',
      COMPACT_SOURCE_IDS.overview,
      COMPACT_SOURCE_IDS.home,
    ]);
  });

  it('numbers the sources from 1 in the order given', () => {
    const refs = numberedRefs([
      { id: 'a', data: { title: 'Rules', kind: 'regulation' } },
      { id: 'b', data: { title: 'Guide', kind: 'guide' } },
    ]);
    expect(refs.get('a')).toEqual({ n: 1, title: 'Rules', kind: 'regulation' });
    expect(refs.get('b')).toEqual({ n: 2, title: 'Guide', kind: 'guide' });
  });
});
