import { useEffect, useId, useRef } from 'react';
import type { FieldError } from '#src/lib/forms/validate.ts';
import './forms.css';

interface Props {
  errors: FieldError[];
  /** Change this number on every failed submit: the summary then takes focus, so screen readers read it out. */
  focusKey: number;
}

/** Focus a field by id and bring its label into view (the label sits above the field, so scroll it into view first). */
export function focusField(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  const label =
    document.querySelector(`label[for="${CSS.escape(id)}"]`) ??
    el.closest('fieldset')?.querySelector('legend');
  (label ?? el).scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
}

/**
 * The GOV.UK error summary: "There is a problem" and a link to each field in error, shown above the form.
 * It takes focus when the form fails to submit; each link moves focus to its field.
 */
export default function ErrorSummary({ errors, focusKey }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = `err${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  useEffect(() => {
    if (focusKey > 0 && errors.length) ref.current?.focus();
    // Only a new submit attempt moves focus, not every change to the errors.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);
  if (!errors.length) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} data-testid="error-summary">
      <div role="alert">
        <h2 id={headingId} className="error-summary-title">
          There is a problem
        </h2>
        <ul aria-labelledby={headingId}>
          {errors.map((e) => (
            <li key={e.id}>
              <a
                href={`#${e.id}`}
                onClick={(ev) => {
                  ev.preventDefault();
                  focusField(e.id);
                }}
              >
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
