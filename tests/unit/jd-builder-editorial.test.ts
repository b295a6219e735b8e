import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parse } from 'yaml';
import { chooseState, stateFromVariant } from '#src/lib/job-descriptions/builder/defaults.ts';
import { builderToDoc } from '#src/lib/job-descriptions/builder/to-doc.ts';
import { toDocx } from '#src/lib/job-descriptions/builder/to-docx.ts';
import { toHtml } from '#src/lib/job-descriptions/builder/to-html.ts';
import { jobPosting, jobPostingSnippet } from '#src/lib/job-descriptions/builder/jsonld.ts';
import { toMarkdown, toPlainText } from '#src/lib/job-descriptions/render.ts';
import { forPerson, type Person } from '#src/lib/job-descriptions/person.ts';
import type { BuilderData, VariantData } from '#src/lib/job-descriptions/builder/types.ts';
import { britishSpellings, laidOutText, runTogether, SEAM } from '../text-checks';
import { data as fixture } from './jd-builder-fixture';

type Yaml = Record<string, unknown> & { order?: number };
const folder = (name: string): Map<string, Yaml> =>
  new Map(
    readdirSync(join('content', name))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [
        f.replace(/\.yaml$/, ''),
        parse(readFileSync(join('content', name, f), 'utf8')) as Yaml,
      ]),
  );

/** The builder's variants from the real content, the way load-data.ts builds them (without astro:content). */
function realVariants(): VariantData[] {
  const [duties, skills, quals] = [folder('duties'), folder('skills'), folder('qualifications')];
  return [...folder('jd-templates')].map(([id, t]) => {
    const say = (s: unknown) => forPerson(String(s), (t.person as Person) ?? 'client');
    return {
      id,
      setting: String(t.setting),
      jobTitle: String(t.jobTitle),
      summary: String(t.summary),
      workingConditions: String(t.workingConditions),
      duties: (t.duties as string[]).map((d) => ({ id: d, text: say(duties.get(d)!.text) })),
      skills: (t.skills as string[]).map((k) => ({ id: k, text: say(skills.get(k)!.jdLine) })),
      qualifications: (t.qualifications as string[]).map((q) => {
        const e = quals.get(q)!;
        return {
          id: q,
          text: say(e.text),
          kind: e.kind as string,
          usually: e.usually as 'required' | 'preferred' | 'depends',
        };
      }),
    };
  });
}

const data: BuilderData = { ...fixture, variants: realVariants() };

/** Every export of every variant, filled in with a state, a license, certifications, pay and a closing date. */
async function allExports(): Promise<{ name: string; text: string; html?: string }[]> {
  const out: { name: string; text: string; html?: string }[] = [];
  for (const v of data.variants) {
    const s = {
      ...chooseState(
        {
          ...stateFromVariant(v),
          organization: 'Acme Health',
          organizationUrl: 'https://acme.example/',
          city: 'Boston',
          payMin: '60000',
          payMax: '72000',
          howToApply: 'Apply online.',
          closingDate: '2027-01-31',
        },
        data.states[0],
      ),
      certifications: ['CCM', 'ACM'],
    };
    const doc = builderToDoc(s, data);
    const html = toHtml(doc);
    const zip = await JSZip.loadAsync(await toDocx(doc));
    const docxXml = await zip.file('word/document.xml')!.async('string');
    out.push(
      { name: `${v.id} text`, text: toPlainText(doc) },
      { name: `${v.id} Markdown`, text: toMarkdown(doc) },
      { name: `${v.id} HTML`, text: laidOutText(html), html },
      { name: `${v.id} .docx`, text: [...docxXml.matchAll(/<w:t[^>]*>([^<]*)/g)].join(' ') },
      {
        name: `${v.id} JSON-LD`,
        text: jobPostingSnippet(jobPosting(s, data, doc, '2026-11-29')),
      },
    );
  }
  return out;
}

describe('the builder’s exports, for every template', () => {
  it('cover all six templates', () => {
    expect(data.variants.length).toBe(6);
  });
  it('use US spellings only', async () => {
    const found = (await allExports()).flatMap((e) =>
      britishSpellings(e.text).map((hit) => `${e.name}: ${hit}`),
    );
    expect(found).toEqual([]);
  });
  it('keep the spaces between words in the HTML export', async () => {
    const found = (await allExports())
      .filter((e) => e.html)
      .flatMap((e) => runTogether(laidOutText(e.html!)).map((hit) => `${e.name}: ${hit}`));
    expect(found).toEqual([]);
  });
  it('the check itself catches a British spelling and a swallowed space', () => {
    expect(britishSpellings('Weekend cover on a rota; your organisation’s programme')).toHaveLength(
      3,
    );
    // Boxes are ticked in British English and checked in US English; a chart's tick marks are fine.
    expect(britishSpellings('Untick the lines. Tick remote, or tick “Remote”.')).toHaveLength(3);
    expect(britishSpellings('One tick per state’s median; the ticks mark each median.')).toEqual(
      [],
    );
    expect(
      runTogether(laidOutText('<p>email it to<a href="#">corrections@x</a>.</p>')),
    ).toHaveLength(1);
    expect(runTogether(laidOutText('<p>Updated 2026.<b>State</b> rules</p>'))).toHaveLength(1);
    expect(runTogether(laidOutText('<dl><dt>Clinical license</dt><dd>LCSW</dd></dl>'))).toEqual([]);
    expect(runTogether(laidOutText('<p>$43,810–$63,100a year</p>'))).toHaveLength(1);
    expect(laidOutText('<p>a<a>b</a></p>')).toContain(SEAM);
  });
});

describe('a template speaks of clients or patients, never both', () => {
  it('turns every form of the other word into the setting’s word', () => {
    expect(forPerson("Assess each client's needs; Clients and CLIENT", 'patient')).toBe(
      "Assess each patient's needs; Patients and PATIENT",
    );
    expect(forPerson('before a patient leaves; patients’ homes', 'client')).toBe(
      'before a client leaves; clients’ homes',
    );
    expect(forPerson('outpatient care', 'client')).toBe('outpatient care');
  });
  it('no real template mixes the two words', () => {
    for (const v of data.variants) {
      const all = [v.summary, v.workingConditions, ...v.duties, ...v.skills, ...v.qualifications]
        .map((x) => (typeof x === 'string' ? x : x.text))
        .join(' ');
      const words = new Set(
        [...all.matchAll(/\b(client|patient)s?\b/gi)].map((m) => m[1]!.toLowerCase()), // the group is required
      );
      expect(words.size, `${v.id}: ${[...words].join(', ')}`).toBeLessThanOrEqual(1);
    }
  });
  it('the hospital template asks for one license line, not a general one and an RN one', () => {
    const hospital = data.variants.find((v) => v.id === 'hospital')!;
    expect(hospital.qualifications.filter((q) => q.kind === 'license')).toHaveLength(1);
  });
});
