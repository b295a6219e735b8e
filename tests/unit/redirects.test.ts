import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { redirectsFile } from '../../scripts/redirects.ts';

describe('public/_redirects', () => {
  const lines = readFileSync('public/_redirects', 'utf8').split('\n');
  it('is what npm run redirects writes from content/states (run it after adding a jurisdiction)', () => {
    expect(readFileSync('public/_redirects', 'utf8')).toBe(redirectsFile());
  });
  it('sends every postal code to its state page, permanently', () => {
    expect(lines).toContain('/licensing/tx/ /licensing/texas/ 301');
    expect(lines).toContain('/licensing/dc/ /licensing/district-of-columbia/ 301');
    expect(lines.filter((l) => /^\/licensing\/[a-z]{2}\/ /.test(l))).toHaveLength(51);
  });
});
