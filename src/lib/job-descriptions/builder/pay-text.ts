import { parseAmount } from '../../forms/validate';
import { money } from '../../pay/distribution';
import type { BuilderState } from './types';

/** The pay range as the posting reads: "$25.00 to $32.50 per hour", "$60,000 to $72,000 per year", or "" when incomplete. */
export function payText(s: Pick<BuilderState, 'payMin' | 'payMax' | 'payPeriod'>): string {
  const min = parseAmount(s.payMin);
  const max = parseAmount(s.payMax);
  if (min === undefined) return '';
  const basis = s.payPeriod === 'HOUR' ? 'hourly' : 'annual';
  const per = s.payPeriod === 'HOUR' ? 'per hour' : 'per year';
  return max === undefined || max === min
    ? `${money(min, basis)} ${per}`
    : `${money(min, basis)} to ${money(max, basis)} ${per}`;
}
