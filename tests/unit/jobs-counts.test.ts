import { describe, expect, it } from 'vitest';
import { examplesNote, filterStatus, openPostings, splitExamples } from '#src/lib/jobs/counts.ts';

describe('counts say what they count', () => {
  it('open postings never include examples', () => {
    const { real, examples } = splitExamples([{ x: true }, {}, { x: true }], (j) => j.x === true);
    expect(real).toHaveLength(1);
    expect(examples).toHaveLength(2);
    expect(openPostings(0)).toBe('no open postings');
    expect(openPostings(1)).toBe('1 open posting');
    expect(openPostings(1234)).toBe('1,234 open postings');
  });
  it('examples are named apart, and not at all when there are none', () => {
    expect(examplesNote(0)).toBe('');
    expect(examplesNote(1)).toBe(
      'The posting labeled Example shows how the board works; it is not a real vacancy and is not counted.',
    );
    expect(examplesNote(12)).toBe(
      'The 12 postings labeled Example show how the board works; they are not real vacancies and are not counted.',
    );
  });
  it('the filter status line separates real jobs from examples', () => {
    expect(filterStatus(0, 0, 0)).toBe('No open jobs match these filters. Try removing one.');
    expect(filterStatus(2, 0, 2)).toBe('Showing 2 of 2 example postings.');
    expect(filterStatus(50, 60, 0)).toBe('Showing 50 of 60 open jobs.');
    expect(filterStatus(50, 60, 3)).toBe('Showing 50 of 60 open jobs and 3 examples.');
    expect(filterStatus(1, 1, 0)).toBe('Showing 1 of 1 open job.');
  });
});
