import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { JdDoc } from '../render';

/** Fold whitespace and drop characters XML 1.0 cannot hold (control characters, lone surrogates), so Word opens the file. */
export const docxText = (s: string): string =>
  s
    // Word refuses control characters in XML text; removing them is the point of this pattern.
    // eslint-disable-next-line no-control-regex -- the control characters are what it matches
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** True when the text starts (after digits, spaces and punctuation) with a right-to-left letter (Hebrew, Arabic). */
export const startsRtl = (s: string): boolean =>
  /^[^\p{L}]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u.test(s);

const para = (
  text: string,
  extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {},
) => {
  const t = docxText(text);
  return new Paragraph({
    ...extra,
    bidirectional: startsRtl(t),
    children: [new TextRun({ text: t, rightToLeft: startsRtl(t) })],
  });
};

/** The document's paragraphs: title, facts as "Label: value", then each section's heading, paragraphs and bullets. */
export function docxParagraphs(doc: JdDoc): Paragraph[] {
  const out: Paragraph[] = [para(doc.title, { heading: HeadingLevel.HEADING_1 })];
  for (const m of doc.meta) {
    out.push(
      new Paragraph({
        children: [
          new TextRun({ text: `${docxText(m.label)}: `, bold: true }),
          new TextRun({ text: docxText(m.value), rightToLeft: startsRtl(m.value) }),
        ],
      }),
    );
  }
  for (const s of doc.sections) {
    out.push(para(s.heading, { heading: HeadingLevel.HEADING_2 }));
    for (const p of s.paragraphs ?? []) out.push(para(p));
    for (const i of s.items ?? []) out.push(para(i, { bullet: { level: 0 } }));
  }
  return out;
}

/** US Letter (8.5 × 11 in) with one-inch margins, in twentieths of a point (1 in = 1,440). */
export const LETTER_PAGE = {
  size: { width: 12240, height: 15840 },
  margin: { top: 1440, right: 1440, bottom: 1440, left: 1440 },
} as const;

/** The description as a Word document (.docx) on US Letter, as bytes ready for a Blob or a file. */
export async function toDocx(doc: JdDoc): Promise<Uint8Array<ArrayBuffer>> {
  const file = new Document({
    title: docxText(doc.title),
    creator: 'Clinical Case Manager Guide: job description builder',
    sections: [{ properties: { page: LETTER_PAGE }, children: docxParagraphs(doc) }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}

/** The MIME type of a .docx file. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
