import type { Plan } from './types';

/**
 * A length in words: under two years in whole months ("18 months"), otherwise years to the nearest half
 * ("5½ years", "7 years"). `round` chooses the direction for years: down for an earliest date would
 * promise too much, so callers round the shortest up and typical ranges outward.
 */
export function spanText(months: number, round: 'nearest' | 'up' | 'down' = 'nearest'): string {
  if (months <= 0) return 'no time';
  if (months < 24) {
    const m =
      round === 'down'
        ? Math.floor(months)
        : round === 'up'
          ? Math.ceil(months)
          : Math.round(months);
    return `${m} month${m === 1 ? '' : 's'}`;
  }
  const f = round === 'down' ? Math.floor : round === 'up' ? Math.ceil : Math.round;
  const halves = f((months / 12) * 2);
  const whole = Math.floor(halves / 2);
  return `${whole}${halves % 2 ? '½' : ''} years`;
}

/** A typical range in words: "about 7 to 8 years", or "about 2 years" when both ends read the same. */
export function rangeText([low, high]: [number, number]): string {
  if (low === high) return `about ${spanText(high, 'up')}`;
  const a = spanText(low, 'down');
  const b = spanText(high, 'up');
  if (a === b) return `about ${a}`;
  // "about 7 to 8 years", not "about 7 years to 8 years"
  const unit = (t: string) => t.replace(/^[\d½]+ /, '');
  return unit(a) === unit(b) ? `about ${a.replace(/ .*$/, '')} to ${b}` : `about ${a} to ${b}`;
}

/**
 * The plan's total as one sentence: "About 7 to 8 years from today to the LCSW in Texas, at the earliest
 * 7 years." Where a counted step is not verified, the sentence says which instead of guessing.
 */
export function totalSentence(plan: Plan): string {
  const { total, goalLabel, state } = plan;
  const where = `${goalLabel} in ${state.name}`;
  if (!total.typical)
    return `We cannot add up the time to ${where} yet: the length of ${total.typicalUnverified.join(' and ').toLowerCase()} is not yet verified.`;
  const head = `${capitalize(rangeText(total.typical))} from today to ${where}`;
  if (total.min === null)
    return `${head}; the shortest time is not known, because the minimum for “${total.minUnverified.join('”, “')}” is not yet verified.`;
  return `${head}, at the earliest ${spanText(total.min, 'up')}.`;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
