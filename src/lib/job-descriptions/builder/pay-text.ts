import { parseAmount } from '../../forms/validate';
import { money } from '../../pay/distribution';
import type { BuilderState } from './types';
import { PAY_PERIODS } from '#src/schemas/vocabulary/pay.ts';

/** The pay range as the posting reads: "$25.00 to $32.50 per hour", "$60,000 to $72,000 per year", or "" when incomplete. */
export function payText(s: Pick<BuilderState, 'payMin' | 'payMax' | 'payPeriod'>): string {
  const min = parseAmount(s.payMin);
  const max = parseAmount(s.payMax);
  if (min === undefined) return '';
  const period = s.payPeriod;
  const per = PAY_PERIODS[period].per;
  return max === undefined || max === min
    ? `${money(min, period)} ${per}`
    : `${money(min, period)} to ${money(max, period)} ${per}`;
}
