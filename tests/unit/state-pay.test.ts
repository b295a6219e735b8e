import { describe, expect, it } from 'vitest';
import {
  cellOf,
  ordinal,
  priceAdjusted,
  priceAdjustedHourly,
  stateRank,
} from '#src/lib/pay/state-pay.ts';
import { wageCsvRows } from '#src/lib/pay/dataset.ts';
import type { WageRow } from '#src/schemas/wage-table.ts';

const row = (area: string, median?: number, extra: Partial<WageRow> = {}): WageRow => ({
  area,
  soc: '21-1022',
  title: 'Healthcare Social Workers',
  ...(median === undefined ? {} : { median }),
  ...extra,
});

describe('state pay helpers', () => {
  it('divides by the price level over 100 and rounds to $10 (cents an hour); nothing without both numbers', () => {
    expect(priceAdjusted(64440, 90.123)).toBe(71500);
    expect(priceAdjusted(64440, 100)).toBe(64440);
    expect(priceAdjustedHourly(30.98, 90.123)).toBe(34.38);
    expect(priceAdjusted(undefined, 90)).toBeUndefined();
    expect(priceAdjusted(60000, undefined)).toBeUndefined();
  });

  it('ranks by median among the states that have one, ties sharing a rank, the U.S. row left out', () => {
    const rows = [
      row('US', 99999),
      row('AA', 70000),
      row('BB', 60000),
      row('CC', 60000),
      row('DD'),
    ];
    expect(stateRank(rows, '21-1022', 'AA')).toEqual({ rank: 1, of: 3 });
    expect(stateRank(rows, '21-1022', 'CC')).toEqual({ rank: 2, of: 3 });
    expect(stateRank(rows, '21-1022', 'DD')).toBeUndefined();
  });

  it('says why a cell is empty: not published, not in our copy, or at the top code', () => {
    const r = row('AA', 1, { notPublished: { employment: 'absent', mean: '#' } });
    expect(cellOf(r, 'median')).toEqual({ kind: 'value', value: 1 });
    expect(cellOf(r, 'employment')).toEqual({ kind: 'not-published' });
    expect(cellOf(r, 'mean')).toEqual({ kind: 'top-coded' });
    expect(cellOf(r, 'hourlyP10', ['hourlyP10'])).toEqual({ kind: 'not-carried' });
    expect(cellOf(undefined, 'median')).toEqual({ kind: 'not-published' });
  });

  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 51].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '51st',
    ]);
  });
});

describe('the wages download', () => {
  const source = {
    id: 's',
    publisher: 'U.S. Bureau of Labor Statistics',
    title: 'T',
    period: 'May 2025',
    retrieved: '2026-11-29',
  };
  it('flattens each row with its release and source, marks, the copy’s gaps and the price-level view for states only', () => {
    const rows = wageCsvRows(
      [
        {
          period: 'May 2025',
          scope: 'state',
          source,
          notCarried: ['hourlyP10'],
          rows: [row('AA', 60000, { notPublished: { employment: 'absent' } })],
        },
        { period: 'May 2025', scope: 'national', source, rows: [row('US', 61000)] },
      ],
      { year: 2024, source: { ...source, publisher: 'BEA' }, rows: [{ area: 'AA', index: 80 }] },
    );
    expect(rows[0]).toMatchObject({
      period: 'May 2025',
      scope: 'state',
      area: 'AA',
      median: 60000,
      employment: undefined,
      notPublished: 'employment:absent',
      notInCopy: 'hourlyP10',
      priceLevelIndex: 80,
      medianAdjustedForPriceLevels: 75000,
      source: 'U.S. Bureau of Labor Statistics, T (May 2025)',
      priceLevelSource: 'BEA, T (May 2025)',
    });
    expect(rows[1]!.medianAdjustedForPriceLevels).toBeUndefined();
  });
});
