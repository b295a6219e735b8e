/** The ids of a field's hint and error message. */
export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** aria-describedby (hint first, then error) and aria-invalid for a control. */
export function describedBy(id: string, hint: unknown, error: string | undefined) {
  const ids = [hint ? hintId(id) : '', error ? errorId(id) : ''].filter(Boolean).join(' ');
  return {
    'aria-describedby': ids || undefined,
    'aria-invalid': error ? (true as const) : undefined,
  };
}

/** What every labeled field takes: its id, label, hint, "(optional)" marker, inline error and value. */
export interface FieldBase {
  id: string;
  label: import('react').ReactNode;
  hint?: import('react').ReactNode;
  optional?: boolean | undefined;
  /** The inline error, or undefined while the field is valid. */
  error?: string | undefined;
  value: string;
  onValue: (value: string) => void;
}
