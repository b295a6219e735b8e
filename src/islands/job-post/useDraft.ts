import { useEffect, useRef, useState } from 'react';
import { emptyForm, type PostForm } from '#src/lib/jobs/post/form.ts';

const KEY = 'ccm:job-post-draft:v1';

/**
 * Keep the form in localStorage while it is being filled in, and bring it back on the next visit.
 * Returns whether a draft was restored, and a function that forgets it.
 */
export function useDraft(form: PostForm, setForm: (f: PostForm) => void) {
  const [restored, setRestored] = useState(false);
  const loaded = useRef(false);
  useEffect(() => {
    try {
      const saved = localStorage.getItem(KEY);
      if (saved) {
        const data = JSON.parse(saved) as Partial<PostForm>;
        const base = emptyForm(form.datePosted);
        const merged = Object.fromEntries(
          Object.entries(base).map(([k, v]) => [
            k,
            typeof data[k as keyof PostForm] === typeof v ? data[k as keyof PostForm] : v,
          ]),
        ) as unknown as PostForm;
        // localStorage exists only in the browser, after hydration: the restore has to happen in an effect.
        /* eslint-disable react-hooks/set-state-in-effect -- runs once, on mount */
        setForm(merged);
        setRestored(true);
        /* eslint-enable react-hooks/set-state-in-effect */
      }
    } catch {
      // No storage (private mode) or a damaged draft: start empty.
    }
    loaded.current = true;
    // Once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (!loaded.current) return;
    try {
      localStorage.setItem(KEY, JSON.stringify(form));
    } catch {
      // Storage full or refused: the form still works, only without a draft.
    }
  }, [form]);
  const forget = () => {
    try {
      localStorage.removeItem(KEY);
    } catch {
      // Nothing to forget.
    }
    setRestored(false);
  };
  return { restored, forget };
}
