import type { Job } from '#src/schemas/job.ts';
import { descriptionHtml } from '#src/lib/jobs/description.ts';
import { jobPosting } from './job-posting.ts';

/**
 * A job board posting as schema.org JobPosting: its description as sanitized HTML, its employer, place, remote
 * eligibility, pay and employment type, and the posting's id with the source as the identifier. Applicants apply
 * through the employer's own link, so directApply is false. Kept apart from job-posting.ts so the builder's
 * bundle does not carry the description renderer.
 */
export const boardJobPosting = (job: Job): Record<string, unknown> =>
  jobPosting({
    title: job.title,
    descriptionHtml: descriptionHtml(job.description),
    datePosted: job.datePosted,
    validThrough: job.validThrough,
    employer: job.employer,
    location: job.location,
    remote: job.remote,
    pay: job.pay,
    employmentType: job.employmentType,
    identifier: { name: job.employer.name, value: job.source.id },
    directApply: false,
  });
