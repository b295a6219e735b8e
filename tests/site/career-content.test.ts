import { describe, expect, it } from 'vitest';
import { dataOf, mainText, page } from './built';

type Duty = { title: string; text: string };
type Skill = { name: string; summary: string };
type Cert = { abbr: string; name: string };

describe('the career guide renders its lists from the data, not retyped', () => {
  it('shows every duty, title and sentence, on /career/duties/', () => {
    const text = mainText(page('/career/duties/'));
    const duties = [...dataOf<Duty>('duties').values()];
    expect(duties.length).toBeGreaterThanOrEqual(10);
    for (const d of duties) {
      expect(text).toContain(d.title);
      expect(text).toContain(d.text);
    }
  });

  it('shows every skill the seed documents name, each with what it means in practice', () => {
    const $ = page('/career/skills/');
    const skills = [...dataOf<Skill>('skills').values()];
    const names = $('.skills > li h2')
      .map((_, h) => $(h).text())
      .get();
    expect(names).toEqual(expect.arrayContaining(skills.map((s) => s.name)));
    for (const seedSkill of [
      'Clinical knowledge',
      'IT',
      'Communication',
      'Conflict resolution',
      'Delegation',
      'Empathy',
      'Time management',
      'Critical thinking',
      'Medical knowledge',
      'Organization',
      'Responsibility',
      'Tolerance',
    ]) {
      expect(
        names.some((n) => n.includes(seedSkill)),
        seedSkill,
      ).toBe(true);
    }
    $('.skills > li').each((_, li) => expect($(li).find('ul li').length).toBeGreaterThan(0));
  });

  it('describes every certification with its grantor, eligibility, exam and renewal', () => {
    const $ = page('/career/certifications/');
    for (const [id, c] of dataOf<Cert>('certifications')) {
      const section = $(`section#${id.toLowerCase()}`);
      expect(section.find('h2').text()).toBe(`${c.abbr}: ${c.name}`);
      expect(
        section
          .find('h3')
          .map((_, h) => $(h).text())
          .get(),
      ).toEqual(['Who can apply', 'Exam', 'Renewal']);
    }
    expect(mainText($)).toMatch(/Commission for Case Manager Certification/);
  });

  it('lays out the path as numbered steps with a link to licensing by state', () => {
    const $ = page('/career/how-to-become/');
    const steps = $('ol.steps > li h3')
      .map((_, h) => $(h).text())
      .get();
    expect(steps).toHaveLength(6);
    expect(steps.join(' | ')).toMatch(
      /bachelor.*field placement.*master.*supervised clinical experience.*exam.*certification/is,
    );
    expect($('#licensing-by-state').length).toBe(1);
    expect(mainText($)).toContain('Association of Social Work Boards');
  });

  it('names the process steps and the specialties on the overview', () => {
    const text = mainText(page('/career/'));
    for (const word of [
      'Assessment',
      'Planning',
      'Facilitation',
      'Care coordination',
      'Evaluation',
      'Advocacy',
      'substance use',
      'eating disorders',
      'HIV',
      'elder care',
      'child welfare',
      'discharge',
    ]) {
      expect(text).toContain(word);
    }
  });
});
