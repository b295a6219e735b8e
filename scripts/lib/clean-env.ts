/**
 * The environment for a child `npm run build` started from a test. Vitest puts Vite's own variables
 * (BASE_URL, SITE, MODE, DEV, PROD, SSR, NODE_ENV=test) into process.env, and Astro would read them back
 * as import.meta.env values in the child build, overriding its config. Drop them, then add the test's own.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (
      /^(VITEST|VITE_)/.test(key) ||
      ['BASE_URL', 'SITE', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'ASSETS_PREFIX'].includes(key)
    )
      delete env[key];
  }
  return { ...env, NO_COLOR: '1', ...extra };
}
