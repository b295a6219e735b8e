import type { TextareaHTMLAttributes } from 'react';
import { describedBy, type FieldBase } from './field-aria';
import { FieldFrame } from './FieldParts';

type AreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'>;
type Props = AreaProps & FieldBase;

/** A labeled textarea with hint, "(optional)" marker and inline error. */
export default function TextAreaField({
  id,
  label,
  hint,
  optional,
  error,
  value,
  onValue,
  rows = 4,
  ...rest
}: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} optional={optional} error={error}>
      <textarea
        {...rest}
        rows={rows}
        id={id}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        {...describedBy(id, hint, error)}
      />
    </FieldFrame>
  );
}
