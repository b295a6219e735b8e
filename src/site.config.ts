/**
 * Site-wide settings that are not content. The deployment settings (site URL, repository, contact address)
 * come from environment variables through src/lib/site/config.ts; astro.config.mjs has already refused a
 * production build without them, so reading them here cannot fail in a build that got this far.
 */
import { readSiteConfig } from '#src/lib/site/config.ts';

export const SITE_NAME = 'Clinical Case Manager Guide';
export const SITE_TAGLINE =
  'The career, the pay, the license in your state, and job descriptions you can use — every figure sourced.';

/** This build's settings: production or development, and the three addresses. */
export const SITE = readSiteConfig(typeof process === 'undefined' ? {} : process.env);

/** True in a production build: example postings are left out entirely. */
export const IS_PRODUCTION = SITE.env === 'production';

/** The contact address as a mailto: link. */
export const CONTACT_MAILTO = `mailto:${SITE.contactEmail}`;

/** Where visitors send corrections: the contact address (pages that can, link the issue form instead). */
export const CORRECTIONS_URL = CONTACT_MAILTO;
