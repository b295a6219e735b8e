import type { ReactNode } from 'react';
import { errorId, hintId } from './field-aria';
import './forms.css';

/** The label text with an "(optional)" marker when the field is not required. */
export function LabelText({
  label,
  optional,
}: {
  label: ReactNode;
  optional?: boolean | undefined;
}) {
  return (
    <>
      {label}
      {optional && <span className="optional"> (optional)</span>}
    </>
  );
}

/** A hint under the label, tied to the control with aria-describedby. */
export function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p className="field-hint" id={hintId(id)}>
      {hint}
    </p>
  ) : null;
}

/** An inline error, worded as the fix, with a hidden "Error:" prefix for screen readers. */
export function ErrorMessage({ id, error }: { id: string; error?: string | undefined }) {
  return error ? (
    <p className="field-error" id={errorId(id)}>
      <span className="visually-hidden">Error: </span>
      {error}
    </p>
  ) : null;
}

/**
 * The frame every labeled field shares: the wrapper (marked while in error), the label with its "(optional)"
 * marker, the hint and the inline error, then the control itself.
 */
export function FieldFrame({
  id,
  label,
  hint,
  optional,
  error,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean | undefined;
  error?: string | undefined;
  /** Extra class on the wrapper, e.g. "narrow" for short inputs. */
  className?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        <LabelText label={label} optional={optional} />
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      {children}
    </div>
  );
}
