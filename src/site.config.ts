/** Site-wide settings that are not content. The canonical origin comes from astro.config (SITE_URL). */
export const SITE_NAME = 'Clinical Case Manager Guide';
export const SITE_TAGLINE =
  'The career, the pay, the license in your state, and job descriptions you can use — every figure sourced.';
/** Where visitors send corrections (an issue tracker or mailbox). */
export const CORRECTIONS_URL = 'mailto:corrections@clinical-case-manager.example';
