import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  toMarkdown,
  toPlainText,
  type JdDoc,
} from '#src/lib/job-descriptions/render.ts';
import { jdFromTemplate } from '#src/lib/job-descriptions/from-template.ts';

const doc: JdDoc = {
  title: 'Clinical Case Manager',
  meta: [{ label: 'Organization', value: 'Acme Health' }],
  sections: [
    { id: 'about', heading: 'About the role', paragraphs: ['You will assess needs.'] },
    { id: 'duties', heading: 'Duties', items: ['Assess needs.', 'Plan care.'] },
  ],
};

describe('job description as plain text', () => {
  it('lays out title, facts, headings, paragraphs and bullets', () => {
    expect(toPlainText(doc)).toBe(
      'Clinical Case Manager\n\nOrganization: Acme Health\n\nAbout the role\n\nYou will assess needs.\n\nDuties\n\n- Assess needs.\n- Plan care.\n',
    );
  });
  it('keeps hostile text as text and folds line breaks a user typed', () => {
    const text = toPlainText({
      ...doc,
      meta: [{ label: 'Organization', value: '</script><b>x</b>\n\n# Heading' }],
    });
    expect(text).toContain('Organization: </script><b>x</b> # Heading');
  });
});

describe('job description as Markdown', () => {
  it('writes headings, bold facts and lists', () => {
    const md = toMarkdown(doc);
    expect(
      md.startsWith(
        '# Clinical Case Manager\n\n**Organization:** Acme Health  \n\n## About the role\n\nYou will assess needs\\.\n\n## Duties\n\n- Assess needs\\.\n- Plan care\\.\n',
      ),
    ).toBe(true);
  });
  it('escapes Markdown and HTML so user text cannot add links, headings, emphasis or tags', () => {
    expect(
      escapeMarkdown('[click](javascript:alert(1)) *bold* # h <img src=x onerror=alert(1)> & _x_'),
    ).toBe(
      '\\[click\\]\\(javascript:alert\\(1\\)\\) \\*bold\\* \\# h &lt;img src=x onerror=alert\\(1\\)&gt; &amp; \\_x\\_',
    );
  });
  it('keeps emoji and right-to-left text as they are', () => {
    expect(escapeMarkdown('Care 🤝 رعاية')).toBe('Care 🤝 رعاية');
  });
  it('handles very long text without losing any of it', () => {
    const long = 'a'.repeat(20000);
    expect(
      toPlainText({ ...doc, sections: [{ id: 'x', heading: 'H', paragraphs: [long] }] }),
    ).toContain(long);
  });
});

describe('a template becomes a document', () => {
  it('has the six sections in order, with preferred qualifications marked', () => {
    const d = jdFromTemplate({
      jobTitle: 'Nurse Case Manager (RN)',
      summary: 'About.',
      workingConditions: 'Hospital.',
      duties: [{ text: 'Assess.' }],
      qualifications: [
        { text: 'RN license', usually: 'required' },
        { text: 'CCM', usually: 'preferred' },
      ],
      skills: [{ jdLine: 'Communicates well.' }],
    });
    expect(d.sections.map((s) => s.heading)).toEqual([
      'About the role',
      'Duties and responsibilities',
      'Qualifications',
      'Skills',
      'Working conditions',
      'How to apply',
    ]);
    expect(d.sections[2]?.items).toEqual(['RN license', 'CCM (preferred)']);
  });
});
