/**
 * A page's structure: the set of element kinds it is built from, each kind being an element's tag, class, role
 * and the names of its ARIA and data attributes. Two pages of one template with the same structure differ only
 * in their words, numbers and how often an element repeats; the browser sweep visits one of them (see
 * tests/sweep-sample.ts), and the site tests check the words and numbers of both.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

/** The structure of an HTML page as one string, the same for pages built from the same element kinds. */
export function pageStructure(html: string): string {
  const kinds = new Set<string>();
  for (const el of DomUtils.findAll(() => true, parseDocument(html).children)) {
    const a = el.attribs;
    const names = Object.keys(a)
      .filter((k) => k.startsWith('aria-') || k.startsWith('data-'))
      .sort();
    kinds.add([el.name, a.class ?? '', a.role ?? '', names.join(',')].join('|'));
  }
  return [...kinds].sort().join('\n');
}
