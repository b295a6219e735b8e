import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import Pager from '#src/components/site/Pager.astro';
import { stateListHref } from '#src/lib/jobs/pages.ts';

const render = async (props: Record<string, unknown>) =>
  load(await (await AstroContainer.create()).renderToString(Pager, { props }));
const jobs = {
  label: 'Pages of jobs in Texas',
  href: (n: number) => stateListHref('TX', n),
  previousText: 'Newer jobs',
  nextText: 'Older jobs',
};

describe('the pager shared by the paged lists', () => {
  it('a middle page links to the pages on either side and marks where the visitor is', async () => {
    const $ = await render({ ...jobs, current: 2, last: 3 });
    const nav = $('nav[aria-label="Pages of jobs in Texas"]');
    expect(nav.length).toBe(1);
    expect(nav.find('[aria-current="page"]').text().replace(/\s+/g, ' ').trim()).toBe(
      'Page 2 of 3',
    );
    expect(nav.find('a[rel="prev"]').attr('href')).toBe('/jobs/state/tx/');
    expect(nav.find('a[rel="prev"]').text()).toBe('Newer jobs');
    expect(nav.find('a[rel="next"]').attr('href')).toBe('/jobs/state/tx/page/3/');
    expect(nav.find('a[rel="next"]').text()).toBe('Older jobs');
  });

  it('the first page has no link back and the last page no link on', async () => {
    const first = await render({ ...jobs, current: 1, last: 2 });
    expect(first('a[rel="prev"]').length).toBe(0);
    expect(first('a[rel="next"]').attr('href')).toBe('/jobs/state/tx/page/2/');
    const last = await render({ ...jobs, current: 2, last: 2 });
    expect(last('a[rel="next"]').length).toBe(0);
    expect(last('a[rel="prev"]').attr('href')).toBe('/jobs/state/tx/');
  });

  it('keeps the pager’s parts apart in its text (list items), so they never read as one run of words', async () => {
    const $ = await render({ ...jobs, current: 1, last: 21 });
    expect(
      $('nav li')
        .map((_, li) => $(li).text().replace(/\s+/g, ' ').trim())
        .get(),
    ).toEqual(['Page 1 of 21', 'Older jobs']);
  });

  it('a list that fits on one page has no pager at all', async () => {
    const $ = await render({ ...jobs, current: 1, last: 1 });
    expect($('nav').length).toBe(0);
  });
});
