import { describe, expect, it } from 'vitest';
import {
  dollarAxis,
  medianExtremes,
  statesByMedian,
  tickPath,
  xOf,
} from '#src/lib/pay/ranking-strip.ts';
import type { WageRow } from '#src/schemas/wage-table.ts';

const row = (area: string, median?: number, soc = '21-1022'): WageRow => ({
  area,
  soc,
  title: 'Healthcare Social Workers',
  ...(median === undefined ? {} : { median }),
});

describe('state ranking strip', () => {
  const rows = [
    row('US', 99_000),
    row('TX', 70_000),
    row('AR', 55_000),
    row('AL', 55_000),
    row('DC', 94_000),
    row('KS'),
    row('CA', 140_000, '29-1141'),
  ];

  it('lists the states with a published median for the occupation, highest first, ties by code; no U.S. row, no gaps', () => {
    expect(statesByMedian(rows, '21-1022')).toEqual([
      { area: 'DC', value: 94_000 },
      { area: 'TX', value: 70_000 },
      { area: 'AL', value: 55_000 },
      { area: 'AR', value: 55_000 },
    ]);
    expect(statesByMedian(rows, '21-1029')).toEqual([]);
  });

  it('names the highest and lowest state (the first by code on a tie), nothing without medians', () => {
    expect(medianExtremes(rows, '21-1022')).toEqual({
      highest: { area: 'DC', value: 94_000 },
      lowest: { area: 'AL', value: 55_000 },
    });
    expect(medianExtremes(rows, '21-1029')).toBeUndefined();
  });

  it('widens the dollar axis to whole steps and refuses an empty one', () => {
    expect(dollarAxis([39_930, 140_270])).toEqual({ min: 30_000, max: 150_000 });
    expect(dollarAxis([60_000])).toEqual({ min: 60_000, max: 70_000 });
    expect(() => dollarAxis([])).toThrow(/no values/);
  });

  it('places values on the axis in whole units, clamped to its ends', () => {
    const axis = { min: 30_000, max: 150_000 };
    expect(xOf(30_000, axis, 1000)).toBe(0);
    expect(xOf(90_000, axis, 1000)).toBe(500);
    expect(xOf(69_990, axis, 1000)).toBe(333);
    expect(xOf(10_000, axis, 1000)).toBe(0);
    expect(xOf(200_000, axis, 1000)).toBe(1000);
  });

  it('draws one vertical tick per value', () => {
    expect(tickPath([12, 40], 16, 10)).toBe('M12 16v10M40 16v10');
    expect(tickPath([], 16, 10)).toBe('');
  });
});
