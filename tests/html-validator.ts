import { HtmlValidate } from 'html-validate';

/** The html-validate rules every built page must pass (used by the site's HTML validity test and the hostile-content test). */
export const validator = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:a11y'],
  rules: {
    // Astro writes <!DOCTYPE html> and void elements without a closing slash; both are valid HTML.
    'doctype-style': 'off',
    'void-style': 'off',
    // Long URLs in the sources list and hashes in the CSP meta are legitimate.
    'long-title': 'off',
    // Astro adds data-astro-cid-* attributes to scoped elements.
    'attribute-misuse': 'error',
    'no-inline-style': 'off',
    // React writes boolean attributes as selected="" and Astro as bare names; both are valid HTML.
    'attribute-boolean-style': 'off',
    // React's server renderer writes some attributes as React spells them (noValidate, autoComplete, inputMode);
    // HTML attribute names are not case-sensitive, so both spellings mean the same.
    'attr-case': ['error', { style: ['lowercase', 'camelcase'] }],
    // Prettier lays .astro markup out over several lines; a space before a line break is harmless in HTML.
    'no-trailing-whitespace': 'off',
  },
});
