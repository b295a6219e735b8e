/** The sources config and the normalization helpers of jobs:fetch. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
import { duplicateKey } from '#src/lib/jobs/fetch/plan.ts';

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
