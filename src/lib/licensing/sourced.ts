/*
 * The sourced-fact shapes of a state file (src/schemas/state.ts `sourced` and `sourcedAmount`) as plain types,
 * with the two helpers every licensing view uses to read them. One declaration for lib, components and tests.
 */

/** The source behind a fact, with the reader's note and the maintainers' research note. */
type Src = { source: { id: string }; note?: string | undefined; research?: string | undefined };

/** A fact no source confirmed: the page says "not yet verified"; it may still name the source that left it open. */
export type Unverified = {
  unverified: true;
  note?: string | undefined;
  research?: string | undefined;
  source?: { id: string } | undefined;
};

/** A sourced fact of type T: the value with its source, or an honest gap. */
export type Sourced<T> = ({ value: T } & Src) | Unverified;

/** A sourced amount: a number, or a sourced statement that is not a number (see `sourcedAmount`). */
export type Amount =
  | Sourced<number>
  | ({ notSet: true } & Src)
  | ({ years: number; fullTime?: false | undefined } & Src)
  | ({ rate: string } & Src);

/** Any sourced field of a state file: a fact of any type or an amount. */
export type SourcedField = Sourced<unknown> | Amount;

/** The value of a sourced field, or null when it is unverified (or not a number). */
export const valueOf = <T>(f: Sourced<T> | Amount): T | null =>
  'value' in f ? (f.value as T) : null;

/** The source id behind a field, or null when it is unverified. */
export const sourceOf = (f: SourcedField | undefined): string | null =>
  f && !('unverified' in f) ? f.source.id : null;
