import type { JdDoc } from '../render';

import { escapeHtml } from '../../text/html';

const text = (s: string): string => escapeHtml(s.replace(/\s+/g, ' ').trim());

/**
 * The description as a clean HTML fragment (h1, dl of facts, h2 sections with p and ul/li), every value escaped,
 * for pasting into a careers page or applicant tracking system and for JobPosting.description.
 */
export function toHtml(doc: JdDoc): string {
  const out = [`<h1>${text(doc.title)}</h1>`];
  if (doc.meta.length)
    out.push(
      `<dl>\n${doc.meta.map((m) => `<dt>${text(m.label)}</dt><dd>${text(m.value)}</dd>`).join('\n')}\n</dl>`,
    );
  for (const s of doc.sections) {
    out.push(`<h2>${text(s.heading)}</h2>`);
    for (const p of s.paragraphs ?? []) out.push(`<p>${text(p)}</p>`);
    if (s.items?.length)
      out.push(`<ul>\n${s.items.map((i) => `<li>${text(i)}</li>`).join('\n')}\n</ul>`);
  }
  return out.join('\n') + '\n';
}
