import { slugify } from '../../text/slug.ts';

/** A safe file name for a download: "clinical-case-manager-acme-health.docx"; ASCII letters and digits only, at most 80 characters. */
export function downloadName(parts: string[], ext: string): string {
  return `${slugify(parts.join(' '), 80) || 'job-description'}.${ext}`;
}
