import { startTransition, useEffect, useRef, useState } from 'react';
import {
  clearDraft,
  hasStoredDraft,
  readDraft,
  writeDraft,
  type DraftParser,
  type DraftSpec,
} from '#src/lib/forms/draft-store.ts';

type Parsers = typeof import('./draft-parsers.ts');

/** Where the form's values came from on this visit: a stored draft, values handed over in the address, or neither. */
export type DraftOrigin = 'draft' | 'handoff' | null;

export interface DraftOptions<T> {
  /** Where the draft is stored (src/lib/forms/draft-store.ts). */
  spec: DraftSpec;
  /** The draft's parser, picked from the lazily loaded parsers. */
  parser: (p: Parsers) => DraftParser<T>;
  value: T;
  setValue: (v: T) => void;
  /** Values that take the place of any stored draft (read once, on mount), or undefined. */
  takeover?: () => T | undefined;
  /**
   * The values to start from when there is neither a takeover nor a stored draft, computed in the browser on mount
   * (for what the server cannot know, such as the visitor's date); without it, the values stay as rendered.
   */
  fresh?: () => T;
  /** How long after the last change to save, in ms (0: at once). */
  saveDelay?: number;
}

/**
 * Keep a form's values as a draft in localStorage and bring them back on the next visit. The stored draft is read
 * after the first render (so the server HTML and the first client render match); the zod parser is loaded only
 * when something is stored. A draft saved under an older key moves to the current one; an invalid one is
 * dropped. `ready` turns true once the draft has been read; `discard` forgets it (the next change saves again).
 */
export function useDraft<T>({
  spec,
  parser,
  value,
  setValue,
  takeover,
  fresh,
  saveDelay = 0,
}: DraftOptions<T>) {
  const [ready, setReady] = useState(false);
  const [origin, setOrigin] = useState<DraftOrigin>(null);
  const skipSave = useRef(true);
  useEffect(() => {
    let live = true;
    const handed = takeover?.();
    if (handed !== undefined) {
      /* eslint-disable react-hooks/set-state-in-effect -- runs once, on mount */
      setValue(handed);
      setOrigin('handoff');
      setReady(true);
      /* eslint-enable react-hooks/set-state-in-effect */
      skipSave.current = false;
      return;
    }
    let storage: Storage | undefined;
    try {
      storage = localStorage;
    } catch {
      // No storage (blocked): the form works, only without a draft.
    }
    // Ready is a transition: the re-render it causes (the whole form, enabled) yields to the browser in slices
    // instead of blocking the main thread in one long task just after the page loads.
    if (!storage || !hasStoredDraft(storage, spec)) {
      startTransition(() => {
        if (fresh) setValue(fresh());
        setReady(true);
      });
      return;
    }
    const store = storage;
    import('./draft-parsers.ts')
      .then((p) => readDraft(store, spec, parser(p)))
      .catch(() => undefined)
      .then((draft) => {
        if (!live) return;
        startTransition(() => {
          if (draft !== undefined) {
            setValue(draft);
            setOrigin('draft');
          } else if (fresh) setValue(fresh());
          setReady(true);
        });
      });
    return () => {
      live = false;
    };
    // Read once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (!ready) return;
    if (skipSave.current) {
      skipSave.current = false;
      return;
    }
    const save = () => {
      try {
        writeDraft(localStorage, spec, value);
      } catch {
        // No storage: nothing to save to.
      }
    };
    if (saveDelay === 0) return save();
    const t = setTimeout(save, saveDelay);
    return () => clearTimeout(t);
  }, [value, ready, spec, saveDelay]);
  const discard = () => {
    try {
      clearDraft(localStorage, spec);
    } catch {
      // Nothing to forget.
    }
    skipSave.current = true;
    setOrigin(null);
  };
  return { ready, origin, discard };
}
