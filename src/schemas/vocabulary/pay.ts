/*
 * The one pay-period vocabulary: every figure is per hour or per year. Code uses 'hour' | 'year' (the job files'
 * spelling); JSON-LD's 'HOUR' | 'YEAR' appears only in src/lib/jsonld/, and the pay-quote files' 'annual' |
 * 'hourly' is mapped by their reader (src/data/pay-quotes.ts). Plain data, free of zod.
 */

/** How each period reads. */
export const PAY_PERIODS = {
  year: { per: 'per year', a: 'a year', adjective: 'annual' },
  hour: { per: 'per hour', a: 'an hour', adjective: 'hourly' },
} as const;
export type PayPeriod = keyof typeof PAY_PERIODS;
/** The periods in the order forms offer them. */
export const PAY_PERIOD_KEYS = Object.keys(PAY_PERIODS) as ['year', 'hour'];
/** 'annual' | 'hourly', as the pay-quote files write the period. */
export type PayAdjective = (typeof PAY_PERIODS)[PayPeriod]['adjective'];

/** 'annual' -> 'year', 'hourly' -> 'hour'. */
export const periodOfAdjective = (a: PayAdjective): PayPeriod => (a === 'annual' ? 'year' : 'hour');
