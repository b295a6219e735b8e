import type { ReactNode } from 'react';
import { ErrorMessage, Hint, LabelText } from './FieldParts';

interface Props {
  /** Id used for the hint and error ids (`<id>-hint`, `<id>-error`); give the first control inside this id too if the error summary links here. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  optional?: boolean | undefined;
  error?: string | undefined;
  children: ReactNode;
  className?: string;
}

/** A group of related controls (radios, checkboxes) under one legend, with a hint and an inline error. */
export default function Fieldset({
  id,
  legend,
  hint,
  optional,
  error,
  children,
  className,
}: Props) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      className={`field-group${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}
      aria-describedby={ids || undefined}
    >
      <legend>
        <LabelText label={legend} optional={optional} />
      </legend>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      {children}
    </fieldset>
  );
}
