/** The sources config and the normalization helpers of jobs:fetch. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigError, parseFetchConfig } from '#src/lib/jobs/fetch/config.ts';
import {
  certificationsIn,
  employmentTypeOf,
  licensesIn,
  payInText,
  residenceStates,
  settingOf,
  workplaceOf,
} from '#src/lib/jobs/fetch/normalize.ts';
import { duplicateKey, planFetch, type SourceResult } from '#src/lib/jobs/fetch/plan.ts';
import { jobToYaml } from '#src/lib/jobs/job-yaml.ts';
import type { SourceEntry } from '#src/lib/jobs/fetch/config.ts';
import type { Fetched } from '#src/lib/jobs/fetch/types.ts';

const configError = (text: string) => {
  try {
    parseFetchConfig(text, 'job-sources.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('the sources config', () => {
  it('ships content/job-sources.yaml valid, every entry cited, USAJOBS by series and employer boards by name', () => {
    const config = parseFetchConfig(readFileSync('content/job-sources.yaml', 'utf8'));
    expect(config.rollingDays).toBe(14);
    const usajobs = config.sources.filter((s) => s.type === 'usajobs');
    expect(usajobs.flatMap((s) => s.series ?? []).sort()).toEqual(['0185', '0187', '0610', '0610']);
    expect(config.sources.filter((s) => s.type !== 'usajobs').length).toBeGreaterThanOrEqual(10);
    for (const s of config.sources) expect(s.confirmedAt).toMatch(/^https:\/\//);
  });

  it('names the entry, the field and the fix', () => {
    expect(
      configError(`sources:
  - name: talkspace
    type: greenhouse
    employer: Talkspace
    confirmedAt: https://job-boards.greenhouse.io/talkspace`),
    ).toBe(
      'job-sources.yaml: sources[0] (talkspace): board: missing. A greenhouse entry needs it.',
    );
    expect(
      configError(`sources:
  - name: x
    type: workable
    confirmedAt: https://example.org/`),
    ).toMatch(
      /sources\[0\] \(x\): type: "workable" is not known\. Use one of usajobs, greenhouse, lever, ashby, smartrecruiters\./,
    );
    expect(
      configError(`sources:
  - name: a
    type: lever
    site: lyrahealth
    employer: Lyra
    confirmedAt: https://jobs.lever.co/lyrahealth
    boards: oops
  - name: a
    type: usajobs
    keywords: case management
    series: [185]
    confirmedAt: https://developer.usajobs.gov/`),
    ).toMatch(
      /sources\[0\] \(a\): entry: unknown key boards\. A lever entry takes .*\n.*sources\[1\] \(a\): name: "a" is also the name of sources\[0\]\. Give each entry its own name\.\n.*sources\[1\] \(a\): series\.0: expected a four-digit occupational series in quotes, e.g\. "0185"$/,
    );
  });
});

describe('normalization', () => {
  it('finds license letters and spelled-out licenses, and case-management certifications', () => {
    expect(licensesIn('Licensed Clinical Social Worker (LICSW in MA) or RN; LPNs welcome')).toEqual(
      ['LCSW', 'LICSW', 'RN', 'LPN'],
    );
    expect(licensesIn('Maryland LCSW-C required')).toEqual(['LCSW-C']);
    expect(licensesIn('Learn how we turn around care')).toEqual([]);
    expect(certificationsIn('CCM or ACM-RN preferred')).toEqual(['CCM', 'ACM-RN']);
  });

  it('reads employment types and pay with its period', () => {
    expect(employmentTypeOf('FullTime')).toBe('full-time');
    expect(employmentTypeOf('PRN')).toBe('per-diem');
    expect(employmentTypeOf('Contract (1099)')).toBe('contract');
    expect(employmentTypeOf('Part-Time')).toBe('part-time');
    expect(employmentTypeOf('Flexible')).toBeUndefined();
    expect(payInText('Pay: $32.50 - $40.00 per hour')).toEqual({ min: 32.5, max: 40, per: 'hour' });
    expect(payInText('$75K–$90K/year plus bonus')).toEqual({ min: 75000, max: 90000, per: 'year' });
    expect(payInText('Salary $78,000 to $92,000 annually')).toEqual({
      min: 78000,
      max: 92000,
      per: 'year',
    });
    expect(payInText('A $500 sign-on bonus')).toBeUndefined();
    expect(payInText('$85 per year')).toBeUndefined(); // not pay for the period given
  });

  it('reads a workplace: city and state, remote with where applicants must live, or abroad', () => {
    expect(workplaceOf('Boston, MA')).toEqual({ location: { city: 'Boston', state: 'MA' } });
    expect(workplaceOf('Austin, Texas')).toEqual({ location: { city: 'Austin', state: 'TX' } });
    expect(workplaceOf('Remote - US')).toEqual({ remote: { eligible: 'US' } });
    expect(workplaceOf('Remote (CA, OR, WA)')).toEqual({
      remote: { eligible: ['CA', 'OR', 'WA'] },
    });
    expect(
      workplaceOf('Remote', { residence: 'Applicants must reside in Texas or Oklahoma.' }),
    ).toEqual({ remote: { eligible: ['TX', 'OK'] } });
    expect(workplaceOf('Hybrid - Denver, CO')).toEqual({
      location: { city: 'Denver', state: 'CO' },
    });
    expect(workplaceOf('London, United Kingdom').abroad).toBe('London, United Kingdom');
    expect(workplaceOf('New York, NY')).toEqual({ location: { city: 'New York', state: 'NY' } });
    expect(workplaceOf('Washington, DC')).toEqual({
      location: { city: 'Washington', state: 'DC' },
    });
    expect(workplaceOf('Fort Wayne, IN')).toEqual({
      location: { city: 'Fort Wayne', state: 'IN' },
    });
    expect(residenceStates('You will work in Ohio.')).toEqual([]);
  });

  it('picks a setting from the title, then the entry, then the description', () => {
    expect(settingOf('Hospital Case Manager', 'members', 'health-plan')).toBe('hospital');
    expect(settingOf('Case Manager', 'inpatient unit', 'health-plan')).toBe('health-plan');
    expect(settingOf('Case Manager', 'hospice patients')).toBe('home-health');
    expect(settingOf('Case Manager', 'nothing to go on')).toBe('other');
  });

  it('keys duplicates by title, employer and place, ignoring case, punctuation and company suffixes', () => {
    const a = duplicateKey({
      title: 'RN Case Manager – Care Transitions',
      employer: { name: 'Fixture Health, Inc.' },
      location: { city: 'Boston', state: 'MA' },
    });
    const b = duplicateKey({
      title: 'rn case manager care transitions',
      employer: { name: 'Fixture Health' },
      location: { city: 'Boston', state: 'MA' },
    });
    expect(a).toBe(b);
    expect(
      duplicateKey({
        title: 'RN Case Manager',
        employer: { name: 'X' },
        remote: { eligible: 'US' },
      }),
    ).not.toBe(
      duplicateKey({
        title: 'RN Case Manager',
        employer: { name: 'X' },
        location: { city: 'Boston', state: 'MA' },
      }),
    );
  });
});

describe('planning a fetch', () => {
  const entry = (name: string, type: 'greenhouse' | 'lever') =>
    ({
      name,
      type,
      board: name,
      site: name,
      employer: 'Fixture Health',
      confirmedAt: 'https://example.org/',
    }) as SourceEntry;
  const posting = (provider: 'greenhouse' | 'lever', id: string): Fetched => ({
    id,
    ref: `job ${id}`,
    title: 'RN Case Manager',
    description:
      'Coordinate care for members leaving the hospital, with follow-up calls and care plans.',
    licenses: ['RN'],
    problems: [],
    notes: [],
    job: {
      id,
      title: 'RN Case Manager',
      employer: { name: 'Fixture Health' },
      location: { city: 'Boston', state: 'MA' },
      setting: 'hospital',
      employmentType: 'full-time',
      licenseRequired: ['RN'],
      certificationsPreferred: [],
      description:
        'Coordinate care for members leaving the hospital, with follow-up calls and care plans.',
      apply: { url: `https://boards.example.org/${id}` },
      source: { name: provider, id },
    },
  });
  const ok = (e: SourceEntry, ...postings: Fetched[]): SourceResult => ({
    entry: e,
    status: 'ok',
    postings,
  });

  it('keeps a job already on the board under its id when an earlier source starts listing it too', () => {
    const a = entry('a-board', 'greenhouse');
    const b = entry('b-board', 'lever');
    const yesterday = planFetch([ok(b, posting('lever', 'lever-b-1'))], new Map(), {
      asOf: '2026-11-29',
      rollingDays: 14,
    });
    const [file, yaml] = yesterday.writes[0] ?? ['', ''];
    const existing = new Map([
      ['lever-b-1', { file, text: yaml, data: parse(yaml) as Record<string, unknown> }],
    ]);
    const today = planFetch(
      [ok(a, posting('greenhouse', 'greenhouse-a-1')), ok(b, posting('lever', 'lever-b-1'))],
      existing,
      { asOf: '2026-11-30', rollingDays: 14 },
    );
    expect(today.sources[0]?.merged).toEqual([{ ref: 'job greenhouse-a-1', into: 'lever-b-1' }]);
    expect(today.sources[0]?.added).toEqual([]);
    expect(today.sources[1]?.extended).toEqual(['lever-b-1.yaml']);
    expect(today.writes.map(([f]) => f)).toEqual(['lever-b-1.yaml']);
  });

  it('never replaces a file of another source, and says so', () => {
    const a = entry('a-board', 'greenhouse');
    const employerFile = jobToYaml({
      ...posting('greenhouse', 'greenhouse-a-1').job,
      source: { name: 'employer', id: 'x' },
    });
    const plan = planFetch(
      [ok(a, posting('greenhouse', 'greenhouse-a-1'))],
      new Map([
        [
          'greenhouse-a-1',
          {
            file: 'greenhouse-a-1.yaml',
            text: employerFile,
            data: parse(employerFile) as Record<string, unknown>,
          },
        ],
      ]),
      { asOf: '2026-11-30', rollingDays: 14 },
    );
    expect(plan.writes).toEqual([]);
    expect(plan.sources[0]?.rejected[0]?.reasons[0]).toBe(
      'greenhouse-a-1.yaml already exists and belongs to source "employer"; jobs:fetch never replaces it.',
    );
  });
});
