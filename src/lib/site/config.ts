/**
 * The site's deployment settings, read from environment variables, and the rule for what a production
 * build is. Pure: pass the environment in. astro.config.mjs calls readSiteConfig so a production build
 * with a missing or placeholder value stops before any page is built, with the variable and the fix named.
 */
import { z } from 'astro/zod';

type Env = Record<string, string | undefined>;

/** Development and test builds use these; every one is on a reserved name (RFC 2606), so none can be mistaken for the real thing. */
export const PLACEHOLDERS = {
  SITE_URL: 'https://clinical-case-manager.example',
  REPOSITORY_URL: 'https://github.example/owner/repository',
  CONTACT_EMAIL: 'corrections@clinical-case-manager.example',
} as const;

export type SiteEnv = 'production' | 'development';

export interface SiteConfig {
  /** production: the deployed site (no example postings; every setting required). */
  env: SiteEnv;
  /** The public origin, no trailing slash. */
  siteUrl: string;
  /** The repository's web address (https://github.com/owner/name), no trailing slash. */
  repositoryUrl: string;
  /** Where corrections and job questions go. */
  contactEmail: string;
}

/** Host names reserved for documentation and testing (RFC 2606, RFC 6761): never a real deployment. */
export function isReservedHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return (
    /(^|\.)(example|test|invalid|localhost)$/.test(h) ||
    /^(example\.(com|net|org))$/.test(h) ||
    /\.example\.(com|net|org)$/.test(h) ||
    h === '127.0.0.1' ||
    h === '[::1]'
  );
}

const HOW = 'see "Configuration and deployment" in README.md';

/**
 * What kind of build this is. SITE_ENV=production or SITE_ENV=development says so outright; without it,
 * a build is production when SITE_URL is set to an address that is not a reserved test name (the deploy
 * workflow sets SITE_URL to the Pages address), and development otherwise.
 */
export function siteEnv(env: Env): SiteEnv {
  const declared = env.SITE_ENV?.trim().toLowerCase();
  if (declared) {
    if (declared === 'production' || declared === 'development') return declared;
    throw new Error(
      `SITE_ENV="${env.SITE_ENV}" is not a build kind. Use SITE_ENV=production for the deployed site or SITE_ENV=development (or leave it unset); ${HOW}.`,
    );
  }
  const url = env.SITE_URL?.trim();
  if (!url) return 'development';
  try {
    return isReservedHost(new URL(url).hostname) ? 'development' : 'production';
  } catch {
    return 'development'; // readSiteConfig reports the malformed address
  }
}

const emailSchema = z.email();

/** Problems with one variable, each a sentence naming the variable and the fix. */
function checkUrl(name: 'SITE_URL' | 'REPOSITORY_URL', value: string, prod: boolean): string[] {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [`${name}="${value}" is not a web address. Set it to a full https:// address; ${HOW}.`];
  }
  const problems: string[] = [];
  if (prod && url.protocol !== 'https:')
    problems.push(`${name}="${value}" must start with https:// in a production build.`);
  if (prod && isReservedHost(url.hostname))
    problems.push(
      `${name}="${value}" is a placeholder (${url.hostname} is a reserved test name). Set ${name} to the real address, or build with SITE_ENV=development; ${HOW}.`,
    );
  if (name === 'SITE_URL' && url.pathname !== '/')
    problems.push(
      `SITE_URL="${value}" has a path. Give only the origin (https://your-domain) and put a sub-path in BASE_PATH; ${HOW}.`,
    );
  if (name === 'REPOSITORY_URL' && !/^\/[^/]+\/[^/]+\/?$/.test(url.pathname))
    problems.push(
      `REPOSITORY_URL="${value}" is not a repository's address. Give it as https://github.com/<owner>/<repository>; ${HOW}.`,
    );
  return problems;
}

function checkEmail(value: string, prod: boolean): string[] {
  if (!emailSchema.safeParse(value).success)
    return [
      `CONTACT_EMAIL="${value}" is not an email address. Set it like CONTACT_EMAIL=corrections@your-domain.org; ${HOW}.`,
    ];
  if (prod && isReservedHost(value.split('@')[1] ?? ''))
    return [
      `CONTACT_EMAIL="${value}" is a placeholder (a reserved test domain cannot receive mail). Set it to a mailbox someone reads; ${HOW}.`,
    ];
  return [];
}

/**
 * The settings for this build, or an Error listing every problem. Development builds fill what is missing
 * with the placeholders; a production build needs all three, real.
 */
export function readSiteConfig(env: Env): SiteConfig {
  const kind = siteEnv(env);
  const prod = kind === 'production';
  const problems: string[] = [];
  const missing = new Set<string>();
  const value = (name: keyof typeof PLACEHOLDERS, what: string, example: string): string => {
    const v = env[name]?.trim();
    if (v) return v;
    if (prod) {
      missing.add(name);
      problems.push(`${name} is not set. Set it to ${what}, e.g. ${name}=${example}; ${HOW}.`);
    }
    return PLACEHOLDERS[name];
  };
  const siteUrl = value('SITE_URL', 'the public origin', 'https://jobs.your-domain.org');
  const repositoryUrl = value(
    'REPOSITORY_URL',
    "the site's GitHub repository",
    'https://github.com/your-organization/clinical-case-manager',
  );
  const contactEmail = value(
    'CONTACT_EMAIL',
    'the address that answers corrections and job questions',
    'corrections@your-domain.org',
  );
  if (!missing.has('SITE_URL')) problems.push(...checkUrl('SITE_URL', siteUrl, prod));
  if (!missing.has('REPOSITORY_URL'))
    problems.push(...checkUrl('REPOSITORY_URL', repositoryUrl, prod));
  if (!missing.has('CONTACT_EMAIL')) problems.push(...checkEmail(contactEmail, prod));
  if (problems.length)
    throw new Error(
      `${prod ? `This is a production build (${env.SITE_ENV ? 'SITE_ENV=production' : 'SITE_URL is a public address'}) and its configuration is not usable` : 'The site configuration is not usable'}:\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
  return {
    env: kind,
    siteUrl: new URL(siteUrl).origin,
    repositoryUrl: repositoryUrl.replace(/\/+$/, ''),
    contactEmail,
  };
}
