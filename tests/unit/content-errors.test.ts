import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childBuild } from '../child-build.ts';
import { copyContent } from '../content-copy.ts';

/**
 * Build a copy of the real content with one deliberately malformed file from tests/fixtures/bad-data/ added,
 * in temporary folders (content, cache and output), and return what the build printed and its exit code.
 */
function buildWith(fixture: string, collection: string) {
  const work = mkdtempSync(join(tmpdir(), 'ccm-bad-'));
  const content = join(work, 'content');
  copyContent(content);
  cpSync(join('tests/fixtures/bad-data', collection, fixture), join(content, collection, fixture));
  const run = childBuild(work, { CONTENT_DIR: content });
  rmSync(work, { recursive: true, force: true });
  return run;
}

describe('a malformed data file fails the build with a message that says what to fix', () => {
  it('names the file, the fields and what was expected when a source has a bad URL and kind', () => {
    const { code, output } = buildWith('bad-url.yaml', 'sources');
    expect(code).not.toBe(0);
    expect(output).toContain('sources/bad-url.yaml');
    expect(output).toMatch(/url: expected an http\(s\) URL/);
    expect(output).toMatch(/kind: Invalid option: expected one of "official-statistics"/);
  });

  it('names the file, the field and the fix when a record cites a source that does not exist', () => {
    const { code, output } = buildWith('dangling-source.yaml', 'duties');
    expect(code).not.toBe(0);
    expect(output).toContain(
      'duties/dangling-source.yaml: field "sources[0]" cites source "no-such-source", which does not exist',
    );
    expect(output).toContain('Add content/sources/no-such-source.yaml');
  });
});

describe('a data file that cannot be read fails the build naming the file (issue 13)', () => {
  it('a job file that is not valid YAML: the file and the line, not "Unable to load your Astro config"', () => {
    const { code, output } = buildWith('broken-yaml.yaml', 'jobs');
    expect(code).not.toBe(0);
    // The content layer reads the postings (the config no longer does) and names the file and the line.
    expect(output).toMatch(/jobs\/broken-yaml\.yaml failed to parse/);
    expect(output).toMatch(/jobs\/broken-yaml\.yaml:\d+:\d+/);
    expect(output).not.toContain('Unable to load your Astro config');
  });

  it('an empty or comment-only file: the file, said to be empty', () => {
    const { code, output } = buildWith('empty.yaml', 'skills');
    expect(code).not.toBe(0);
    expect(output).toContain('skills/empty.yaml is empty (or holds only comments)');
    expect(output).not.toContain("reading 'slug'");
  });
});

describe('a guide page citing a source that does not exist (issue 13)', () => {
  it('names the field as sources[0], not "[0]"', () => {
    const { code, output } = buildWith('dangling-guide-source.mdx', 'guide');
    expect(code).not.toBe(0);
    expect(output).toContain(
      'guide/dangling-guide-source.mdx: field "sources[0]" cites source "no-such-source"',
    );
  });
});
