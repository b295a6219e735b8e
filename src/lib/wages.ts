import type { WAGE_STATISTICS } from '../schemas/wage';

/** Plain names for the OEWS wage statistics. */
export const STATISTIC_LABEL: Record<(typeof WAGE_STATISTICS)[number], string> = {
  mean: 'mean',
  p10: '10th percentile',
  p25: '25th percentile',
  median: 'median',
  p75: '75th percentile',
  p90: '90th percentile',
};
