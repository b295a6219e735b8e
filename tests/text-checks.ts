/**
 * Editorial checks shared by the site tests (every built page) and the unit tests (the builder's exports):
 * British spellings on a US site, and words run together where markup or a template swallowed a space.
 */
import { load } from 'cheerio';
import type { AnyNode } from 'domhandler';

/** British spellings (whole words, any case) and the US spelling to use instead. */
export const BRITISH: ReadonlyArray<readonly [RegExp, string]> = [
  [/\borganis(?:e|es|ed|ing|er|ers|ation|ations|ational)\b/giu, 'organiz…'],
  [/\butilis(?:e|es|ed|ing|ation)\b/giu, 'utiliz…'],
  [/\bprogrammes?\b/giu, 'program'],
  [/\bauthoris(?:e|es|ed|ing|ation|ations)\b/giu, 'authoriz…'],
  [/\bcentres?\b/giu, 'center'],
  [/\bprioritis(?:e|es|ed|ing|ation)\b/giu, 'prioritiz…'],
  [/\brotas?\b/giu, 'schedule or roster'],
  [/\blicences?\b/giu, 'license'],
  [/\bpractis(?:e|es|ed|ing)\b/giu, 'practice'],
  [/\bbehaviours?(?:al)?\b/giu, 'behavior'],
  [/\bcolours?\b/giu, 'color'],
  [/\bfavour(?:s|ed|ite|ites|able)?\b/giu, 'favor'],
  [/\bhonours?\b/giu, 'honor'],
  [/\blabour\b/giu, 'labor'],
  [/\brecognis(?:e|es|ed|ing)\b/giu, 'recogniz…'],
  [/\bsummaris(?:e|es|ed|ing)\b/giu, 'summariz…'],
  [/\banalys(?:e|es|ed|ing)\b/gu, 'analyz…'],
  [/\bspecialis(?:e|es|ed|ing|ation)\b/giu, 'specializ…'],
  [/\bminimis(?:e|es|ed|ing)\b/giu, 'minimiz…'],
  [/\bemphasis(?:e|es|ed|ing)\b/giu, 'emphasiz…'],
  [/\bstandardis(?:e|es|ed|ing|ation)\b/giu, 'standardiz…'],
  [/\bcounsell(?:ing|or|ors)\b/giu, 'counseling'],
  [/\btravell(?:ing|ed|er|ers)\b/giu, 'traveling'],
  [/\bcancell(?:ed|ing)\b/giu, 'canceled'],
  [/\blabell(?:ed|ing)\b/giu, 'labeled'],
  [/\bmodell(?:ed|ing)\b/giu, 'modeled'],
  [/\benrolments?\b/giu, 'enrollment'],
  [/\bfulfilment\b/giu, 'fulfillment'],
  [/\bageing\b/giu, 'aging'],
  [/\bpaediatric/giu, 'pediatric'],
  [/\bjudgement\b/giu, 'judgment'],
  [/\bcatalogue\b/giu, 'catalog'],
  [/\bdefence\b/giu, 'defense'],
  [/\bwhilst\b/giu, 'while'],
  [/\bamongst\b/giu, 'among'],
  [/\bcheques?\b/giu, 'check'],
  [/\bgrey\b/giu, 'gray'],
  // Boxes are checked in the US; a chart's tick marks stay ticks.
  [
    /\b(?:un)?tick(?:s|ed|ing)?\b(?= (?:the|a|an|it|remote|any|each|one|this|at)\b| [“"])|\buntick/giu,
    'check (a box)',
  ],
];

/** The British spellings in a text, each with a little context, after removing the allowed strings. */
export function britishSpellings(text: string, allowed: readonly string[] = []): string[] {
  let rest = text;
  for (const a of allowed) rest = rest.replaceAll(a, ' ');
  return BRITISH.flatMap(([re, us]) =>
    [...rest.matchAll(re)].map((m) => {
      const at = m.index ?? 0;
      return `"${m[0]}" (use ${us}) in "…${rest.slice(Math.max(0, at - 40), at + m[0].length + 30)}…"`;
    }),
  );
}

/** Elements a browser lays out as blocks or boxes: their text never runs into their neighbors' text. */
const BLOCK = new Set(
  (
    'address article aside blockquote br button caption dd details dialog div dl dt fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 header hr img input label legend li main nav ol option p pre ' +
    'section select summary sup table tbody td textarea tfoot th thead tr ul'
  ).split(' '),
);
/** Elements whose text is never shown as page text. */
const SKIP = new Set(['script', 'style', 'template', 'svg', 'noscript', 'head']);

/** Marks where an inline element starts or ends, so a check can tell "to<a>x</a>" from "to <a>x</a>". */
export const SEAM = '\uE000';

/**
 * The text of an HTML fragment as a browser would lay it out: blocks on their own lines, inline elements'
 * edges marked with SEAM (spaces are kept as they are, whitespace runs folded).
 */
export function laidOutText(html: string): string {
  const $ = load(html);
  const out: string[] = [];
  const walk = (n: AnyNode) => {
    if (n.type === 'text') {
      out.push(n.data);
      return;
    }
    if (n.type !== 'tag' && n.type !== 'root') return;
    if ('name' in n) {
      if (SKIP.has(n.name) || n.attribs.hidden !== undefined) return;
    }
    const mark = 'name' in n ? (BLOCK.has(n.name) ? '\n' : SEAM) : '';
    out.push(mark);
    for (const c of n.children) walk(c);
    out.push(mark);
  };
  $.root().each((_, root) => walk(root));
  return out
    .join('')
    .replace(/[ \t\r\f]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n');
}

/**
 * Places where two words run together in laid-out text (see laidOutText), each with some context:
 * a word or sentence end touching a word across an inline element's edge ("to<a>corrections@…</a>"),
 * a sentence run into the next ("2026.State"), a word run into an abbreviation ("licenseLCSW") and an amount
 * into a word ("$63,100a year").
 */
export function runTogether(laidOut: string, allowed: readonly string[] = []): string[] {
  const lines = laidOut.split('\n');
  const found = new Set<string>();
  const context = (s: string, at: number) =>
    s.slice(Math.max(0, at - 40), at + 30).replaceAll(SEAM, '|');
  for (const line of lines) {
    const checks: RegExp[] = [
      /[\p{L}\p{N}.,;:!?)\]]\uE000+[\p{L}\p{N}(]/gu,
      /[\p{Ll}\p{N}]{2}[.!?]\uE000*\p{Lu}\p{Ll}/gu,
      /\p{Ll}{3}\uE000*\p{Lu}{2,}/gu,
      /\$\d[\d,]*(?:\.\d+)?\uE000*\p{L}/gu,
    ];
    const starts = new Set<number>();
    for (const re of checks) for (const m of line.matchAll(re)) starts.add(m.index ?? 0);
    for (const at of [...starts].sort((a, b) => a - b)) {
      const ctx = context(line, at);
      if (!allowed.some((a) => ctx.replaceAll('|', '').includes(a))) found.add(ctx);
    }
  }
  return [...found];
}
