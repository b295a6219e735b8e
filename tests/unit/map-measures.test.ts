import { describe, expect, it } from 'vitest';
import { mapClasses, thirds, type MapFacts } from '#src/lib/geo/map-measures.ts';

const facts: MapFacts[] = [
  { code: 'TX', compact: 'pending', hours: 3000, hoursNote: null, pay: 64120 },
  { code: 'OH', compact: 'enacted', hours: 3000, hoursNote: null, pay: 64650 },
  { code: 'MI', compact: 'enacted', hours: 4000, hoursNote: null, pay: 70000 },
  { code: 'NM', compact: 'unverified', hours: 3600, hoursNote: null, pay: 50000 },
  { code: 'NY', compact: 'not-introduced', hours: null, hoursNote: 'years', pay: null },
  { code: 'AL', compact: 'enacted', hours: null, hoursNote: 'unverified', pay: 54650 },
];

describe('map measures', () => {
  const { legend, byCode } = mapClasses(facts);
  it('colors by compact status by its four values', () => {
    expect(byCode.get('TX')!.compact).toBe('pending');
    expect(legend.compact.map((c) => c.label)).toEqual([
      'Enacted',
      'Bill pending',
      'Not introduced',
      'Not yet verified',
    ]);
  });
  it('classes supervised hours from the data: the lowest total, between, the highest, years, unverified', () => {
    expect(legend.hours.map((c) => c.label)).toEqual([
      '3,000 hours',
      '3,001 to 3,999 hours',
      '4,000 hours',
      'Stated in years, not hours',
      'Not yet verified',
    ]);
    expect(['TX', 'NM', 'MI', 'NY', 'AL'].map((c) => byCode.get(c)!.hours)).toEqual([
      'h1',
      'h2',
      'h3',
      'years',
      'hours-unverified',
    ]);
  });
  it('classes pay in thirds of the states that have a figure', () => {
    expect(thirds([50000, 54650, 64120, 64650, 70000], 1000)).toEqual([55000, 64000]);
    expect(byCode.get('NM')!.pay).toBe('p1');
    expect(byCode.get('MI')!.pay).toBe('p3');
    expect(byCode.get('NY')!.pay).toBe('pay-none');
  });
  it('gives every class a pattern or an outline-only look, so color is never the only cue', () => {
    for (const classes of Object.values(legend))
      expect(new Set(classes.map((c) => c.pattern)).size).toBe(classes.length);
  });
});
