import type { StateRules } from '#src/schemas/state.ts';
import { formatCount } from '../../text/format';
import type { Duration } from './types';

type Clinical = StateRules['clinical'];

/**
 * The yearly cap in an `hoursCap` rule, where it states one as hours per year or per 12 months
 * ("no more than 1,500 hours credited in any 12-month period" -> 1500). Weekly caps and other wordings give null.
 */
export function yearlyCap(rule: string): number | null {
  const m =
    /([\d,]{3,}) hours[^.;]*?(?:per year|a year|in any 12-month period|per 12 months)/i.exec(rule);
  return m?.[1] ? Number(m[1].replace(/,/g, '')) : null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * How long the supervised practice for the clinical license takes, in months, from the state's rules.
 * - Minimum: the rule's minimum months; raised where a yearly cap makes the hours take longer; where the
 *   rule sets no minimum, the hours at full time. Not yet verified when the minimum is.
 * - Typical: the hours at full time (`fullTimeHours` a year) or the years the rule states, never less than
 *   the minimum; where the hours are not verified, the minimum alone.
 */
export function practiceDuration(c: Clinical, fullTimeHours: number): Duration {
  const h = c.supervisedHours;
  const hours = 'value' in h ? h.value : null;
  const statedMonths = 'years' in h ? h.years * 12 : null;
  const atFullTime = hours !== null ? round1((hours / fullTimeHours) * 12) : statedMonths;
  const cap = c.hoursCap && 'value' in c.hoursCap ? yearlyCap(c.hoursCap.value) : null;
  const capMonths = cap && hours !== null ? round1((hours / cap) * 12) : null;

  const m = c.minimumMonths;
  let min: number | null = null;
  const basis: string[] = [];
  if ('value' in m) {
    min = Math.max(m.value, capMonths ?? 0, statedMonths ?? 0);
    basis.push(`at least ${m.value} months by the rule`);
  } else if ('notSet' in m) {
    min = atFullTime === null ? null : Math.max(atFullTime, capMonths ?? 0);
    basis.push('no minimum period set');
  } else if ('years' in m) {
    min = m.years * 12;
    basis.push(`${m.years} years by the rule`);
  }
  if (capMonths !== null && cap !== null)
    basis.push(`at most ${formatCount(cap)} hours counted a year`);
  if (hours !== null)
    basis.push(
      `${formatCount(hours)} hours at full time (${formatCount(fullTimeHours)} hours a year) take about ${Math.round(atFullTime!)} months`,
    );
  else if (statedMonths !== null) basis.push(`the rule states ${statedMonths / 12} years`);

  let typical: [number, number] | null = null;
  if (atFullTime !== null) {
    const t = Math.max(atFullTime, min ?? 0, capMonths ?? 0);
    typical = [t, t];
  } else if (min !== null) {
    typical = [min, min];
    basis.push('the hour total is not yet verified, so the minimum period stands in for it');
  }
  return { min, typical, basis: basis.join('; ') };
}
