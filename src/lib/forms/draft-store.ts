/*
 * Drafts kept in the browser's localStorage while a visitor fills in a form, for every form on the site: one key
 * style, migration from older keys on read, and a parser (a zod schema per draft) that decides what is kept.
 * Pure: the storage is passed in, so unit tests use a Map and the islands use localStorage.
 */

/** The part of Web Storage a draft needs. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The one key style: "ccm:<form>-draft:v<version>". Bump the version when the stored shape changes. */
export const draftKey = (form: string, version: number): string => `ccm:${form}-draft:v${version}`;

/** Where a form's draft lives, and the older keys a draft may still sit under, newest first. */
export interface DraftSpec {
  key: string;
  /** An older key and how its parsed JSON becomes the current shape (before the parser checks it). */
  legacy: readonly { key: string; upgrade: (json: unknown) => unknown }[];
}

/** Turns parsed JSON into a draft, or undefined when it is not one (the parser never throws). */
export type DraftParser<T> = (json: unknown) => T | undefined;

const attempt = <T>(f: () => T): T | undefined => {
  try {
    return f();
  } catch {
    return undefined;
  }
};

/** Whether any key of the spec holds something (cheap: no parsing, so callers can skip loading the parser). */
export const hasStoredDraft = (storage: DraftStorage, spec: DraftSpec): boolean =>
  [spec.key, ...spec.legacy.map((l) => l.key)].some(
    (k) => attempt(() => storage.getItem(k)) != null,
  );

/**
 * The stored draft, from the current key or else the newest older key that holds one. A draft found under an
 * older key moves to the current key (migrate on read); a draft the parser refuses, or that is not JSON, is
 * removed so it cannot fail again. Storage that throws (private mode, blocked) reads as no draft. Never throws.
 */
export function readDraft<T>(
  storage: DraftStorage,
  spec: DraftSpec,
  parse: DraftParser<T>,
): T | undefined {
  const places = [{ key: spec.key, upgrade: (j: unknown) => j }, ...spec.legacy];
  for (const { key, upgrade } of places) {
    const raw = attempt(() => storage.getItem(key));
    if (raw == null) continue;
    const draft = attempt(() => parse(upgrade(JSON.parse(raw))));
    if (draft === undefined) {
      attempt(() => storage.removeItem(key));
      continue;
    }
    if (key !== spec.key) {
      writeDraft(storage, spec, draft);
      attempt(() => storage.removeItem(key));
    }
    return draft;
  }
  return undefined;
}

/** Save a draft under the current key; a full or blocked storage is ignored (the form works without a draft). */
export function writeDraft<T>(storage: DraftStorage, spec: DraftSpec, draft: T): void {
  attempt(() => storage.setItem(spec.key, JSON.stringify(draft)));
}

/** Forget the draft, under the current key and every older one. */
export function clearDraft(storage: DraftStorage, spec: DraftSpec): void {
  for (const key of [spec.key, ...spec.legacy.map((l) => l.key)])
    attempt(() => storage.removeItem(key));
}
