import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { DIST, dataOf, htmlFiles } from './built';

/** Text of each block (paragraph, list item, cell, caption...) of a page's <main>, as a reader sees it. */
function blocks(file: string): string[] {
  const $ = load(readFileSync(join(DIST, file), 'utf8'));
  $('main script, main style, main template').remove();
  // A div starts a new line and a button is a control of its own: their text never runs on from what is
  // before or after them (a list item of the builder holds its line's label, then its buttons, each in a div).
  $('main div, main button').before(' ').after(' ');
  return $(
    'main p, main li, main td, main th, main dd, main dt, main caption, main h1, main h2, main h3',
  )
    .filter((_, el) => $(el).find('p, li, ul, ol, table, dl').length === 0)
    .map((_, el) => $(el).text().replace(/\s+/g, ' ').trim())
    .get();
}

/** Words that belong in research notes, never on a page. */
const RESEARCH = [
  /stored cop(?:y|ies)/i,
  /no URL returned/i,
  /URL returned/i,
  /inferred from/i,
  /not readable/i,
  /\bexcerpts?\b/i,
  /\bsearch results\b/i,
  /research cop(?:y|ies)/i,
  /\bas copied\b/i,
  /\bon the copy\b/i,
  /\b(?:as|when) stored\b/i,
  /\(searched\)/i,
  /\btreat as (?:a )?lead\b/i,
  /\bpreview-stage\b/i,
];
/** Two sentences run together: "2026.1 of the 10", "2026.State licensing board". */
const RUN_TOGETHER = /\b(?:19|20)\d\d\.(?:\d|[A-Z][a-z])|\b[a-z]{3,}\.[A-Z][a-z]{2,}/;
/** A sentence ending twice: "Issuance.." (an ellipsis "..." is fine). */
const DOUBLE_PERIOD = /(?<!\.)\.\.(?!\.)/;
/** "a" before a state name that starts with a vowel sound. */
const A_VOWEL =
  /\ba (?:Alabama|Alaska|Arizona|Arkansas|Idaho|Illinois|Indiana|Iowa|Ohio|Oklahoma|Oregon)\b/;

const files = htmlFiles();
/** Each page's blocks, read once for all the checks below (each check reads every page). */
const cache = new Map<string, string[]>();
const blocksOf = (file: string): string[] => {
  if (!cache.has(file)) cache.set(file, blocks(file));
  return cache.get(file)!;
};
const sourceIds = [...dataOf('sources').keys()].filter((id) => /-.*-/.test(id));

describe('editorial checks on every built page', () => {
  it('shows no research notes', () => {
    const hits = files.flatMap((f) =>
      blocksOf(f).flatMap((t) =>
        RESEARCH.filter((r) => r.test(t)).map((r) => `${f}: ${r} in "${t}"`),
      ),
    );
    expect(hits).toEqual([]);
  });
  it('shows no internal source ids in the text', () => {
    const ids = new RegExp(`\\b(?:${sourceIds.map((i) => i.replace(/[-]/g, '\\-')).join('|')})\\b`);
    const hits = files.flatMap((f) =>
      blocksOf(f)
        .filter((t) => ids.test(t))
        .map((t) => `${f}: "${t.match(ids)![0]}" in "${t}"`),
    );
    expect(hits).toEqual([]);
  });
  it('never runs two sentences together', () => {
    const hits = files.flatMap((f) =>
      blocksOf(f)
        .filter((t) => RUN_TOGETHER.test(t))
        .map((t) => `${f}: "${t.match(RUN_TOGETHER)![0]}" in "${t}"`),
    );
    expect(hits).toEqual([]);
  });
  it('never ends a sentence with two periods', () => {
    const hits = files.flatMap((f) =>
      blocksOf(f)
        .filter((t) => DOUBLE_PERIOD.test(t))
        .map((t) => `${f}: ${t}`),
    );
    expect(hits).toEqual([]);
  });
  it('says "an" before a state name with a vowel sound', () => {
    const hits = files.flatMap((f) =>
      blocksOf(f)
        .filter((t) => A_VOWEL.test(t))
        .map((t) => `${f}: ${t}`),
    );
    expect(hits).toEqual([]);
  });
});
