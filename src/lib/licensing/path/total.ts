import type { Step, Total } from './types';

/**
 * Add up the steps that count (optional steps are left out): the shortest and the typical range, in months.
 * A counted step whose minimum (or typical length) is not verified makes that sum null and is named, so the
 * page says what is missing instead of guessing.
 */
export function planTotal(steps: Step[]): Total {
  const counted = steps.filter((s) => !s.optional);
  let min: number | null = 0;
  let typical: [number, number] | null = [0, 0];
  const minUnverified: string[] = [];
  const typicalUnverified: string[] = [];
  for (const s of counted) {
    if (!s.duration) continue;
    if (s.duration.min === null) {
      min = null;
      minUnverified.push(s.title);
    } else if (min !== null) min += s.duration.min;
    if (s.duration.typical === null) {
      typical = null;
      typicalUnverified.push(s.title);
    } else if (typical)
      typical = [typical[0] + s.duration.typical[0], typical[1] + s.duration.typical[1]];
  }
  const costs = counted.flatMap((s) => s.costs);
  return {
    min,
    typical,
    minUnverified,
    typicalUnverified,
    knownCost: costs.reduce((sum, c) => sum + (c.usd ?? 0), 0),
    unknownCosts: costs.filter((c) => c.usd === null).length,
  };
}
