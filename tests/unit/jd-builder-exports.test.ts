import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { chooseState, initialState } from '#src/lib/job-descriptions/builder/defaults.ts';
import { builderToDoc } from '#src/lib/job-descriptions/builder/to-doc.ts';
import { docxText, startsRtl, toDocx } from '#src/lib/job-descriptions/builder/to-docx.ts';
import { jobPosting, jobPostingSnippet } from '#src/lib/job-descriptions/builder/jsonld.ts';
import { ARABIC, EMOJI, HEBREW, HOSTILE, LONG, data } from './jd-builder-fixture';

const filled = () =>
  chooseState(
    {
      ...initialState(data),
      organization: 'Acme Health',
      organizationUrl: 'https://acme.example/',
      city: 'Boston',
      payMin: '60000',
      payMax: '72000',
      howToApply: 'Apply online',
      closingDate: '2027-01-31',
    },
    data.states[0],
  );

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file('word/document.xml')!.async('string');
}

describe('Word document', () => {
  it('is a zip with headings, the facts and bullet lists', async () => {
    const bytes = await toDocx(builderToDoc(filled(), data));
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file('[Content_Types].xml')).not.toBeNull();
    const xml = await documentXml(bytes);
    expect(xml).toContain('Acme Health');
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('w:val="Heading2"');
    expect(xml).toContain('<w:numPr>');
    expect(xml).toContain('Assess needs.');
    const numbering = await zip.file('word/numbering.xml')!.async('string');
    const used = [...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const id of new Set(used)) expect(numbering).toContain(`<w:num w:numId="${id}"`);
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(rels).toContain('Target="numbering.xml"');
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain(
      'wordprocessingml.document.main+xml',
    );
  });
  it('is laid out on US Letter with one-inch margins', async () => {
    const xml = await documentXml(await toDocx(builderToDoc(filled(), data)));
    const size = xml.match(/<w:pgSz [^>]*\/>/)![0];
    expect(size).toContain('w:w="12240"');
    expect(size).toContain('w:h="15840"');
    const margins = xml.match(/<w:pgMar [^>]*\/>/)![0];
    for (const side of ['top', 'right', 'bottom', 'left'])
      expect(margins).toContain(`w:${side}="1440"`);
  });
  it('keeps hostile text as escaped text, with emoji, right-to-left and long text', async () => {
    const doc = builderToDoc(
      {
        ...filled(),
        organization: HOSTILE,
        city: HEBREW,
        jobTitle: ARABIC,
        summary: `${EMOJI} ${LONG} \u0007bell`,
      },
      data,
    );
    const xml = await documentXml(await toDocx(doc));
    expect(xml).not.toContain('<script');
    expect(xml).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).toContain(ARABIC);
    expect(xml).toContain(HEBREW);
    expect(xml).toContain(EMOJI);
    expect(xml).toContain(LONG);
    expect(xml).toContain('<w:bidi/>');
    expect(xml).not.toContain('\u0007');
  });
  it('drops characters XML cannot hold and detects right-to-left text', () => {
    expect(docxText('a\u0000b\u001Fc \uD800 d')).toBe('abc d');
    expect(startsRtl(`  ${ARABIC}`)).toBe(true);
    expect(startsRtl(`12 ${HEBREW}`)).toBe(true);
    expect(startsRtl('Boston')).toBe(false);
  });
});

describe('JobPosting JSON-LD', () => {
  it('has the required and recommended properties', () => {
    const s = filled();
    const p = jobPosting(s, data, builderToDoc(s, data), '2026-11-23');
    expect(p).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Clinical Case Manager',
      datePosted: '2026-11-23',
      validThrough: '2027-01-31T23:59:59Z',
      employmentType: 'FULL_TIME',
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Acme Health',
        sameAs: 'https://acme.example/',
      },
      jobLocation: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressLocality: 'Boston',
          addressRegion: 'MA',
          addressCountry: 'US',
        },
      },
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'USD',
        value: { '@type': 'QuantitativeValue', minValue: 60000, maxValue: 72000, unitText: 'YEAR' },
      },
    });
    expect(p.description).toMatch(/^<h1>Clinical Case Manager<\/h1>/);
  });
  it('uses the remote form with the state applicants must live in', () => {
    const s = {
      ...filled(),
      remote: true,
      payPeriod: 'hour' as const,
      payMin: '30',
      payMax: '38.5',
    };
    const p = jobPosting(s, data, builderToDoc(s, data), '2026-11-23');
    expect(p).toMatchObject({
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: [{ '@type': 'State', name: 'Massachusetts' }],
    });
    expect(p).not.toHaveProperty('jobLocation');
    expect(p).toMatchObject({
      baseSalary: { value: { minValue: 30, maxValue: 38.5, unitText: 'HOUR' } },
    });
    const us = jobPosting({ ...s, state: '' }, data, builderToDoc(s, data), '2026-11-23');
    expect(us).toMatchObject({
      applicantLocationRequirements: { '@type': 'Country', name: 'USA' },
    });
  });
  it('leaves out sameAs that is not a web address, and pay and closing date when not given', () => {
    const s = { ...filled(), organizationUrl: 'javascript:alert(1)', payMin: '', closingDate: '' };
    const p = jobPosting(s, data, builderToDoc(s, data), '2026-11-23');
    expect(p.hiringOrganization).not.toHaveProperty('sameAs');
    expect(p).not.toHaveProperty('baseSalary');
    expect(p).not.toHaveProperty('validThrough');
  });
  it('is a complete script element that hostile text cannot close, and parses back to the same values', () => {
    const s = {
      ...filled(),
      organization: HOSTILE,
      jobTitle: `${ARABIC} ${EMOJI}`,
      howToApply: `${HEBREW} ${LONG}`,
    };
    const p = jobPosting(s, data, builderToDoc(s, data), '2026-11-23');
    const snippet = jobPostingSnippet(p);
    expect(snippet.startsWith('<script type="application/ld+json">\n')).toBe(true);
    expect(snippet.endsWith('\n</script>\n')).toBe(true);
    expect(snippet.match(/<\/script/gi)).toHaveLength(1);
    expect(snippet).not.toContain('<!--');
    // Readable: indented, and "<" escaped only where it would start "</script" or "<!--".
    expect(snippet).toContain('\n  "@type": "JobPosting",\n');
    expect(snippet).toContain('\\u003c/script><script>alert(1)\\u003c/script><img src=x');
    const json = snippet.slice(
      '<script type="application/ld+json">\n'.length,
      -'\n</script>\n'.length,
    );
    const back = JSON.parse(json);
    expect(back.hiringOrganization.name).toBe(HOSTILE);
    expect(back.title).toBe(`${ARABIC} ${EMOJI}`);
    expect(back.description).toContain('&lt;/script&gt;');
    expect(back.description).toContain(LONG);
  });
});
