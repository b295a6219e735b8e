import type { ReactNode } from 'react';
import { describedBy } from './field-aria';
import { ErrorMessage, Hint } from './FieldParts';

interface Props {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  checked: boolean;
  onChecked: (checked: boolean) => void;
}

/** One checkbox with its label beside it, a hint under the label and an inline error. */
export default function CheckboxField({ id, label, hint, error, checked, onChecked }: Props) {
  return (
    <div className={`field checkbox${error ? ' has-error' : ''}`}>
      <ErrorMessage id={id} error={error} />
      <div className="checkbox-row">
        <input
          type="checkbox"
          id={id}
          checked={checked}
          onChange={(e) => onChecked(e.target.checked)}
          {...describedBy(id, hint, error)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <Hint id={id} hint={hint} />
    </div>
  );
}
