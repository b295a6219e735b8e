/**
 * The drafts' zod parsers, loaded on demand: only when a draft is stored, so a first visit loads no zod.
 */
// First: zod must be jitless before the schemas are created (see zod-jitless.ts).
import './zod-jitless.ts';

export { builderDraftParser } from '#src/lib/job-descriptions/builder/draft.ts';
export { postDraftParser } from '#src/lib/jobs/post/draft.ts';
