import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jobSchema } from '#src/schemas/job.ts';

const dir = 'content/jobs';
const base = () => parse(readFileSync(`${dir}/example-boston-hospital-licsw.yaml`, 'utf8'));
const issues = (data: unknown) => {
  const r = jobSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the jobs schema', () => {
  it('accepts every example posting the site ships, and each file is named after its id', () => {
    for (const f of readdirSync(dir)) {
      const data = parse(readFileSync(`${dir}/${f}`, 'utf8'));
      expect(issues(data), f).toEqual([]);
      expect(f).toBe(`${data.id}.yaml`);
    }
  });

  it('refuses a posting with neither a location nor remote', () => {
    const j = base();
    delete j.location;
    expect(issues(j)).toContain(
      'location: give a location (city and state) or remote (with the states applicants may live in)',
    );
  });

  it('refuses an unknown state code, a closing date before the posting date, and no way to apply', () => {
    expect(issues({ ...base(), location: { city: 'Nowhere', state: 'XX' } })[0]).toMatch(
      /^location\.state: expected a two-letter postal code/,
    );
    expect(issues({ ...base(), validThrough: '2026-01-01' })).toContain(
      'validThrough: validThrough must be on or after datePosted',
    );
    expect(issues({ ...base(), apply: {} })).toContain('apply: give apply.url or apply.email');
  });

  it('refuses pay that does not fit its period, and a maximum below the minimum', () => {
    expect(issues({ ...base(), pay: { min: 80000, per: 'hour' } })).toContain(
      'pay.per: that figure does not look like pay for the period given; check pay.per (hour or year)',
    );
    expect(issues({ ...base(), pay: { min: 90000, max: 80000, per: 'year' } })).toContain(
      'pay.max: pay.max must be at least pay.min',
    );
  });

  it('refuses javascript: links, line breaks in one-line fields and unknown fields', () => {
    expect(issues({ ...base(), apply: { url: 'javascript:alert(1)' } })[0]).toMatch(
      /^apply\.url: expected the application link as an http\(s\) URL/,
    );
    expect(issues({ ...base(), title: 'Case manager\nInjected: header' })[0]).toMatch(
      /^title: must be one line of text/,
    );
    expect(issues({ ...base(), salary: 1 })[0]).toMatch(/salary/);
  });

  it('requires example postings to say so', () => {
    expect(issues({ ...base(), example: false })).toContain(
      'example: postings from source "example" must set example: true',
    );
  });
});
