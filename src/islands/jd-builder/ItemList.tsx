import { useEffect, useRef, useState } from 'react';
import type { ListItem } from '#src/lib/job-descriptions/builder/types.ts';
import {
  addItem,
  editItem,
  moveAnnouncement,
  moveItem,
  removeItem,
  toggleItem,
} from '#src/lib/job-descriptions/builder/lists.ts';
import { ErrorMessage } from '../forms/FieldParts';

interface Props {
  /** "duties", "skills" or "qualifications": used in ids. */
  name: string;
  legend: string;
  /** Singular noun for the add box and buttons: "duty". */
  noun: string;
  hint?: string;
  items: ListItem[];
  onChange: (items: ListItem[]) => void;
  /** Tell screen readers what happened (moves, removals). */
  announce: (message: string) => void;
  error?: string | undefined;
}

const short = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 50 ? `${t.slice(0, 47)}…` : t;
};

/**
 * An editable list: tick the lines to include, edit any line, move lines up and down with buttons (focus follows the line
 * and a live region announces its new position), and add lines of your own.
 */
export default function ItemList({
  name,
  legend,
  noun,
  hint,
  items,
  onChange,
  announce,
  error,
}: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const root = useRef<HTMLFieldSetElement>(null);
  const id = (i: number, part = '') => `jd-${name}-${i}${part}`;

  useEffect(() => {
    if (!focusAfter) return;
    const el = root.current?.querySelector<HTMLElement>(`#${focusAfter}`);
    el?.focus();
    // Focus moves after the DOM has the moved item, so this reset can only happen in an effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- one reset after focusing, not a render loop
    setFocusAfter(null);
  }, [focusAfter, items, editing]);

  const move = (i: number, delta: -1 | 1) => {
    const next = moveItem(items, i, delta);
    if (next === items) return;
    onChange(next);
    announce(moveAnnouncement(next, i + delta));
    const to = i + delta;
    const keepDir = delta === -1 ? to > 0 : to < next.length - 1;
    setFocusAfter(id(to, keepDir === (delta === -1) ? '-up' : '-down'));
  };
  const add = () => {
    const text = draft.trim();
    if (!text) return;
    onChange(addItem(items, text));
    setDraft('');
    announce(`Added “${short(text)}” as line ${items.length + 1}.`);
  };
  const describedBy =
    [hint ? `jd-${name}-hint` : '', error ? `jd-${name}-error` : ''].filter(Boolean).join(' ') ||
    undefined;

  return (
    <fieldset
      className={`field-group item-list${error ? ' has-error' : ''}`}
      ref={root}
      aria-describedby={describedBy}
    >
      <legend>{legend}</legend>
      {hint && (
        <p className="field-hint" id={`jd-${name}-hint`}>
          {hint}
        </p>
      )}
      <ErrorMessage id={`jd-${name}`} error={error} />
      <ol>
        {items.map((it, i) => (
          <li key={it.id} className={it.checked ? '' : 'unticked'}>
            {editing === it.id ? (
              <div className="edit-row">
                <label htmlFor={id(i, '-text')}>Edit line {i + 1}</label>
                <textarea
                  id={id(i, '-text')}
                  rows={3}
                  value={it.text}
                  onChange={(e) => onChange(editItem(items, i, e.target.value))}
                />
                <button
                  type="button"
                  className="button button-secondary"
                  id={id(i, '-done')}
                  onClick={() => {
                    setEditing(null);
                    setFocusAfter(id(i, '-edit'));
                  }}
                >
                  Done<span className="visually-hidden"> editing line {i + 1}</span>
                </button>
              </div>
            ) : (
              <div className="checkbox-row">
                <input
                  type="checkbox"
                  id={id(i)}
                  checked={it.checked}
                  onChange={(e) => onChange(toggleItem(items, i, e.target.checked))}
                />
                <label htmlFor={id(i)}>{it.text.trim() || <em>(empty line)</em>}</label>
              </div>
            )}
            <div className="item-actions">
              {editing !== it.id && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  id={id(i, '-edit')}
                  onClick={() => {
                    setEditing(it.id);
                    setFocusAfter(id(i, '-text'));
                  }}
                >
                  Edit<span className="visually-hidden">: {short(it.text)}</span>
                </button>
              )}
              <button
                type="button"
                className="button button-secondary button-small"
                id={id(i, '-up')}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              >
                Move up<span className="visually-hidden">: {short(it.text)}</span>
              </button>
              <button
                type="button"
                className="button button-secondary button-small"
                id={id(i, '-down')}
                disabled={i === items.length - 1}
                onClick={() => move(i, 1)}
              >
                Move down<span className="visually-hidden">: {short(it.text)}</span>
              </button>
              {it.id.startsWith('custom-') && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  id={id(i, '-remove')}
                  onClick={() => {
                    onChange(removeItem(items, i));
                    announce(`Removed “${short(it.text)}”.`);
                    setFocusAfter(`jd-${name}-add`);
                  }}
                >
                  Remove<span className="visually-hidden">: {short(it.text)}</span>
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      <div className="add-row">
        <label htmlFor={`jd-${name}-add`}>Add a {noun} of your own</label>
        <div>
          <input
            type="text"
            id={`jd-${name}-add`}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <button type="button" className="button button-secondary" onClick={add}>
            Add {noun}
          </button>
        </div>
      </div>
    </fieldset>
  );
}
