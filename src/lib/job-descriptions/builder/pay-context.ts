import { comparisonSoc } from '../../jobs/pay-comparison';
import type { PayData, PayRow, PaySource } from './types';

/**
 * The occupation a template variant's pay is best compared with, by the same rule as a posting's pay comparison:
 * registered nurses for the nurse template, the social work occupation of its setting otherwise.
 */
export const variantSoc = (variant: string): string =>
  comparisonSoc({ licenseRequired: variant === 'nurse' ? ['RN'] : [], setting: variant });

/** Rows with the given occupation first, the others in their order. */
const firstOf = (rows: PayRow[], soc: string): PayRow[] => [
  ...rows.filter((r) => r.soc === soc),
  ...rows.filter((r) => r.soc !== soc),
];

/**
 * The official pay figures to show beside the pay fields for a state: the state's rows (if any) and the national rows,
 * each with the variant's occupation first (`soc`), from the current release.
 */
export function payContext(
  pay: PayData,
  state: string,
  variant = '',
): {
  soc: string;
  state?: { source: PaySource; rows: PayRow[] };
  national: { source: PaySource; rows: PayRow[] };
} {
  const soc = variantSoc(variant);
  const rows = pay.state.rows[state] ?? [];
  return {
    soc,
    ...(rows.length ? { state: { source: pay.state.source, rows: firstOf(rows, soc) } } : {}),
    national: { source: pay.national.source, rows: firstOf(pay.national.rows, soc) },
  };
}
