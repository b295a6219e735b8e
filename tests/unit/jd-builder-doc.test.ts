import { downloadName } from '#src/lib/job-descriptions/builder/filename.ts';
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import {
  chooseState,
  initialState,
  stateFromVariant,
  switchVariant,
} from '#src/lib/job-descriptions/builder/defaults.ts';
import { builderToDoc, locationText } from '#src/lib/job-descriptions/builder/to-doc.ts';
import { toHtml } from '#src/lib/job-descriptions/builder/to-html.ts';
import { payText } from '#src/lib/job-descriptions/builder/pay-text.ts';
import {
  addItem,
  editItem,
  moveAnnouncement,
  moveItem,
  removeItem,
  toggleItem,
} from '#src/lib/job-descriptions/builder/lists.ts';
import { toMarkdown, toPlainText } from '#src/lib/job-descriptions/render.ts';
import { ARABIC, EMOJI, HEBREW, HOSTILE, LONG, data } from './jd-builder-fixture';

const filled = () => ({
  ...chooseState(
    {
      ...initialState(data),
      organization: 'Acme Health',
      city: 'Boston',
      payMin: '60000',
      payMax: '72,000',
      howToApply: 'Apply at acme.example',
      closingDate: '2027-01-31',
    },
    data.states[0],
  ),
});

describe('builder defaults', () => {
  it('start from the variant with every line ticked and preferred qualifications marked', () => {
    const s = stateFromVariant(data.variants[0]!); // the fixture (jd-builder-fixture.ts) has two variants
    expect(s.jobTitle).toBe('Clinical Case Manager');
    expect(s.duties.map((d) => [d.id, d.checked])).toEqual([
      ['assess-needs', true],
      ['plan-care', true],
      ['keep-records', true],
    ]);
    expect(s.qualifications[2]?.text).toBe('Case management certification (preferred)');
    expect(s.qualifications[1]?.kind).toBe('license');
  });
  it('switching setting keeps the employer fields and replaces the template text', () => {
    const s = switchVariant({ ...initialState(data), organization: 'Acme' }, data.variants[1]!);
    expect(s.organization).toBe('Acme');
    expect(s.jobTitle).toBe('Nurse Case Manager');
    expect(s.duties.map((d) => d.id)).toEqual(['coordinate-care']);
  });
  it('choosing a state suggests its clinical license: LICSW for Massachusetts, LCSW for New York', () => {
    const ma = chooseState(initialState(data), data.states[0]);
    expect(ma.license).toBe('LICSW');
    const ny = chooseState(ma, data.states[1]);
    expect(ny.license).toBe('LCSW');
    expect(chooseState({ ...ma, license: 'RN' }, data.states[1]).license).toBe('RN');
    expect(chooseState({ ...ma, license: 'LSW' }, data.states[0]).license).toBe('LSW');
  });
});

describe('builder state to document', () => {
  it('fills the facts, replaces the organization placeholder and puts the state license first', () => {
    const doc = builderToDoc(filled(), data);
    expect(doc.meta).toEqual([
      { label: 'Organization', value: 'Acme Health' },
      { label: 'Location', value: 'Boston, Massachusetts' },
      { label: 'Employment type', value: 'Full time' },
      { label: 'Pay', value: '$60,000 to $72,000 per year' },
      { label: 'Closing date', value: 'January 31, 2027' },
    ]);
    expect(doc.sections[0]?.paragraphs).toEqual(['Acme Health is hiring a clinical case manager.']);
    const quals = doc.sections.find((s) => s.id === 'qualifications')!.items!;
    expect(quals[0]).toBe(
      'Required: a current Massachusetts Licensed Independent Clinical Social Worker (LICSW) license.',
    );
    expect(quals).not.toContain('State license');
    expect(doc.sections.at(-1)!.paragraphs).toEqual([
      'Apply at acme.example',
      'Applications close on January 31, 2027.',
    ]);
  });
  it('replaces the general certification line with the chosen certifications', () => {
    const quals = builderToDoc({ ...filled(), certifications: ['CCM', 'ACM'] }, data).sections.find(
      (s) => s.id === 'qualifications',
    )!.items!;
    expect(quals.at(-1)).toBe(
      'Preferred: Certified Case Manager (CCM) or Accredited Case Manager (ACM-RN or ACM-SW).',
    );
    expect(quals.some((q) => q.startsWith('Case management certification'))).toBe(false);
  });
  it('leaves out unticked and empty lines, and empty sections', () => {
    const s = filled();
    const doc = builderToDoc(
      { ...s, duties: toggleItem(editItem(s.duties, 1, '   '), 0, false), skills: [] },
      data,
    );
    expect(doc.sections.find((x) => x.id === 'duties')!.items).toEqual(['Keep records.']);
    expect(doc.sections.some((x) => x.id === 'skills')).toBe(false);
  });
  it('describes remote jobs by where applicants must live', () => {
    expect(locationText({ ...filled(), remote: true }, data)).toBe(
      'Remote (applicants in Massachusetts)',
    );
    expect(locationText({ ...initialState(data), remote: true }, data)).toBe(
      'Remote (applicants in the United States)',
    );
  });
  it('writes hourly pay with cents and a single figure when min equals max', () => {
    expect(payText({ payMin: '27.5', payMax: '34', payPeriod: 'hour' })).toBe(
      '$27.50 to $34.00 per hour',
    );
    expect(payText({ payMin: '30', payMax: '30', payPeriod: 'hour' })).toBe('$30.00 per hour');
    expect(payText({ payMin: 'abc', payMax: '30', payPeriod: 'hour' })).toBe('');
  });
});

