import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks } from '../../src/lib/rehype-base-links';

const tree = () => ({
  type: 'root',
  children: [
    { type: 'element', tagName: 'a', properties: { href: '/career/' }, children: [] },
    { type: 'element', tagName: 'p', children: [{ type: 'element', tagName: 'a', properties: { href: 'https://www.aswb.org/' }, children: [] }] },
    { type: 'element', tagName: 'a', properties: { href: '//cdn.example/x' }, children: [] },
    { type: 'element', tagName: 'a', properties: { href: '#steps' }, children: [] },
  ],
});
const hrefs = (t: any): string[] => (t.children ?? []).flatMap((c: any) => [...(c.tagName === 'a' ? [c.properties.href] : []), ...hrefs(c)]);

describe('Markdown links under a base path', () => {
  it('prefixes root-relative links and leaves external, protocol-relative and in-page links alone', () => {
    const t = tree();
    rehypeBaseLinks({ base: '/ccm/' })()(t);
    expect(hrefs(t)).toEqual(['/ccm/career/', 'https://www.aswb.org/', '//cdn.example/x', '#steps']);
  });
  it('changes nothing when the site is served from the root', () => {
    const t = tree();
    rehypeBaseLinks({ base: '/' })()(t);
    expect(hrefs(t)[0]).toBe('/career/');
  });
});
