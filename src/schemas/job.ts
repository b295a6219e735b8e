import { z } from 'astro/zod';
import { STATE_CODES } from './vocabulary/us-states.ts';
import { calendarDate } from './calendar-date.ts';
import { EMPLOYMENT_TYPES, JOB_SETTINGS } from './vocabulary/jobs.ts';
import { PAY_PERIOD_KEYS } from './vocabulary/pay.ts';

/**
 * The jobs schema is plain zod (no `astro:content` references), so the importer and the "post a job"
 * form validate with exactly the rules the build uses.
 */

export {
  JOB_SETTINGS,
  EMPLOYMENT_TYPES,
  type JobSetting,
  type EmploymentType,
} from './vocabulary/jobs.ts';

const keys = <T extends object>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
const stateCode = z.enum(STATE_CODES as [string, ...string[]], {
  error: 'expected a two-letter postal code in upper case, such as TX or DC',
});
const httpUrl = (what: string) =>
  z.url({ protocol: /^https?$/, error: `expected ${what} as an http(s) URL` });
/** Bidirectional embedding, override and isolate controls: invisible, they reverse the text around them. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
/**
 * A single line of text: no line breaks, no control characters, no bidirectional controls. `what` completes
 * "Write ..." in the message for an empty value ("the job title").
 */
const line = (min: number, max: number, what = 'a value') =>
  z
    .string()
    .trim()
    .min(1, { error: `empty. Write ${what}.`, abort: true })
    .min(min, {
      error: (i) =>
        `too short (${String(i.input).trim().length} characters). Write at least ${min} characters.`,
    })
    .max(max, {
      error: (i) =>
        `too long (${String(i.input).trim().length} characters). Shorten it to ${max} characters or fewer.`,
    })
    .regex(
      // eslint-disable-next-line no-control-regex -- refusing control characters is the point
      /^[^\u0000-\u001f\u007f]*$/,
      'must be one line of text, without line breaks or control characters',
    )
    .refine((s) => !BIDI.test(s), {
      message:
        'holds invisible text-direction control characters (U+202A–U+202E, U+2066–U+2069) that reverse how it reads. Delete them (retype the text if need be).',
    });

