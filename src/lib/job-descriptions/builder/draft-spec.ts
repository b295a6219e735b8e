/* Where the builder's draft is stored: free of zod, so the island can import it without loading the parser. */
import { draftKey, type DraftSpec } from '../../forms/draft-store.ts';

/** Where the draft is stored; drafts saved before the one key style sat under the old key, in an envelope. */
export const BUILDER_DRAFT: DraftSpec = {
  key: draftKey('jd-builder', 1),
  legacy: [
    {
      key: 'ccm-jd-builder-draft',
      // { v: 1, savedAt, state }: only version 1 was ever written.
      upgrade: (json) =>
        typeof json === 'object' && json !== null && (json as { v?: unknown }).v === 1
          ? (json as { state?: unknown }).state
          : undefined,
    },
  ],
};
