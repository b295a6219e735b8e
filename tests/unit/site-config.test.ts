import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS, isReservedHost, readSiteConfig, siteEnv } from '#src/lib/site/config.ts';

const REAL = {
  SITE_URL: 'https://jobs.ccm-guide.org',
  REPOSITORY_URL: 'https://github.com/ccm-guide/site',
  CONTACT_EMAIL: 'corrections@ccm-guide.org',
};
const problems = (env: Record<string, string>) => {
  try {
    readSiteConfig(env);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('what marks a production build', () => {
  it('is development without configuration, or with SITE_URL on a reserved test name', () => {
    expect(siteEnv({})).toBe('development');
    expect(siteEnv({ SITE_URL: 'https://clinical-case-manager.example' })).toBe('development');
    expect(siteEnv({ SITE_URL: 'http://localhost:4321' })).toBe('development');
    expect(siteEnv({ SITE_URL: 'http://127.0.0.1:4321' })).toBe('development');
  });
  it('is production when SITE_URL is a public address (as the deploy workflow sets it) or SITE_ENV says so', () => {
    expect(siteEnv({ SITE_URL: 'https://ccm-guide.github.io' })).toBe('production');
    expect(siteEnv({ SITE_ENV: 'production' })).toBe('production');
    expect(siteEnv({ SITE_ENV: 'development', SITE_URL: 'https://jobs.ccm-guide.org' })).toBe(
      'development',
    );
    expect(() => siteEnv({ SITE_ENV: 'prod' })).toThrow(/SITE_ENV="prod" is not a build kind/);
  });
  it('knows the reserved names (RFC 2606, RFC 6761)', () => {
    for (const h of [
      'x.example',
      'example.org',
      'a.example.com',
      'b.test',
      'c.invalid',
      'localhost',
    ])
      expect(isReservedHost(h), h).toBe(true);
    for (const h of ['example-health.org', 'github.com', 'ccm-guide.org'])
      expect(isReservedHost(h), h).toBe(false);
  });
});

describe('reading the configuration', () => {
  it('development and test builds work without any variable, on placeholders', () => {
    expect(readSiteConfig({})).toEqual({
      env: 'development',
      siteUrl: PLACEHOLDERS.SITE_URL,
      repositoryUrl: PLACEHOLDERS.REPOSITORY_URL,
      contactEmail: PLACEHOLDERS.CONTACT_EMAIL,
    });
  });
  it('a complete production configuration is taken as given (trailing slashes dropped)', () => {
    expect(
      readSiteConfig({
        ...REAL,
        SITE_URL: `${REAL.SITE_URL}/`,
        REPOSITORY_URL: `${REAL.REPOSITORY_URL}/`,
      }),
    ).toEqual({
      env: 'production',
      siteUrl: REAL.SITE_URL,
      repositoryUrl: REAL.REPOSITORY_URL,
      contactEmail: REAL.CONTACT_EMAIL,
    });
  });
  it('a production build refuses missing values, naming each variable and the fix', () => {
    const msg = problems({ SITE_URL: REAL.SITE_URL });
    expect(msg).toMatch(/production build \(SITE_URL is a public address\)/);
    expect(msg).toMatch(
      /- REPOSITORY_URL is not set\. Set it to .*REPOSITORY_URL=https:\/\/github\.com\//,
    );
    expect(msg).toMatch(/- CONTACT_EMAIL is not set\. Set it to .*CONTACT_EMAIL=/);
    expect(msg).toContain('README.md');
    expect(problems({ SITE_ENV: 'production' })).toMatch(/- SITE_URL is not set/);
  });
  it('a production build refuses .example placeholders', () => {
    const msg = problems({
      SITE_ENV: 'production',
      SITE_URL: PLACEHOLDERS.SITE_URL,
      REPOSITORY_URL: PLACEHOLDERS.REPOSITORY_URL,
      CONTACT_EMAIL: PLACEHOLDERS.CONTACT_EMAIL,
    });
    expect(msg).toMatch(/SITE_ENV=production/);
    expect(msg).toMatch(/SITE_URL="https:\/\/clinical-case-manager\.example" is a placeholder/);
    expect(msg).toMatch(/REPOSITORY_URL="https:\/\/github\.example\/.*" is a placeholder/);
    expect(msg).toMatch(
      /CONTACT_EMAIL=".*" is a placeholder \(a reserved test domain cannot receive mail\)/,
    );
  });
  it('refuses malformed values in any build', () => {
    expect(problems({ SITE_URL: 'not a url' })).toMatch(
      /SITE_URL="not a url" is not a web address/,
    );
    expect(problems({ SITE_URL: 'https://x.example/ccm/' })).toMatch(/put a sub-path in BASE_PATH/);
    expect(problems({ REPOSITORY_URL: 'https://github.com/only-owner' })).toMatch(
      /REPOSITORY_URL=.* is not a repository's address/,
    );
    expect(problems({ CONTACT_EMAIL: 'nobody' })).toMatch(/CONTACT_EMAIL="nobody" is not an email/);
    expect(problems({ ...REAL, SITE_URL: 'http://jobs.ccm-guide.org' })).toMatch(
      /must start with https:\/\//,
    );
  });
});
