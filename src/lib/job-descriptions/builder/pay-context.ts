import type { PayData, PayRow, PaySource } from './types';

/** The official pay figures to show beside the pay fields for a state: the state's rows (if any) and the national rows. */
export function payContext(
  pay: PayData,
  state: string,
): {
  state?: { source: PaySource; rows: PayRow[] };
  national: { source: PaySource; rows: PayRow[] };
} {
  const rows = pay.state.rows[state] ?? [];
  return {
    ...(rows.length ? { state: { source: pay.state.source, rows } } : {}),
    national: pay.national,
  };
}
