/**
 * The OEWS occupation a posting's pay is best compared with: registered nurses when the job asks for
 * an RN license; otherwise the social work occupation for its setting (mental health and substance use,
 * child and family, or healthcare social workers for hospital, health plan, home health and the rest).
 */
export function comparisonSoc(job: { licenseRequired: string[]; setting: string }): string {
  if (job.licenseRequired.some((l) => /^(RN|BSN)$/i.test(l.trim()))) return '29-1141';
  if (job.setting === 'behavioral-health') return '21-1023';
  if (job.setting === 'child-family') return '21-1021';
  return '21-1022';
}
