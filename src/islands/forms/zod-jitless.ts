/**
 * zod 4 probes for eval (new Function("")) when it creates an object schema, unless `jitless` is set first. The
 * site's CSP forbids eval, and browsers report the caught probe as a securitypolicyviolation (Chrome logs no
 * console message for it). Imported first by job-post/checker.ts and draft-parsers.ts: ES modules run in import order, so this runs before any
 * module that creates a schema.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
