import { isoDate } from '#src/lib/text/format.ts';

/** One problem with one field: the field's element id (the error summary links to it) and a message saying how to fix it. */
export interface FieldError {
  id: string;
  message: string;
}

/** A check on a whole set of values: returns a message when the field is wrong, or nothing when it is fine. */
export interface Rule<T> {
  /** The id of the element to focus for this error (the input, or the first control of a group). */
  id: string;
  test: (values: T) => string | undefined | false | null;
}

/** Run the rules in order (the order of the fields on the page) and keep the first message for each field. */
export function validate<T>(values: T, rules: Rule<T>[]): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const rule of rules) {
    if (seen.has(rule.id)) continue;
    const message = rule.test(values);
    if (message) {
      seen.add(rule.id);
      errors.push({ id: rule.id, message });
    }
  }
  return errors;
}

/** Errors as a lookup by field id, for showing each message next to its field. */
export const errorsById = (errors: FieldError[]): Record<string, string> =>
  Object.fromEntries(errors.map((e) => [e.id, e.message]));

/** True when a value is missing or only whitespace. */
export const isBlank = (value: string | undefined | null): boolean => !value || value.trim() === '';

/**
 * A money amount as typed ("45000", "$45,000", "27.50") as a number, or undefined when it is not one.
 * Rejects negatives, several dots, letters and anything that is not a plain amount.
 */
export function parseAmount(value: string): number | undefined {
  const cleaned = value
    .trim()
    .replace(/^\$\s*/, '')
    .replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return undefined;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : undefined;
}

/** Today's date as YYYY-MM-DD in UTC, for comparing with date inputs. */
export const todayIso = (now: Date = new Date()): string => isoDate(now);
