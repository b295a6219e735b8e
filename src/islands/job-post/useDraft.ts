import { useEffect, useRef, useState } from 'react';
import { emptyForm, type PostForm } from '#src/lib/jobs/post/form.ts';
import { decodeHandoff } from '#src/lib/jobs/post/handoff.ts';

const KEY = 'ccm:job-post-draft:v1';

/**
 * Keep the form in localStorage while it is being filled in, and bring it back on the next visit.
 * Values carried in the address (the job description builder's "Send to the job board") come first, in place
 * of any saved draft; the fragment is then removed so a reload does not bring them back over later edits.
 * Returns whether a draft was restored, whether values came from the builder, and a function that forgets.
 */
export function useDraft(form: PostForm, setForm: (f: PostForm) => void) {
  const [restored, setRestored] = useState(false);
  const [fromBuilder, setFromBuilder] = useState(false);
  const loaded = useRef(false);
  useEffect(() => {
    const handed = decodeHandoff(location.hash);
    if (handed) {
      /* eslint-disable react-hooks/set-state-in-effect -- runs once, on mount */
      setForm({ ...emptyForm(form.datePosted), ...handed });
      setFromBuilder(true);
      /* eslint-enable react-hooks/set-state-in-effect */
      history.replaceState(null, '', `${location.pathname}${location.search}`);
      loaded.current = true;
      return;
    }
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
        setForm(merged);
        setRestored(true);
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
    setFromBuilder(false);
  };
  return { restored, fromBuilder, forget };
}
