import { describe, expect, it } from 'vitest';
import { filterJobs, matches, sortJobs, sortNewestFirst } from '#src/lib/jobs/filter.ts';
import { facetCounts, filterWithFacets } from '#src/lib/jobs/facets.ts';
import { readView, writeView } from '#src/lib/jobs/url-state.ts';
import { descriptionHtml, descriptionText } from '#src/lib/jobs/description.ts';
import { payLabel, placeLabel } from '#src/lib/jobs/present.ts';
import { annualTop, inState, type JobSummary } from '#src/lib/jobs/summary.ts';
import { job } from '../job-summary-fixture.ts';
import { MIN_PAY_STEPS } from '#src/lib/jobs/filter-options.ts';

const jobs = [
  job({ id: 'a', s: 'TX', p: [60000, 70000, 'year'], l: ['LCSW'], d: '2026-11-02' }),
  job({
    id: 'b',
    s: 'NY',
    c: 'Buffalo',
    p: [40, 45, 'hour'],
    l: ['RN'],
    d: '2026-11-05',
    g: 'health-plan',
  }),
  job({ id: 'c', s: '', c: '', r: 'US', l: ['RN'], d: '2026-11-03', y: 'part-time' }),
  job({ id: 'd', s: '', c: '', r: ['MA', 'VT'], p: [80000, 80000, 'year'], d: '2026-11-04' }),
  job({
    id: 'e',
    s: 'MA',
    c: 'Boston',
    t: 'Nurse Case Manager',
    e: 'Example Hospital',
    d: '2026-11-04',
  }),
];
const ids = (xs: JobSummary[]) => xs.map((j) => j.id);

describe('filtering the job list', () => {
  it('a state shows jobs there and remote jobs open to people living there', () => {
    expect(ids(filterJobs(jobs, { state: 'MA' }))).toEqual(['c', 'd', 'e']);
    expect(ids(filterJobs(jobs, { state: 'TX' }))).toEqual(['a', 'c']);
  });
  it('minimum pay counts hourly pay at 2,080 hours a year and drops postings without pay', () => {
    expect(ids(filterJobs(jobs, { minPay: 80000 }))).toEqual(['b', 'd']); // 45 x 2080 = 93,600
    expect(ids(filterJobs(jobs, { minPay: 95000 }))).toEqual([]);
  });
  it('license, remote, type and setting narrow as labeled', () => {
    expect(ids(filterJobs(jobs, { license: 'none' }))).toEqual(['d', 'e']);
    expect(ids(filterJobs(jobs, { license: 'RN' }))).toEqual(['b', 'c']);
    expect(ids(filterJobs(jobs, { remote: 'remote' }))).toEqual(['c', 'd']);
    expect(
      ids(filterJobs(jobs, { remote: 'onsite', type: 'full-time', setting: 'hospital' })),
    ).toEqual(['a', 'e']);
  });
  it('text matches every word in the title, employer, city, state name or license, in any case', () => {
    expect(ids(filterJobs(jobs, { q: 'nurse boston' }))).toEqual(['e']);
    expect(ids(filterJobs(jobs, { q: 'new york' }, { NY: 'New York' }))).toEqual(['b']);
    expect(ids(filterJobs(jobs, { q: 'lcsw' }))).toEqual(['a']);
  });
});

