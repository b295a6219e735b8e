/** A safe file name for a download: "clinical-case-manager-acme-health.docx"; ASCII letters and digits only, at most 80 characters. */
export function downloadName(parts: string[], ext: string): string {
  const slug = parts
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'job-description'}.${ext}`;
}
