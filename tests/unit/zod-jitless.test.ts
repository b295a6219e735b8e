import { expect, it } from 'vitest';

/**
 * The post-a-job page's CSP forbids eval. zod 4 probes for it (new Function("")) when it creates an object schema
 * unless jitless is set first; the browser reports the caught probe as a securitypolicyviolation. This file
 * imports nothing else, so zod is loaded fresh by the checker, as in the browser bundle.
 */
it('the post-a-job checker creates its schemas without probing for eval', async () => {
  const probes: unknown[] = [];
  const RealFunction = globalThis.Function;
  globalThis.Function = new Proxy(RealFunction, {
    construct(_target, args) {
      probes.push(args);
      throw new EvalError('Refused to evaluate a string as JavaScript (CSP)');
    },
  });
  try {
    const { validatePost } = await import('#src/islands/job-post/checker.ts');
    const { emptyForm } = await import('#src/lib/jobs/post/form.ts');
    validatePost(emptyForm('2026-11-29'));
  } finally {
    globalThis.Function = RealFunction;
  }
  expect(probes).toEqual([]);
});
