/* Where the post-a-job form's draft is stored: free of zod, so the island can import it without the parser. */
import { draftKey, type DraftSpec } from '../../forms/draft-store.ts';

/** Where the draft is stored (the key style every form's draft uses; this form had it from the start). */
export const POST_DRAFT: DraftSpec = { key: draftKey('job-post', 1), legacy: [] };
