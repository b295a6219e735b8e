import type { SelectHTMLAttributes } from 'react';
import { describedBy, type FieldBase } from './field-aria';
import { FieldFrame } from './FieldParts';

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange'>;
interface Props extends SelectProps, FieldBase {
  options: { value: string; label: string }[];
  /** Text of a first, empty choice ("Choose a state"); leave out for none. */
  placeholder?: string;
}

/** A labeled select with hint, "(optional)" marker and inline error. */
export default function SelectField({
  id,
  label,
  hint,
  optional,
  error,
  value,
  onValue,
  options,
  placeholder,
  ...rest
}: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} optional={optional} error={error}>
      <select
        {...rest}
        id={id}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        {...describedBy(id, hint, error)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
