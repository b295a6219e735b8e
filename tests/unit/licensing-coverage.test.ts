import { describe, expect, it } from 'vitest';
import { backing, coverage } from '#src/lib/licensing/coverage.ts';

const kinds: Record<string, string> = {
  rule: 'regulation',
  board: 'board',
  g: 'guide',
  n: 'professional-body',
  c: 'compact-commission',
};
const kindOf = (id: string) => kinds[id];

describe('licensing coverage', () => {
  it('counts a value, "no minimum", "in years" or "a rate" from a board, statute or rule as official', () => {
    expect(backing({ value: 3000, source: 'rule' }, kindOf)).toBe('official');
    expect(backing({ notSet: true, source: 'board' }, kindOf)).toBe('official');
    expect(backing({ years: 3, source: 'rule' }, kindOf)).toBe('official');
    expect(backing({ value: 3000, source: 'g' }, kindOf)).toBe('guide');
    expect(backing({ value: 3000, source: 'n' }, kindOf)).toBe('other');
    expect(backing({ unverified: true, research: 'x', source: 'rule' }, kindOf)).toBe('unverified');
    expect(backing(undefined, kindOf)).toBe('absent');
  });
  it('counts the compact by its status and source', () => {
    expect(backing({ status: 'enacted', source: 'rule' }, kindOf)).toBe('official');
    expect(backing({ status: 'unverified', source: 'rule' }, kindOf)).toBe('unverified');
    expect(backing({ status: 'enacted', source: 'c' }, kindOf)).toBe('official');
    expect(backing({ status: 'enacted', source: 'n' }, kindOf)).toBe('other');
  });
  it('counts the compact commission as official only for the compact', () => {
    expect(backing({ value: 3000, source: 'c' }, kindOf)).toBe('other');
  });
  it('lists the core fields still unverified, by state', () => {
    const s = {
      code: 'TX',
      clinical: {
        degree: { value: 'MSW', source: 'rule' },
        supervisedHours: { unverified: true, research: 'x' },
        exams: { value: ['ASWB Clinical'], source: 'g' },
      },
    };
    const { perField, coreUnverified } = coverage([s], kindOf);
    expect(coreUnverified).toContain('TX supervised hours (total)');
    expect(perField.find((f) => f.name === 'clinical exam')!.counts.guide).toBe(1);
  });
});
