import { describe, expect, it } from 'vitest';
import { breadcrumbList, readableJsonLd, serializeJsonLd } from '#src/lib/jsonld/serialize.ts';

describe('structured data', () => {
  it('numbers breadcrumb items from 1 in trail order', () => {
    const b = breadcrumbList([
      { name: 'Home', url: 'https://x.example/' },
      { name: 'Career', url: 'https://x.example/career/' },
    ]);
    expect(b['@type']).toBe('BreadcrumbList');
    expect(b.itemListElement.map((i) => [i.position, i.name])).toEqual([
      [1, 'Home'],
      [2, 'Career'],
    ]);
  });
  it('cannot be broken out of its script element by hostile text', () => {
    const hostile = { name: '</script><script>alert(1)</script><!-- & \u2028' };
    const out = serializeJsonLd(hostile);
    expect(out).not.toMatch(/<\/script/i);
    expect(out).not.toContain('<!--');
    expect(out).not.toContain('<');
    expect(out).not.toContain('\u2028');
    expect(JSON.parse(out)).toEqual(hostile);
  });
});

describe('readable JSON-LD for people to paste', () => {
  it('is indented, escapes "<" only before "/script" or "!--" in any case, and parses back unchanged', () => {
    const data = { a: '</SCRIPT><script> <!-- x --> a < b & c > d' };
    const out = readableJsonLd(data);
    expect(out).toBe('{\n  "a": "\\u003c/SCRIPT><script> \\u003c!-- x --> a < b & c > d"\n}');
    expect(JSON.parse(out)).toEqual(data);
  });
});
