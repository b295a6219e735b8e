import { describe, expect, it } from 'vitest';
import { clearDraft, draftKey, readDraft, writeDraft } from '#src/lib/forms/draft-store.ts';
import { BUILDER_DRAFT } from '#src/lib/job-descriptions/builder/draft-spec.ts';
import { builderDraftParser } from '#src/lib/job-descriptions/builder/draft.ts';
import { POST_DRAFT } from '#src/lib/jobs/post/draft-spec.ts';
import { postDraftParser } from '#src/lib/jobs/post/draft.ts';
import { initialState } from '#src/lib/job-descriptions/builder/defaults.ts';
import { emptyForm } from '#src/lib/jobs/post/form.ts';
import { data } from './jd-builder-fixture';

/** localStorage as a Map, with what it holds readable. */
function memoryStorage(entries: Record<string, string> = {}) {
  const m = new Map(Object.entries(entries));
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    keys: () => [...m.keys()],
    get: (k: string) => m.get(k),
  };
}
const builder = builderDraftParser(data);

describe('stored drafts', () => {
  it('use one key style for every form', () => {
    expect(BUILDER_DRAFT.key).toBe('ccm:jd-builder-draft:v1');
    expect(POST_DRAFT.key).toBe('ccm:job-post-draft:v1');
    expect(draftKey('x', 2)).toBe('ccm:x-draft:v2');
  });

  it('move a builder draft saved under the old key to the new key, keeping what the visitor typed', () => {
    const state = { ...initialState(data), organization: 'Acme Health', payMin: '60000' };
    const storage = memoryStorage({
      'ccm-jd-builder-draft': JSON.stringify({ v: 1, savedAt: '2026-11-20T10:00:00Z', state }),
    });
    expect(readDraft(storage, BUILDER_DRAFT, builder)).toEqual(state);
    expect(storage.keys()).toEqual(['ccm:jd-builder-draft:v1']);
    expect(JSON.parse(storage.get('ccm:jd-builder-draft:v1')!)).toEqual(state);
    // Read again: now from the new key.
    expect(readDraft(storage, BUILDER_DRAFT, builder)).toEqual(state);
  });

  it('prefer the draft under the current key to one under an old key', () => {
    const now = { ...initialState(data), organization: 'New' };
    const old = { ...initialState(data), organization: 'Old' };
    const storage = memoryStorage({
      'ccm:jd-builder-draft:v1': JSON.stringify(now),
      'ccm-jd-builder-draft': JSON.stringify({ v: 1, state: old }),
    });
    expect(readDraft(storage, BUILDER_DRAFT, builder)?.organization).toBe('New');
  });

  it('drop a stored draft that is not JSON or not a draft, and read no draft', () => {
    for (const raw of ['{', 'null', '42', '"text"', '[]', JSON.stringify({ v: 2, state: {} })]) {
      const storage = memoryStorage({ 'ccm-jd-builder-draft': raw, 'ccm:job-post-draft:v1': raw });
      expect(readDraft(storage, BUILDER_DRAFT, builder), raw).toBeUndefined();
      expect(readDraft(storage, POST_DRAFT, postDraftParser('2026-11-29')), raw).toBeUndefined();
      expect(storage.keys(), raw).toEqual([]);
    }
  });

  it('read a post-a-job draft field by field: mistyped fields are empty, the rest kept', () => {
    const storage = memoryStorage({
      'ccm:job-post-draft:v1': JSON.stringify({ title: 'Case manager', remote: 'yes', payMin: 5 }),
    });
    expect(readDraft(storage, POST_DRAFT, postDraftParser('2026-11-29'))).toEqual({
      ...emptyForm('2026-11-29'),
      title: 'Case manager',
    });
  });

  it('treat storage that throws as no draft, and save and forget through the same keys', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    expect(readDraft(broken, BUILDER_DRAFT, builder)).toBeUndefined();
    expect(() => writeDraft(broken, BUILDER_DRAFT, {})).not.toThrow();
    const storage = memoryStorage({ 'ccm-jd-builder-draft': '{}' });
    writeDraft(storage, BUILDER_DRAFT, initialState(data));
    clearDraft(storage, BUILDER_DRAFT);
    expect(storage.keys()).toEqual([]);
  });
});
