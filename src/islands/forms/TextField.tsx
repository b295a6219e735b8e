import type { InputHTMLAttributes } from 'react';
import { describedBy, type FieldBase } from './field-aria';
import { FieldFrame } from './FieldParts';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;
interface Props extends InputProps, FieldBase {
  /** Extra class on the wrapper, e.g. "narrow" for short inputs. */
  className?: string;
}

/** A labeled text input with hint, "(optional)" marker and inline error. */
export default function TextField({
  id,
  label,
  hint,
  optional,
  error,
  value,
  onValue,
  className,
  ...rest
}: Props) {
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      optional={optional}
      error={error}
      className={className}
    >
      <input
        type="text"
        {...rest}
        id={id}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        {...describedBy(id, hint, error)}
      />
    </FieldFrame>
  );
}
