/**
 * Carrying values into /jobs/post/ through its URL: the job description builder's "Send to the job board"
 * link puts them in the fragment (#builder=<JSON>), which never leaves the browser and has no practical
 * length limit, and the form reads them back, keeping only known fields of the right type.
 */
import { emptyForm, type PostForm } from './form.ts';

const KEY = 'builder';
/** A fragment longer than this is ignored: a description may hold 20,000 characters, and some room for the rest. */
const MAX = 60_000;

/** The fragment ("#builder=...") for these values; empty strings and false are left out. */
export function encodeHandoff(values: Partial<PostForm>): string {
  const kept = Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== '' && v !== false),
  );
  return `#${new URLSearchParams({ [KEY]: JSON.stringify(kept) }).toString()}`;
}

/** The values in a fragment, or null when it carries none (or carries something malformed). */
export function decodeHandoff(hash: string): Partial<PostForm> | null {
  if (!hash || hash.length > MAX) return null;
  const raw = new URLSearchParams(hash.replace(/^#/, '')).get(KEY);
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const base = emptyForm();
  const out: Partial<PostForm> = {};
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    if (k in base && typeof v === typeof base[k as keyof PostForm])
      (out as Record<string, unknown>)[k] = v;
  }
  return Object.keys(out).length ? out : null;
}
