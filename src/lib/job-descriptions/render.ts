/** A job description as structured text, before it becomes plain text, Markdown or HTML. */
export interface JdDoc {
  title: string;
  /** Short facts under the title: organization, location, pay, schedule. */
  meta: { label: string; value: string }[];
  sections: JdSection[];
}
export interface JdSection {
  id: string;
  heading: string;
  paragraphs?: string[];
  items?: string[];
}

/** Fold any run of whitespace (including line breaks a user typed) into one space, so a value cannot add structure. */
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** One section as plain text: heading, blank line, paragraphs, and "- " bullets. */
export function sectionToText(s: JdSection): string {
  const body = [
    ...(s.paragraphs ?? []).map(oneLine),
    ...(s.items ?? []).map((i) => `- ${oneLine(i)}`),
  ];
  return [s.heading, '', ...body].join('\n');
}

/** The whole description as plain text, for pasting into any hiring system. */
export function toPlainText(doc: JdDoc): string {
  const meta = doc.meta.map((m) => `${m.label}: ${oneLine(m.value)}`);
  return (
    [
      oneLine(doc.title),
      ...(meta.length ? ['', ...meta] : []),
      ...doc.sections.flatMap((s) => ['', sectionToText(s)]),
    ].join('\n') + '\n'
  );
}

/**
 * Escape text for Markdown so that whatever it contains shows as typed: no headings, links, emphasis, HTML or lists
 * appear that the writer did not intend. Backslash-escapes Markdown punctuation and writes < > & as entities.
 */
export function escapeMarkdown(s: string): string {
  return oneLine(s)
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** One section as Markdown. */
export function sectionToMarkdown(s: JdSection): string {
  const body = [
    ...(s.paragraphs ?? []).map(escapeMarkdown),
    ...(s.items ?? []).map((i) => `- ${escapeMarkdown(i)}`),
  ];
  return [`## ${escapeMarkdown(s.heading)}`, '', ...body].join('\n');
}

/** The whole description as Markdown. */
export function toMarkdown(doc: JdDoc): string {
  const meta = doc.meta.map((m) => `**${escapeMarkdown(m.label)}:** ${escapeMarkdown(m.value)}  `);
  return (
    [
      `# ${escapeMarkdown(doc.title)}`,
      ...(meta.length ? ['', ...meta] : []),
      ...doc.sections.flatMap((s) => ['', sectionToMarkdown(s)]),
    ].join('\n') + '\n'
  );
}