describe('sorting the job list', () => {
  it('newest first, ties by title', () =>
    expect(ids(sortJobs(jobs, 'date'))).toEqual(['b', 'd', 'e', 'c', 'a']));
  it('highest pay first with postings without pay last', () =>
    expect(ids(sortJobs(jobs, 'pay'))).toEqual(['b', 'd', 'a', 'e', 'c']));
  it('does not reorder the list it was given', () => {
    sortJobs(jobs, 'pay');
    expect(ids(jobs)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('counts per filter option', () => {
  it('each facet counts with the other filters applied, not its own', () => {
    const f = facetCounts(jobs, { state: 'MA', license: 'none' }, ['MA', 'NY', 'TX']);
    expect(f.state).toEqual({ MA: 2 }); // only d and e need no license, and both are open to MA
    expect(f.license).toEqual({ RN: 1, none: 2 }); // with state MA: c (RN, remote US), d, e
    expect(f.remote).toEqual({ remote: 1, onsite: 1 });
  });
  it('the one pass gives the counts of a pass per option, for every facet and pay step', () => {
    const codes = ['MA', 'NY', 'TX', 'VT'];
    const count = (f: Parameters<typeof filterJobs>[1]) => filterJobs(jobs, f).length;
    const views = [
      {},
      { state: 'MA' },
      { license: 'RN', minPay: 60000 },
      { q: 'case', type: 'full-time' },
    ];
    for (const v of views) {
      const got = facetCounts(jobs, v, codes);
      for (const code of codes)
        expect(got.state[code] ?? 0, `${JSON.stringify(v)} ${code}`).toBe(
          jobs.filter((j) => matches(j, v, {}, 'state') && inState(j, code)).length,
        );
      for (const n of MIN_PAY_STEPS)
        expect(got.minPay[String(n)] ?? 0, `${JSON.stringify(v)} ${n}`).toBe(
          count({ ...v, minPay: n }),
        );
      for (const g of ['hospital', 'health-plan'])
        expect(got.setting[g] ?? 0).toBe(count({ ...v, setting: g }));
    }
    // The lowest pay offered counts: a 60,000, b 40 an hour (83,200), d 80,000.
    expect(facetCounts(jobs, {}, codes).minPay).toEqual({
      '40000': 3,
      '50000': 3,
      '60000': 3,
      '70000': 2,
      '80000': 2,
    });
  });
});

describe('the list and its counts in one pass', () => {
  it('lists what filterJobs lists, in order, with the same counts as facetCounts', () => {
    const views = [{}, { state: 'MA' }, { license: 'RN', minPay: 60000 }, { q: 'boston' }];
    for (const v of views) {
      const got = filterWithFacets(jobs, v, ['MA', 'NY', 'TX', 'VT']);
      expect(ids(got.matched)).toEqual(ids(filterJobs(jobs, v)));
      expect(got.facets).toEqual(facetCounts(jobs, v, ['MA', 'NY', 'TX', 'VT']));
    }
  });
});

describe('counting the same list again', () => {
  it('counts a list changed in place (a posting replaced, one added) as it is now, not as it was first counted', () => {
    const list = [...jobs];
    const codes = ['MA', 'NY', 'TX', 'VT', 'WY'];
    expect(facetCounts(list, {}, codes).license.LMSW).toBeUndefined();
    list[0] = {
      ...list[0]!,
      state: 'WY',
      remote: null,
      licenses: ['LMSW'],
      setting: 'corrections',
      type: 'per-diem',
    };
    const fresh = [...list];
    expect(facetCounts(list, {}, codes)).toEqual(facetCounts(fresh, {}, codes));
    expect(facetCounts(list, {}, codes).license.LMSW).toBe(1);
    expect(facetCounts(list, {}, codes).state.WY).toBeGreaterThan(0);
    list.push({ ...list[1]!, id: 'added', licenses: ['LPC'] });
    expect(facetCounts(list, {}, codes).license.LPC).toBe(1);
    expect(filterWithFacets(list, { license: 'LPC' }, codes).matched.map((j) => j.id)).toEqual([
      'added',
    ]);
  });
});

describe('sorting a list that is already newest first', () => {
  it('gives the same order as sortJobs, for both sorts', () => {
    const newest = sortJobs(jobs, 'date');
    expect(ids(sortNewestFirst(newest, 'date'))).toEqual(ids(newest));
    expect(ids(sortNewestFirst(newest, 'pay'))).toEqual(ids(sortJobs(jobs, 'pay')));
    expect(annualTop(sortNewestFirst(newest, 'pay')[0]!)).toBe(93600);
  });
});

describe('the list view in the URL', () => {
  it('round-trips filters, sort and page in a fixed order', () => {
    const v = {
      filters: { state: 'TX', minPay: 60000, license: 'LCSW', q: 'case' },
      sort: 'pay' as const,
      page: 2,
    };
    expect(writeView(v)).toBe('?q=case&state=TX&minPay=60000&license=LCSW&sort=pay&page=2');
    expect(readView(writeView(v))).toEqual(v);
    expect(writeView(readView(''))).toBe('');
  });
  it('ignores malformed values instead of failing', () => {
    expect(
      readView('?state=texas&minPay=lots&remote=maybe&page=-3&sort=<script>&setting=%3Cb%3E'),
    ).toEqual({ filters: {}, sort: 'date', page: 1 });
  });
});

describe('job descriptions from Markdown', () => {
  it('keeps lists, emphasis and safe links', () => {
    expect(descriptionHtml('**Do** this:\n\n- one\n- [two](https://example.org/x)')).toBe(
      '<p><strong>Do</strong> this:</p>\n<ul>\n<li>one</li>\n<li><a href="https://example.org/x" rel="nofollow noopener">two</a></li>\n</ul>',
    );
  });
  it('shows raw HTML as text and drops javascript: links and event handlers', () => {
    const html = descriptionHtml(
      'Hi </script><script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))',
    );
    expect(html).not.toMatch(/<script|<img|onerror=|javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
  it('gives a plain-text summary cut at a word', () => {
    expect(descriptionText('**Bold** and <b>tags</b> & more')).toBe('Bold and tags & more');
    expect(descriptionText('word '.repeat(100), 30)).toBe('word word word word word word…');
  });
});

describe('labels', () => {
  it('formats pay ranges, single figures and missing pay', () => {
    expect(payLabel({ min: 78000, max: 92000, per: 'year' })).toBe('$78,000–$92,000 a year');
    expect(payLabel({ min: 44.5, max: 50, per: 'hour' })).toBe('$44.50–$50 an hour');
    expect(payLabel({ min: 30, per: 'hour' })).toBe('$30 an hour');
    expect(payLabel(undefined)).toBe('Not stated');
  });
  it('names on-site and remote places', () => {
    expect(placeLabel({ location: { city: 'Boston', state: 'MA' } })).toBe('Boston, MA');
    expect(placeLabel({ remote: { eligible: 'US' } })).toBe('Remote (anywhere in the US)');
    expect(placeLabel({ remote: { eligible: ['MA', 'NH', 'VT'] } })).toBe('Remote (MA, NH or VT)');
  });
});

describe('the occupation a posting’s pay is compared with', async () => {
  const { comparisonSoc } = await import('#src/lib/jobs/pay-comparison.ts');
  it('uses registered nurses for RN jobs and the social work occupation of the setting otherwise', () => {
    expect(comparisonSoc({ licenseRequired: ['RN'], setting: 'behavioral-health' })).toBe(
      '29-1141',
    );
    expect(comparisonSoc({ licenseRequired: ['LCSW'], setting: 'behavioral-health' })).toBe(
      '21-1023',
    );
    expect(comparisonSoc({ licenseRequired: [], setting: 'child-family' })).toBe('21-1021');
    expect(comparisonSoc({ licenseRequired: ['LICSW'], setting: 'hospital' })).toBe('21-1022');
  });
});

describe('JobPosting structured data', async () => {
  const { jobPosting } = await import('#src/lib/jsonld/job-posting.ts');
  const { serializeJsonLd } = await import('#src/lib/jsonld/serialize.ts');
  const base = {
    title: 'Case manager',
    descriptionHtml: '<p>Hi</p>',
    datePosted: new Date('2026-11-20'),
    employer: { name: 'Acme' },
  };

  it('has the required properties and the recommended ones the posting has, on site or remote', () => {
    const onSite = jobPosting({
      ...base,
      location: { city: 'Austin', state: 'TX' },
      pay: { min: 40, max: 45, per: 'hour' },
      employmentType: 'per-diem',
      validThrough: new Date('2027-01-31'),
    });
    expect(onSite).toMatchObject({
      '@type': 'JobPosting',
      title: 'Case manager',
      description: '<p>Hi</p>',
      datePosted: '2026-11-20',
      validThrough: '2027-01-31T23:59:59Z',
      employmentType: 'PER_DIEM',
      hiringOrganization: { '@type': 'Organization', name: 'Acme' },
      jobLocation: {
        '@type': 'Place',
        address: { addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US' },
      },
      baseSalary: { currency: 'USD', value: { minValue: 40, maxValue: 45, unitText: 'HOUR' } },
    });
    const remote = jobPosting({ ...base, remote: { eligible: ['MA', 'VT'] } });
    expect(remote.jobLocationType).toBe('TELECOMMUTE');
    expect(remote.applicantLocationRequirements).toEqual([
      { '@type': 'State', name: 'Massachusetts' },
      { '@type': 'State', name: 'Vermont' },
    ]);
    expect(remote.jobLocation).toBeUndefined();
  });

  it('keeps a title containing </script><script> inert inside the script element, and the data intact', () => {
    const hostile = '</script><script>alert(1)</script><!-- "quoted" & \u2028';
    const json = serializeJsonLd(
      jobPosting({ ...base, title: hostile, employer: { name: hostile } }),
    );
    expect(json).not.toMatch(/<\/?script|<!--/i);
    expect(JSON.parse(json).title).toBe(hostile);
    expect(JSON.parse(json).hiringOrganization.name).toBe(hostile);
  });
});

describe('unsafe links in descriptions', () => {
  it('keep their text but lose the link, leaving no attribute behind', () => {
    expect(
      descriptionHtml('See [the form](javascript:alert(1)) or [mail us](mailto:a@example.org).'),
    ).toBe(
      '<p>See the form or <a href="mailto:a@example.org" rel="nofollow noopener">mail us</a>.</p>',
    );
  });
});
