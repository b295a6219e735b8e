import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import Breadcrumbs from '#src/components/site/Breadcrumbs.astro';
import Fact from '#src/components/career/Fact.astro';
import JsonLd from '#src/components/site/JsonLd.astro';
import Note from '#src/components/site/Note.astro';

const render = async (component: Parameters<AstroContainer['renderToString']>[0], options = {}) =>
  (await AstroContainer.create()).renderToString(component, options);

describe('site components rendered through the container API', () => {
  it('breadcrumbs mark only the last crumb as the current page', async () => {
    const html = await render(Breadcrumbs, {
      props: {
        trail: [
          { name: 'Home', href: '/' },
          { name: 'Career guide', href: '/career/' },
        ],
      },
    });
    expect(html).toContain('aria-label="Breadcrumb"');
    expect(html.match(/aria-current="page"/g)).toHaveLength(1);
    const current = load(html)('a[aria-current="page"]');
    expect(current.attr('href')).toBe('/career/');
    expect(current.text()).toBe('Career guide');
  });

  it('an unverified fact says so plainly instead of showing a value', async () => {
    const html = await render(Fact, {
      props: { fact: { unverified: true, note: 'Check with the board.' } },
    });
    expect(html).toContain('Not yet verified:');
    expect(html).toContain('Check with the board.');
  });

  it('structured data with hostile text stays inside its script element', async () => {
    const html = await render(JsonLd, {
      props: { data: { name: '</script><img src=x onerror=alert(1)>' } },
    });
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain('<img');
  });

  it('a note shows its title and its content', async () => {
    const html = await render(Note, {
      props: { title: 'Rules vary by state' },
      slots: { default: 'Ask your board.' },
    });
    const $ = load(html);
    expect($('aside.note strong').text()).toBe('Rules vary by state');
    expect($('aside.note').text()).toContain('Ask your board.');
  });
});
