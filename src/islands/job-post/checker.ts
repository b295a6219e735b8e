/**
 * The heavy half of the post-a-job form: the jobs schema (zod) and the YAML writer. Loaded on demand, when the
 * visitor first focuses the form, so the page's first load carries only React and the form itself.
 */
import { z } from 'astro/zod';

export { validatePost } from '#src/lib/jobs/post/validate.ts';
export { jobToYaml } from '#src/lib/jobs/job-yaml.ts';

// zod 4 probes for eval() to speed up parsing; the site's CSP forbids eval, so the probe would log a violation.
z.config({ jitless: true });