/** One job posting, one YAML file in content/jobs/ named after its id. */
export const jobSchema = z
  .strictObject({
    /** Lower-case id, also the file name and the URL: "acme-health-boston-2026-11". */
    id: z
      .string()
      .regex(
        /^[a-z0-9](?:[a-z0-9-]{1,78}[a-z0-9])$/,
        'expected a lower-case id of letters, digits and hyphens (3–80 characters), e.g. acme-health-boston-lcsw',
      ),
    /** The job title as the employer advertises it. */
    title: line(3, 120, 'the job title'),
    /** Who is hiring. */
    employer: z.strictObject({
      /** The organization's name. */
      name: line(2, 120, 'the employer’s name'),
      /** Its website. */
      url: httpUrl('the employer website').optional(),
    }),
    /** Where the work is. Leave out only for fully remote jobs. */
    location: z.strictObject({ city: line(2, 80, 'the city'), state: stateCode }).optional(),
    /** For remote jobs: the states applicants must live in, or "US" for anywhere in the United States. */
    remote: z
      .strictObject({
        eligible: z.union([z.literal('US'), z.array(stateCode).min(1)], {
          error:
            'write US for anywhere in the United States, or a list of two-letter state codes such as [MA, NH]',
        }),
      })
      .optional(),
    /** The care setting (see JOB_SETTINGS). */
    setting: z.enum(keys(JOB_SETTINGS)),
    /** Full time, part time, ... (see EMPLOYMENT_TYPES). */
    employmentType: z.enum(keys(EMPLOYMENT_TYPES)),
    /** The pay range, where the employer published one. */
    pay: z
      .strictObject({
        /** Lowest pay offered, in US dollars. */
        min: z.number().positive('expected pay as a positive number of dollars'),
        /** Highest pay offered; leave out for a single figure. */
        max: z.number().positive('expected pay as a positive number of dollars').optional(),
        /** Whether the figures are per hour or per year. */
        per: z.enum(PAY_PERIOD_KEYS),
      })
      .refine((p) => p.max === undefined || p.max >= p.min, {
        message: 'pay.max must be at least pay.min',
        path: ['max'],
      })
      // Only when min is a pay figure: a bad min has its own message, and this one would blame pay.per.
      .refine((p) => !(p.min > 0) || (p.per === 'hour' ? p.min < 1000 : p.min >= 1000), {
        message:
          'that figure does not look like pay for the period given; check pay.per (hour or year)',
        path: ['per'],
      })
      .optional(),
    /** Licenses an applicant must hold, by their letters ("LCSW", "RN"). Empty when none is required. */
    licenseRequired: z.array(line(2, 30)).max(10).default([]),
    /** Certifications the employer prefers ("CCM"). */
    certificationsPreferred: z.array(line(2, 30)).max(10).default([]),
    /** The description in Markdown. Rendered through a safe subset: no raw HTML, no scripts, http(s) and mailto links only. */
    description: z
      .string()
      .trim()
      .min(50, 'write at least a few sentences of description (50 characters)')
      .max(20_000),
    /** The day the job was first advertised. */
    datePosted: calendarDate(),
    /** The last day applications are accepted; after it the posting is closed. */
    validThrough: calendarDate(),
    /** How to apply: a URL, an email address, or both. */
    apply: z
      .strictObject({
        url: httpUrl('the application link').optional(),
        email: z.email('expected an email address').optional(),
      })
      .refine((a) => a.url || a.email, { message: 'give apply.url or apply.email' }),
    /** Where the posting came from and its id there, so an import can find it again. */
    source: z.strictObject({
      /**
       * "example" for the site's sample postings, "usajobs", "ats", "employer" for the post-a-job form, and the
       * applicant tracking systems `npm run jobs:fetch` reads: "greenhouse", "lever", "ashby", "smartrecruiters".
       */
      name: z.enum([
        'example',
        'usajobs',
        'ats',
        'employer',
        'greenhouse',
        'lever',
        'ashby',
        'smartrecruiters',
      ]),
      /** The posting's id in that source. */
      id: line(1, 120, 'the posting’s id in that source'),
      /** The posting's page in that source. */
      url: httpUrl('the source URL').optional(),
      /** A fingerprint of the source record, so an import rewrites the file only when the record changed. */
      hash: z
        .string()
        .regex(/^[a-f0-9]{8,64}$/)
        .optional(),
      /**
       * The entry of content/job-sources.yaml that brought the posting in (`npm run jobs:fetch`). Only that entry's
       * fetches update or close the file; postings without it (imports, employers' own files) are never closed.
       */
      feed: z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'expected the name of a job-sources.yaml entry')
        .optional(),
    }),
    /** True for the sample postings the site ships: they are labeled "Example" everywhere they appear. */
    example: z.boolean().default(false),
  })
  .refine((j) => j.location || j.remote, {
    message: 'give a location (city and state) or remote (with the states applicants may live in)',
    path: ['location'],
  })
  // Only when both are dates: an impossible date has its own message.
  .refine(
    (j) =>
      !(j.validThrough instanceof Date && j.datePosted instanceof Date) ||
      j.validThrough.getTime() >= j.datePosted.getTime(),
    {
      message: 'validThrough must be on or after datePosted',
      path: ['validThrough'],
    },
  )
  .refine((j) => j.source.name !== 'example' || j.example, {
    message: 'postings from source "example" must set example: true',
    path: ['example'],
  });

/** A posting as written in content/jobs/ (dates as text, defaults not yet filled in). */
export type JobInput = z.input<typeof jobSchema>;
/** A posting after validation: dates parsed, defaults filled in. */
export type Job = z.output<typeof jobSchema>;
