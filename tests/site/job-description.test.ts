import { describe, expect, it } from 'vitest';
import { dataOf, mainText, page } from './built';
import { forPerson, type Person } from '#src/lib/job-descriptions/person.ts';

type Template = {
  jobTitle: string;
  setting: string;
  duties: string[];
  qualifications: string[];
  skills: string[];
  person?: Person;
};
const templates = dataOf<Template>('jd-templates');
const duties = dataOf<{ text: string }>('duties');
const skills = dataOf<{ jdLine: string }>('skills');
const quals = dataOf<{ text: string }>('qualifications');
const href = (id: string) => (id === 'general' ? '/job-description/' : `/job-description/${id}/`);

describe('job description templates', () => {
  it('has the six settings the issue asks for', () => {
    expect([...templates.keys()].sort()).toEqual([
      'behavioral-health',
      'child-family',
      'general',
      'hospital',
      'nurse',
      'social-work',
    ]);
  });

  it.each([...templates.entries()])(
    '%s: shows its duties, qualifications and skills from the shared collections, in order',
    (id, t) => {
      const $ = page(href(id));
      const say = (text: string) => forPerson(text, t.person ?? 'client');
      expect($('#jd-title').text()).toBe(t.jobTitle);
      const list = (section: string) =>
        $(`section[aria-labelledby="jd-${section}"] li`)
          .map((_, li) => $(li).text())
          .get();
      expect(list('duties')).toEqual(t.duties.map((d) => say(duties.get(d)!.text)));
      expect(list('skills')).toEqual(t.skills.map((s) => say(skills.get(s)!.jdLine)));
      expect(list('qualifications').map((q) => q.replace(/ \(preferred\)$/, ''))).toEqual(
        t.qualifications.map((q) => say(quals.get(q)!.text)),
      );
    },
  );

  it.each([...templates.keys()])(
    '%s: the copy buttons carry the same text the page shows',
    (id) => {
      const $ = page(href(id));
      const whole = $('[data-copy-group] button').first().attr('data-copy')!;
      const t = templates.get(id)!;
      expect(whole.startsWith(`${t.jobTitle}\n\nOrganization: [Organization]`)).toBe(true);
      for (const d of t.duties)
        expect(whole).toContain(`- ${forPerson(duties.get(d)!.text, t.person ?? 'client')}`);
      const markdown = $('[data-copy-group] button').eq(1).attr('data-copy')!;
      expect(markdown.startsWith('# ')).toBe(true);
      expect($('button.copy-one').length).toBe(6);
    },
  );

  it('links every template from every template page', () => {
    for (const id of templates.keys()) {
      const $ = page(href(id));
      for (const other of templates.keys())
        expect(
          $(`nav[aria-label="Templates by setting"] a[href="${href(other)}"]`).length,
          `${id} -> ${other}`,
        ).toBe(1);
    }
  });

  it('the general template says the license title depends on the state', () => {
    expect(mainText(page('/job-description/'))).toContain('licensing by state');
  });
});
