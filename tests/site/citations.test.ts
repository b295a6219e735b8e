import { describe, expect, it } from 'vitest';
import { htmlFiles, page, routeOf } from './built';

const guidePages = htmlFiles()
  .map(routeOf)
  .filter((r) => r.startsWith('/career/'));

describe('career guide citations are numbered notes', () => {
  it('every citation on a guide page is a "[n]" note, none an inline "(Source: …)"', () => {
    for (const route of guidePages) {
      const $ = page(route);
      const inline = $('main .cite a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(
        inline,
        `${route}: add these source ids to "sources" in the page's frontmatter (content/guide/) so they are numbered`,
      ).toEqual([]);
    }
  });
  it('each note number links to the matching entry of the page’s source list, numbered in reading order', () => {
    for (const route of guidePages) {
      const $ = page(route);
      const notes = $('.page-sources ol > li')
        .map((_, li) => $(li).attr('id'))
        .get();
      const firstSeen: number[] = [];
      $('main a.ref').each((_, a) => {
        const target = $(a).attr('href')!.slice(1);
        const n = notes.indexOf(target) + 1;
        expect(n, `${route}: ${target}`).toBeGreaterThan(0);
        expect($(a).text(), route).toBe(`[${n}]`);
        if (!firstSeen.includes(n)) firstSeen.push(n);
      });
      expect(
        firstSeen,
        `${route}: list the frontmatter sources in the order the page first cites them`,
      ).toEqual([...firstSeen].sort((a, b) => a - b));
    }
  });
  it('a note for a source that is not official says so, in the note and to screen readers', () => {
    const $ = page('/career/');
    const note = $('#source-note-seed-how-to-become');
    expect(note.text()).toContain('(not official)');
    const ref = $('main a.ref[href="#source-note-seed-how-to-become"]').first();
    expect(ref.attr('aria-label')).toMatch(/^Source \d+: .*, not official$/);
  });
});
