import { describe, expect, it } from 'vitest';
import { htmlFiles, page, routeOf } from './built';

/**
 * Every JSON-LD node on the site, checked against the properties its @type needs. Google's structured data
 * documentation decides for JobPosting (https://developers.google.com/search/docs/appearance/structured-data/job-posting)
 * and BreadcrumbList; schema.org's definitions for the rest. A type without a rule fails, so a new type gets one.
 *
 * `required`: every entry must be present (an array lists alternatives: one of them is enough).
 * `recommended`: reported, and must be present on at least one node of the type across the site.
 */
type Need = string | string[];
interface Rule {
  required: Need[];
  recommended?: string[];
  /** Further checks on the node's values; return the problems. */
  check?: (node: Node) => string[];
}
type Node = Record<string, any>;

const isDate = (v: unknown) =>
  typeof v === 'string' && !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}/.test(v);
const isUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\//.test(v) && URL.canParse(v);

const RULES: Record<string, Rule> = {
  BreadcrumbList: {
    required: ['itemListElement'],
    check: (n) =>
      Array.isArray(n.itemListElement) && n.itemListElement.length > 0
        ? []
        : ['itemListElement must be a non-empty list'],
  },
  ListItem: {
    required: ['position', 'name', 'item'],
    check: (n) => [
      ...(Number.isInteger(n.position) ? [] : ['position must be an integer']),
      ...(isUrl(n.item) ? [] : [`item "${n.item}" is not an absolute URL`]),
    ],
  },
  Occupation: {
    required: ['name', 'occupationLocation'],
    recommended: ['description', 'occupationalCategory', 'responsibilities', 'skills', 'url'],
  },
  EducationalOccupationalCredential: {
    required: ['name', 'credentialCategory'],
    recommended: ['recognizedBy', 'validIn', 'url'],
  },
  JobPosting: {
    required: [
      'title',
      'description',
      'datePosted',
      'hiringOrganization',
      ['jobLocation', 'applicantLocationRequirements'],
    ],
    recommended: ['validThrough', 'baseSalary', 'employmentType', 'identifier', 'directApply'],
    check: (n) => [
      ...(isDate(n.datePosted) ? [] : [`datePosted "${n.datePosted}" is not an ISO date`]),
      ...(n.validThrough === undefined || isDate(n.validThrough)
        ? []
        : [`validThrough "${n.validThrough}" is not an ISO date`]),
      // A remote job names where applicants may live and says it is TELECOMMUTE; an on-site job has a place.
      ...(n.jobLocation || (n.jobLocationType === 'TELECOMMUTE' && n.applicantLocationRequirements)
        ? []
        : ['give jobLocation, or applicantLocationRequirements with jobLocationType TELECOMMUTE']),
      ...(String(n.description ?? '').length >= 20
        ? []
        : ['description is too short to describe the job']),
    ],
  },
  Organization: { required: ['name'], recommended: ['sameAs'] },
  GovernmentOrganization: { required: ['name'], recommended: ['url'] },
  Place: { required: ['address'] },
  PostalAddress: {
    required: ['addressRegion', 'addressCountry'],
    recommended: ['addressLocality'],
  },
  MonetaryAmount: { required: ['currency', 'value'] },
  QuantitativeValue: {
    required: ['unitText', ['value', 'minValue']],
    check: (n) =>
      ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'].includes(n.unitText)
        ? []
        : [`unitText "${n.unitText}" is not HOUR, DAY, WEEK, MONTH or YEAR`],
  },
  PropertyValue: { required: ['name', 'value'] },
  Country: { required: ['name'] },
  State: { required: ['name'] },
  AdministrativeArea: { required: ['name'] },
  WebSite: { required: ['name', 'url'] },
  SearchAction: { required: ['target', 'query-input'] },
  Dataset: {
    required: ['name', 'description'],
    recommended: ['license', 'creator', 'distribution', 'temporalCoverage', 'url'],
  },
  DataDownload: { required: ['contentUrl', 'encodingFormat'] },
};

/** Every node with an @type inside a JSON-LD value, depth first. */
function nodes(value: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(value)) value.forEach((v) => nodes(v, out));
  else if (value && typeof value === 'object') {
    const node = value as Node;
    if (node['@type']) out.push(node);
    Object.entries(node).forEach(([k, v]) => k !== '@context' && nodes(v, out));
  }
  return out;
}

const present = (n: Node, key: string) =>
  n[key] !== undefined &&
  n[key] !== null &&
  n[key] !== '' &&
  !(Array.isArray(n[key]) && n[key].length === 0);

const pages = htmlFiles().map(routeOf);
const seen = new Map<string, Node[]>();

describe('JSON-LD: every node has the properties its type needs', () => {
  it.each(pages)('%s', (route) => {
    const $ = page(route);
    const problems: string[] = [];
    $('script[type="application/ld+json"]').each((_, s) => {
      const data = JSON.parse($(s).text());
      expect(data['@context'], 'each block names its vocabulary').toBe('https://schema.org');
      for (const node of nodes(data)) {
        for (const type of [node['@type']].flat() as string[]) {
          const rule = RULES[type];
          if (!rule) {
            problems.push(
              `@type ${type} has no rule: add one to RULES in tests/site/jsonld-required.test.ts`,
            );
            continue;
          }
          seen.set(type, [...(seen.get(type) ?? []), node]);
          for (const need of rule.required) {
            const options = [need].flat();
            if (!options.some((k) => present(node, k)))
              problems.push(`${type}: missing ${options.join(' or ')}`);
          }
          problems.push(...(rule.check?.(node) ?? []).map((p) => `${type}: ${p}`));
        }
      }
    });
    expect(problems).toEqual([]);
  });

  it('each recommended property appears on at least one node of its type (the site uses what it can)', () => {
    const missing: string[] = [];
    for (const [type, list] of seen) {
      for (const key of RULES[type]?.recommended ?? [])
        if (!list.some((n) => present(n, key))) missing.push(`${type}.${key}`);
    }
    expect(missing).toEqual([]);
  });
});
