import { describe, expect, it } from 'vitest';
import { sourceSchema } from '#src/schemas/source.ts';
import { dutySchema } from '#src/schemas/duty.ts';
import { skillSchema } from '#src/schemas/skill.ts';
import { employmentSchema } from '#src/schemas/employment.ts';
import { makeProjectionSchema } from '#src/schemas/projection.ts';
import { z } from 'astro/zod';
import { makeWageTableSchema } from '#src/schemas/wage-table.ts';
import { payQuoteSchema } from '#src/schemas/pay-quote.ts';
import { certificationSchema } from '#src/schemas/certification.ts';

const goodSource = {
  publisher: 'U.S. Bureau of Labor Statistics',
  title: 'Occupational Outlook Handbook: Social Workers',
  url: 'https://www.bls.gov/ooh/community-and-social-service/social-workers.htm',
  kind: 'official-statistics',
  period: 'May 2024',
  retrieved: '2026-11-23',
};

/** The dotted paths of the fields a parse complains about. */
const failingPaths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => i.path.join('.'));

describe('sources schema', () => {
  it('accepts a complete source and turns its read date into a Date', () => {
    const r = sourceSchema.safeParse(goodSource);
    expect(r.success).toBe(true);
    expect(r.data?.retrieved).toBeInstanceOf(Date);
  });
  it('rejects a source without a URL unless it is a seed document', () => {
    const { url: _omit, ...noUrl } = goodSource;
    expect(failingPaths(sourceSchema.safeParse(noUrl))).toContain('url');
    expect(sourceSchema.safeParse({ ...noUrl, kind: 'seed' }).success).toBe(true);
  });
  it('rejects a URL that is not http(s), an unknown kind and a missing period', () => {
    expect(
      failingPaths(sourceSchema.safeParse({ ...goodSource, url: 'javascript:alert(1)' })),
    ).toContain('url');
    expect(failingPaths(sourceSchema.safeParse({ ...goodSource, kind: 'blog' }))).toContain('kind');
    const { period: _p, ...noPeriod } = goodSource;
    expect(failingPaths(sourceSchema.safeParse(noPeriod))).toContain('period');
  });
});

describe('career data schemas', () => {
  const duty = {
    title: 'Assess needs',
    text: 'Assess each client in full.',
    inPractice: 'An intake interview.',
    area: 'assessment',
    order: 1,
    sources: ['seed-jd-template'],
  };
  it('accept a duty with a source', () => expect(dutySchema.safeParse(duty).success).toBe(true));
  it('reject a duty with no source or an unknown stage', () => {
    expect(failingPaths(dutySchema.safeParse({ ...duty, sources: [] }))).toContain('sources');
    expect(failingPaths(dutySchema.safeParse({ ...duty, area: 'paperwork' }))).toContain('area');
  });
  it('reject a skill without practical examples', () => {
    const skill = {
      name: 'Empathy',
      summary: 'Understanding others.',
      inPractice: [],
      jdLine: 'Empathetic and kind.',
      order: 1,
      sources: ['seed-jd-template'],
    };
    expect(failingPaths(skillSchema.safeParse(skill))).toContain('inPractice');
  });
  it('accept an unverified certification fact only with a note saying why', () => {
    const cert = {
      abbr: 'CCM',
      name: 'Certified Case Manager',
      issuer: 'CCMC',
      issuerUrl: 'https://ccmcertification.org/',
      audience: 'Nurses and social workers',
      eligibility: [
        { value: 'A license that allows independent assessment.', sources: ['ccmc-eligibility'] },
      ],
      exam: { unverified: true, note: 'Not found in a primary source.' },
      renewal: { value: 'Every 5 years.', sources: ['ccmc-renewal'] },
      order: 1,
    };
    expect(certificationSchema.safeParse(cert).success).toBe(true);
    expect(certificationSchema.safeParse({ ...cert, exam: { unverified: true } }).success).toBe(
      false,
    );
  });
});

describe('figure schemas', () => {
  it('reject a job count that is not positive and a bad SOC code', () => {
    const e = {
      group: 'official-2022',
      label: 'Social workers',
      soc: '21-1020',
      value: 728600,
      unit: 'jobs',
      year: 2022,
      order: 0,
      source: 'bls',
    };
    expect(employmentSchema.safeParse(e).success).toBe(true);
    expect(failingPaths(employmentSchema.safeParse({ ...e, value: -5 }))).toContain('value');
    expect(failingPaths(employmentSchema.safeParse({ ...e, soc: '211020' }))).toContain('soc');
  });
  it('reject a projection whose target year is not after its base year', () => {
    const p = {
      group: 'x',
      label: 'Social workers',
      baseYear: 2032,
      targetYear: 2022,
      percentChange: 7,
      order: 0,
      source: 'bls',
    };
    expect(failingPaths(makeProjectionSchema(z.string()).safeParse(p))).toContain('targetYear');
  });
  it('require a wage table period written like "May 2024", areas that fit the scope, and rising percentiles', () => {
    const wages = makeWageTableSchema(z.string());
    const row = {
      area: 'US',
      soc: '21-1020',
      title: 'Social Workers',
      employment: 775930,
      p10: 42790,
      median: 61780,
      p90: 100090,
    };
    const t = { period: 'May 2025', scope: 'national', source: 'bls', rows: [row] };
    expect(wages.safeParse(t).success).toBe(true);
    expect(failingPaths(wages.safeParse({ ...t, period: '2025' }))).toContain('period');
    expect(failingPaths(wages.safeParse({ ...t, rows: [{ ...row, area: 'Texas' }] }))).toContain(
      'rows.0.area',
    );
    expect(failingPaths(wages.safeParse({ ...t, rows: [{ ...row, area: 'TX' }] }))).toContain(
      'rows.0.area',
    );
    expect(failingPaths(wages.safeParse({ ...t, rows: [{ ...row, p90: 1000 }] }))).toContain(
      'rows.0',
    );
    expect(failingPaths(wages.safeParse({ ...t, rows: [{ ...row, median: -1 }] }))).toContain(
      'rows.0.median',
    );
  });
  it('reject a quoted pay range whose top is below its bottom', () => {
    const q = {
      label: 'Title',
      typicalLow: 63100,
      typicalHigh: 43810,
      basis: 'annual',
      source: 'seed',
      note: 'Quoted without a survey.',
    };
    expect(failingPaths(payQuoteSchema.safeParse(q))).toContain('typicalHigh');
  });
});
