import { isCalendarDay } from '#src/schemas/calendar-day.ts';
import { describe, expect, it } from 'vitest';
import { errorsById, isBlank, parseAmount, todayIso, validate } from '#src/lib/forms/validate.ts';

describe('validate', () => {
  const rules = [
    { id: 'name', test: (v: { name: string; age: string }) => isBlank(v.name) && 'Enter a name' },
    {
      id: 'name',
      test: (v: { name: string; age: string }) =>
        v.name.length > 5 && 'Name must be 5 characters or fewer',
    },
    {
      id: 'age',
      test: (v: { name: string; age: string }) =>
        parseAmount(v.age) === undefined && 'Enter an age as a number',
    },
  ];
  it('returns errors in rule order, one per field', () => {
    expect(validate({ name: ' ', age: 'x' }, rules)).toEqual([
      { id: 'name', message: 'Enter a name' },
      { id: 'age', message: 'Enter an age as a number' },
    ]);
  });
  it('keeps only the first failing rule for a field', () => {
    expect(validate({ name: 'toolongname', age: '3' }, rules)).toEqual([
      { id: 'name', message: 'Name must be 5 characters or fewer' },
    ]);
  });
  it('returns no errors when everything passes', () => {
    expect(validate({ name: 'Ann', age: '3' }, rules)).toEqual([]);
  });
  it('looks errors up by id', () => {
    expect(errorsById([{ id: 'a', message: 'x' }])).toEqual({ a: 'x' });
  });
});

describe('field helpers', () => {
  it('treats whitespace as blank', () => {
    expect(isBlank('  \n')).toBe(true);
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank('a')).toBe(false);
  });
  it('reads money amounts as typed', () => {
    expect(parseAmount('45000')).toBe(45000);
    expect(parseAmount('$45,000')).toBe(45000);
    expect(parseAmount(' 27.50 ')).toBe(27.5);
    expect(parseAmount('1,234,567.8')).toBe(1234567.8);
  });
  it('rejects what is not an amount', () => {
    for (const bad of [
      '',
      '-5',
      '4.5.6',
      'abc',
      '12k',
      '1e5',
      '<b>1</b>',
      '27.555',
      'NaN',
      'Infinity',
    ])
      expect(parseAmount(bad), bad).toBeUndefined();
  });
  it('accepts only real calendar days', () => {
    expect(isCalendarDay('2026-02-28')).toBe(true);
    expect(isCalendarDay('2026-02-30')).toBe(false);
    expect(isCalendarDay('26-02-01')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
  });
  it('gives today in UTC', () => {
    expect(todayIso(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-23');
  });
});