describe('list editing', () => {
  const list = initialState(data).duties;
  it('moves lines up and down and ignores moves past the ends', () => {
    expect(moveItem(list, 0, 1).map((i) => i.id)).toEqual([
      'plan-care',
      'assess-needs',
      'keep-records',
    ]);
    expect(moveItem(list, 2, -1).map((i) => i.id)).toEqual([
      'assess-needs',
      'keep-records',
      'plan-care',
    ]);
    expect(moveItem(list, 0, -1)).toBe(list);
    expect(moveItem(list, 2, 1)).toBe(list);
  });
  it('adds lines with unique ids, removes them, and announces moves', () => {
    const added = addItem(addItem(list, 'Own duty'), 'Another');
    expect(added.slice(3).map((i) => [i.id, i.text, i.checked])).toEqual([
      ['custom-4', 'Own duty', true],
      ['custom-5', 'Another', true],
    ]);
    expect(removeItem(added, 3).map((i) => i.id)).toEqual([
      'assess-needs',
      'plan-care',
      'keep-records',
      'custom-5',
    ]);
    expect(moveAnnouncement(moveItem(list, 0, 1), 1)).toBe(
      'Moved “Assess needs.” to position 2 of 3.',
    );
    expect(moveAnnouncement([{ id: 'a', text: LONG, checked: true }], 0).length).toBeLessThan(120);
  });
});

describe('HTML fragment', () => {
  it('is a clean h1/dl/h2/p/ul fragment', () => {
    const html = toHtml(builderToDoc(filled(), data));
    const $ = load(html, null, false);
    expect($('h1').text()).toBe('Clinical Case Manager');
    expect($('dt').first().text()).toBe('Organization');
    expect($('dd').first().text()).toBe('Acme Health');
    expect(
      $('h2')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual([
      'About the role',
      'Duties and responsibilities',
      'Qualifications',
      'Skills',
      'Working conditions',
      'How to apply',
    ]);
    expect(
      new Set(
        $('*')
          .map((_, el) => (el as { tagName: string }).tagName)
          .get(),
      ),
    ).toEqual(new Set(['h1', 'dl', 'dt', 'dd', 'h2', 'p', 'ul', 'li']));
  });
});

describe('hostile input stays inert text in every format', () => {
  const hostile = () => {
    const s = filled();
    return {
      ...s,
      organization: HOSTILE,
      jobTitle: `${HOSTILE} ${ARABIC}`,
      city: HEBREW,
      summary: `${EMOJI} ${LONG}`,
      duties: addItem(s.duties, HOSTILE),
      howToApply: `${HOSTILE}\n\n# not a heading`,
    };
  };
  it('HTML escapes tags and quotes and keeps emoji, RTL and long text', () => {
    const html = toHtml(builderToDoc(hostile(), data));
    expect(html).not.toMatch(/<script|<img|<\/script/i);
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;quotes&quot; &#39;single&#39; &amp;');
    const $ = load(html, null, false);
    expect($('script, img').length).toBe(0);
    expect($('dd').first().text()).toBe(HOSTILE);
    expect($('h1').text()).toContain(ARABIC);
    expect(html).toContain(HEBREW);
    expect(html).toContain(EMOJI);
    expect(html).toContain(LONG);
  });
  it('plain text keeps the characters as typed but on one line', () => {
    const text = toPlainText(builderToDoc(hostile(), data));
    expect(text).toContain(`Organization: ${HOSTILE}`);
    expect(text).toContain(`${HOSTILE} # not a heading`);
    expect(text).toContain(LONG);
  });
  it('Markdown escapes tags and Markdown syntax', () => {
    const md = toMarkdown(builderToDoc(hostile(), data));
    expect(md).not.toMatch(/<script|<img/i);
    expect(md).not.toMatch(/^# not a heading/m);
    expect(md).toContain('&lt;/script&gt;');
    expect(md).toContain(ARABIC);
    expect(md).toContain(EMOJI);
  });
});

describe('download file names', () => {
  it('are ASCII slugs of the title and organization', () => {
    expect(downloadName(['Clinical Case Manager', 'Acmé Health'], 'docx')).toBe(
      'clinical-case-manager-acme-health.docx',
    );
    expect(downloadName([HOSTILE], 'md')).toBe(
      'script-script-alert-1-script-img-src-x-onerror-alert-1-quotes-single-link-javasc.md',
    );
    expect(downloadName([ARABIC, EMOJI.replace('Care', '').replace('team', '')], 'txt')).toBe(
      'job-description.txt',
    );
    expect(downloadName([LONG], 'txt').length).toBe(84);
  });
});
