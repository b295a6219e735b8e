import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileFor, htmlFiles, page, routeOf } from './built';

/**
 * Domains linked over plain http because that is the address the source record gives (state boards, rules
 * mirrors and colleges). Not verified to serve https; a link to any other domain must be https.
 */
const HTTP_ONLY = new Set([
  // Sources cited at the http address they were read at (the licensing research of 2026-11, round
  // two included); switching them to https would cite an address nobody checked.
  'abswe.state.al.us',
  'boards.bsd.dli.mt.gov',
  'ca.elaws.us',
  'codes.ohio.gov',
  'cswmft.ohio.gov',
  'dcrules.elaws.us',
  'dhhs.ne.gov',
  'docs.legis.wisconsin.gov',
  'doh.wa.gov',
  'dpr.delaware.gov',
  'dsps.wi.gov',
  'floridasmentalhealthprofessions.gov',
  'flrules.elaws.us',
  'gencourt.state.nh.us',
  'kyrules.elaws.us',
  'lawfilesext.leg.wa.gov',
  'kslegislature.org',
  'laws9.com',
  'leginfo.legislature.ca.gov',
  'licenseinfo.oregon.gov',
  'mdrules.elaws.us',
  'mentalhealth.wyo.gov',
  'michigan.michigan.gov',
  'mirules.elaws.us',
  'mtrules.org',
  'ohrules.elaws.us',
  'okrules.elaws.us',
  'pacodeandbulletin.gov',
  'parules.elaws.us',
  'regulations.delaware.gov',
  'reports.oah.state.nc.us',
  'sdlegislature.gov',
  'socwork.nv.gov',
  'sos.ga.gov',
  'statutes.laws-info.com',
  'varules.elaws.us',
  'vtprofessionals.org',
  'webserver.rilegislature.gov',
  'webserver.rilin.state.ri.us',
  'www.aswb.org',
  'www.bbs.ca.gov',
  'www.gamft.org',
  'www.ksbsrb.org',
  'www.labor.state.ak.us',
  'www.labor.state.ny.us',
  'www.laws9.com',
  'www.nj.gov',
  'www.lrc.ky.gov',
  'www.moga.mo.gov',
  'www.nasw-michigan.org',
  'www.op.nysed.gov',
  'www.oregon.gov',
  'www.publichealthonline.org',
  'www.tamuk.edu',
  'www.umflint.edu',
  'www.vscsw.org',
]);
/** Every external link target in the build, by domain, for reports/external-domains.txt. */
const domains = new Map<string, number>();

/** Link texts that say nothing about where the link goes. */
const VAGUE = /^(click here|here|read more|more|learn more|link|this page|this link|go|details)$/i;

const pages = htmlFiles().map(routeOf);

describe('links in the build', () => {
  it.each(pages)('%s: every internal link and anchor resolves', (route) => {
    const $ = page(route);
    const broken: string[] = [];
    $('a[href], link[href], img[src], script[src]').each((_, el) => {
      const raw = $(el).attr('href') ?? $(el).attr('src')!;
      if (/^(https?:|mailto:|tel:|data:)/.test(raw)) return;
      const url = new URL(raw, `http://site.test${route}`);
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${raw} (no page)`);
        return;
      }
      if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        const $t = url.pathname === route ? $ : page(url.pathname);
        if ($t(`[id="${id}"]`).length === 0) broken.push(`${raw} (no element with id "${id}")`);
      }
    });
    expect(broken).toEqual([]);
  });

  it.each(pages)(
    '%s: external links are well-formed https URLs without spaces or credentials',
    (route) => {
      const $ = page(route);
      const bad: string[] = [];
      $('a[href], link[href], img[src], script[src], form[action], iframe[src]').each((_, el) => {
        const raw = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action')!;
        if (!/^(https?:)?\/\//i.test(raw)) return;
        if (!URL.canParse(raw)) return void bad.push(`${raw} (does not parse)`);
        const url = new URL(raw);
        domains.set(url.hostname, (domains.get(url.hostname) ?? 0) + 1);
        if (/\s/.test(raw)) bad.push(`${raw} (contains a space)`);
        if (url.username || url.password) bad.push(`${raw} (contains credentials)`);
        if (raw.startsWith('//')) bad.push(`${raw} (protocol-relative: write https://)`);
        else if (url.protocol === 'http:' && !HTTP_ONLY.has(url.hostname))
          bad.push(`${raw} (http: use https, or list the domain in HTTP_ONLY with the reason)`);
      });
      expect(bad).toEqual([]);
    },
  );

  it.each(pages)('%s: no link has vague text like "click here"', (route) => {
    const $ = page(route);
    const vague = $('a')
      .filter((_, a) => !$(a).attr('aria-label') && VAGUE.test($(a).text().trim()))
      .map((_, a) => `${$(a).text().trim()} -> ${$(a).attr('href')}`)
      .get();
    expect(vague).toEqual([]);
  });
});

afterAll(() => {
  if (!domains.size) return;
  const lines = [...domains]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([d, n]) => `${String(n).padStart(5)}  ${d}${HTTP_ONLY.has(d) ? '  (http)' : ''}`);
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/external-domains.txt', `${lines.join('\n')}\n`);
  console.log(
    `External domains linked (${domains.size}, links counted per page; written to reports/external-domains.txt):\n${lines.join('\n')}`,
  );
});
