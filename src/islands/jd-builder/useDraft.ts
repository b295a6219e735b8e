import { useEffect, useRef, useState } from 'react';
import { DRAFT_KEY, parseDraft, serializeDraft } from '#src/lib/job-descriptions/builder/draft.ts';
import type { BuilderData, BuilderState } from '#src/lib/job-descriptions/builder/types.ts';

const read = (): string | null => {
  try {
    return localStorage.getItem(DRAFT_KEY);
  } catch {
    return null;
  }
};
const write = (value: string | null) => {
  try {
    if (value === null) localStorage.removeItem(DRAFT_KEY);
    else localStorage.setItem(DRAFT_KEY, value);
  } catch {
    // Storage full or blocked (private mode): the builder still works, the draft is just not kept.
  }
};

/**
 * Restore a saved draft after the first render (so the server HTML and the first client render match), then save the
 * state a moment after each change. `ready` turns true once the stored draft has been read.
 */
export function useDraft(data: BuilderData, s: BuilderState, setS: (s: BuilderState) => void) {
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState(false);
  const skipSave = useRef(true);
  useEffect(() => {
    const draft = parseDraft(read(), data);
    if (draft) {
      // localStorage exists only in the browser, after hydration: the restore has to happen in an effect.
      /* eslint-disable react-hooks/set-state-in-effect -- runs once, on mount */
      setS(draft);
      setRestored(true);
      /* eslint-enable react-hooks/set-state-in-effect */
    }
    setReady(true);
    // Read once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (!ready) return;
    if (skipSave.current) {
      skipSave.current = false;
      return;
    }
    const t = setTimeout(() => write(serializeDraft(s)), 250);
    return () => clearTimeout(t);
  }, [s, ready]);
  const discard = () => {
    write(null);
    skipSave.current = true;
    setRestored(false);
  };
  return { ready, restored, discard };
}
