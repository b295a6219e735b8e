/**
 * content/job-sources.yaml: the sources `npm run jobs:fetch` reads. One entry per source, each with a `type` and
 * that type's keys. Validated here; an error names the entry and the fix.
 */
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { JOB_SETTINGS } from '#src/schemas/vocabulary/jobs.ts';

const name = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,79}$/,
    'expected a lower-case name of letters, digits and hyphens, e.g. greenhouse-talkspace',
  );
const token = (what: string, example: string) =>
  z
    .string()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/,
      `expected the ${what} as it appears in the board's address, e.g. ${example}`,
    );
const settings = Object.keys(JOB_SETTINGS) as [
  keyof typeof JOB_SETTINGS,
  ...(keyof typeof JOB_SETTINGS)[],
];
const common = {
  /** The entry's name: written into each posting's source.feed, and what --source selects. */
  name,
  /** Where the board name or query was confirmed (a public page), so a reader can check it. */
  confirmedAt: z.url({
    protocol: /^https$/,
    error: 'expected the https address where this source was confirmed',
  }),
  /** The care setting to assume when a posting's title does not say (see JOB_SETTINGS). */
  setting: z.enum(settings, { error: `expected one of ${settings.join(', ')}` }).optional(),
  /** Days a posting stays open after it was last seen, for sources that publish no closing date. */
  rollingDays: z.number().int().min(1).max(60).optional(),
};
const employer = {
  /** The employer's name as postings on the site show it. */
  employer: z.string().trim().min(2, 'give the employer name, e.g. Talkspace'),
  /** The employer's website. */
  employerUrl: z
    .url({ protocol: /^https?$/, error: 'expected the employer website as an http(s) URL' })
    .optional(),
};

const SERIES = 'expected a four-digit occupational series in quotes, e.g. "0185"';
export const usajobsSource = z.strictObject({
  ...common,
  type: z.literal('usajobs'),
  /** USAJOBS `Keyword`: searched in the whole announcement. */
  keywords: z.string().trim().min(2, 'give the words to search for, e.g. case management'),
  /** USAJOBS `JobCategoryCode`: OPM occupational series, four digits ("0185"). */
  series: z.array(z.string({ error: SERIES }).regex(/^\d{4}$/, SERIES)).optional(),
});
export const greenhouseSource = z.strictObject({
  ...common,
  ...employer,
  type: z.literal('greenhouse'),
  /** The board token: job-boards.greenhouse.io/<board>. */
  board: token('board token', 'talkspace'),
});
export const leverSource = z.strictObject({
  ...common,
  ...employer,
  type: z.literal('lever'),
  /** The site name: jobs.lever.co/<site>. */
  site: token('site name', 'lyrahealth'),
});
export const ashbySource = z.strictObject({
  ...common,
  ...employer,
  type: z.literal('ashby'),
  /** The job board name: jobs.ashbyhq.com/<board>. */
  board: token('job board name', 'rula'),
});
export const smartrecruitersSource = z.strictObject({
  ...common,
  ...employer,
  type: z.literal('smartrecruiters'),
  /** The company identifier: careers.smartrecruiters.com/<company>. */
  company: token('company identifier', 'ExampleHealth'),
});

export const SOURCE_TYPES = {
  usajobs: usajobsSource,
  greenhouse: greenhouseSource,
  lever: leverSource,
  ashby: ashbySource,
  smartrecruiters: smartrecruitersSource,
} as const;
export type SourceType = keyof typeof SOURCE_TYPES;

export type UsajobsSource = z.infer<typeof usajobsSource>;
export type GreenhouseSource = z.infer<typeof greenhouseSource>;
export type LeverSource = z.infer<typeof leverSource>;
export type AshbySource = z.infer<typeof ashbySource>;
export type SmartRecruitersSource = z.infer<typeof smartrecruitersSource>;
export type SourceEntry =
  UsajobsSource | GreenhouseSource | LeverSource | AshbySource | SmartRecruitersSource;

export interface FetchConfig {
  /** Days a posting from a source without closing dates stays open after it was last seen. */
  rollingDays: number;
  sources: SourceEntry[];
}

/** Default for rollingDays: two weeks, so a board that stops listing a job (or a fetch that stops running) closes it soon. */
export const DEFAULT_ROLLING_DAYS = 14;

const top = z.strictObject({
  rollingDays: z.number().int().min(1).max(60).default(DEFAULT_ROLLING_DAYS),
  sources: z.array(z.unknown()).min(1, 'list at least one source under sources:'),
});

/** The config file cannot be used; the message names the entry and the fix. */
export class ConfigError extends Error {}

const where = (file: string, i: number, entry: unknown) => {
  const n = (entry as { name?: unknown } | null)?.name;
  return `${file}: sources[${i}]${typeof n === 'string' ? ` (${n})` : ''}`;
};

const valueAt = (value: unknown, path: PropertyKey[]) =>
  path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    value,
  );

/** Parse and check the YAML text of a sources file; throws ConfigError listing every problem. */
export function parseFetchConfig(text: string, file = 'content/job-sources.yaml'): FetchConfig {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    throw new ConfigError(`${file} is not valid YAML: ${(e as Error).message}`);
  }
  const head = top.safeParse(data ?? {});
  if (!head.success)
    throw new ConfigError(
      head.error.issues
        .map((i) => `${file}: ${i.path.join('.') || 'the file'}: ${i.message}`)
        .join('\n'),
    );
  const problems: string[] = [];
  const sources: SourceEntry[] = [];
  const seen = new Map<string, number>();
  head.data.sources.forEach((entry, i) => {
    const at = where(file, i, entry);
    const rawName = (entry as { name?: unknown } | null)?.name;
    if (typeof rawName === 'string') {
      const first = seen.get(rawName);
      if (first !== undefined)
        problems.push(
          `${at}: name: "${rawName}" is also the name of sources[${first}]. Give each entry its own name.`,
        );
      else seen.set(rawName, i);
    }
    const type = (entry as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !(type in SOURCE_TYPES)) {
      problems.push(
        `${at}: type: ${type === undefined ? 'missing' : `"${String(type)}" is not known`}. Use one of ${Object.keys(SOURCE_TYPES).join(', ')}.`,
      );
      return;
    }
    const result = SOURCE_TYPES[type as SourceType].safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.join('.') || 'entry';
        const message =
          issue.code === 'unrecognized_keys'
            ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}. A ${type} entry takes ${Object.keys(SOURCE_TYPES[type as SourceType].shape).join(', ')}.`
            : valueAt(entry, issue.path) === undefined
              ? `missing. A ${type} entry needs it.`
              : issue.message;
        problems.push(`${at}: ${field}: ${message}`);
      }
      return;
    }
    sources.push(result.data);
  });
  if (problems.length) throw new ConfigError(problems.join('\n'));
  return { rollingDays: head.data.rollingDays, sources };
}
