/**
 * The heavy half of the post-a-job form: the jobs schema (zod) and the YAML writer. Loaded on demand, when the
 * visitor first focuses the form, so the page's first load carries only React and the form itself.
 */
// First: zod must be jitless before the jobs schema is created (see zod-jitless.ts). A z.config() call here ran
// too late, after the imports below had created their schemas and probed for eval.
import '../forms/zod-jitless.ts';

export { validatePost } from '#src/lib/jobs/post/validate.ts';
export { jobToYaml } from '#src/lib/jobs/job-yaml.ts';
