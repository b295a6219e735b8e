import type { TextareaHTMLAttributes } from 'react';
import { describedBy, type FieldBase } from './field-aria';
import { ErrorMessage, Hint, LabelText } from './FieldParts';

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
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        <LabelText label={label} optional={optional} />
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      <textarea
        {...rest}
        rows={rows}
        id={id}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        {...describedBy(id, hint, error)}
      />
    </div>
  );
}
