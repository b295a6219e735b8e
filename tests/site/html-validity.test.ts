import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { DIST, htmlFiles } from './built';

const validator = new HtmlValidate({
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
  },
});

describe('HTML validity of every built page', () => {
  it.each(htmlFiles())('%s is valid HTML', async (file) => {
    const report = await validator.validateFile(join(DIST, file));
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
    expect(messages).toEqual([]);
  });
});
