import { describe, expect, it } from 'vitest';
import { backlinks, danglingCitations, sourceIdsIn } from '#src/lib/sources/citations.ts';

const ref = (id: string) => ({ collection: 'sources' as const, id });

describe('finding the sources a record cites', () => {
  it('walks nested objects and arrays, in first-seen order, without repeats', () => {
    const data = {
      a: ref('bls'),
      b: [{ sources: [ref('aswb'), ref('bls')] }],
      c: { deep: { source: ref('cswe') } },
    };
    expect(sourceIdsIn(data)).toEqual(['bls', 'aswb', 'cswe']);
  });
  it('ignores references to other collections, dates and plain strings', () => {
    expect(sourceIdsIn({ x: { collection: 'duties', id: 'a' }, d: new Date(), s: 'bls' })).toEqual(
      [],
    );
  });
  it('lists each record once under every source it cites', () => {
    const map = backlinks([
      {
        label: 'Duty: Assess needs',
        href: '/career/duties/#assess-needs',
        data: { sources: [ref('seed'), ref('cmsa')] },
      },
      { label: 'Page: Duties', href: '/career/duties/', data: [ref('seed'), ref('seed')] },
    ]);
    expect(map.get('seed')?.map((x) => x.label)).toEqual(['Duty: Assess needs', 'Page: Duties']);
    expect(map.get('cmsa')).toHaveLength(1);
    expect(map.get('nothing')).toBeUndefined();
  });
});

describe('citations of sources that do not exist', () => {
  it('are reported with the file, the field path and the fix', () => {
    const problems = danglingCitations(
      [
        {
          label: 'Certification: CCM',
          href: '/x/',
          file: 'content/certifications/ccm.yaml',
          data: { eligibility: [{ sources: [ref('ccmc'), ref('gone')] }] },
        },
      ],
      new Set(['ccmc']),
    );
    expect(problems).toEqual([
      'content/certifications/ccm.yaml: field "eligibility[0].sources[1]" cites source "gone", which does not exist. Add content/sources/gone.yaml or use the id of an existing source.',
    ]);
  });
  it('are none when every cited source exists', () => {
    expect(
      danglingCitations([{ label: 'x', href: '/', data: [ref('a')] }], new Set(['a'])),
    ).toEqual([]);
  });
});
