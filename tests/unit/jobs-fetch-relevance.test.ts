/**
 * The relevance rule on a table of job titles of the kind health employers, staffing boards, USAJOBS and law or
 * insurance firms advertise (common titles in the field, written out here; not copied from one posting each).
 * The test prints the rule's precision and recall on the table and holds precision at 1 and recall at 0.95 or
 * more: a lower figure after a change to the rule fails here.
 */
import { describe, expect, it } from 'vitest';
import { isCaseManagementRole } from '#src/lib/jobs/fetch/relevance.ts';
import { licensesIn } from '#src/lib/jobs/fetch/normalize.ts';

/** [title, is it a case-management role, optional description]. */
const TABLE: [string, boolean, string?][] = [
  // In: the title names case management.
  ['RN Case Manager', true],
  ['Social Worker (Case Manager)', true],
  ['Utilization Review Nurse', true],
  ['Nurse Case Manager', true],
  ['Registered Nurse Case Manager - Home Health', true],
  ['Clinical Case Manager', true],
  ['Case Manager, LCSW', true],
  ['Behavioral Health Case Manager', true],
  ['Mental Health Case Manager', true],
  ['Targeted Case Manager', true],
  ['Intensive Case Manager', true],
  ['Case Manager - Inpatient', true],
  ['Hospital Case Manager', true],
  ['Case Manager II (RN)', true],
  ['Care Manager', true],
  ['Complex Care Manager', true],
  ['RN Care Manager - Transitions of Care', true],
  ['Care Coordinator', true],
  ['Behavioral Health Care Coordinator', true],
  ['Nurse Care Coordinator', true],
  ['Utilization Management Nurse', true],
  ['Utilization Review Specialist', true],
  ['UM Nurse', true],
  ['Discharge Planner', true],
  ['Social Worker - Discharge Planning', true],
  ['Transitions of Care Nurse', true],
  ['Care Navigator', true],
  ['Patient Navigator', true],
  ['Clinical Care Navigator (LCSW/LMFT/LPC)', true],
  ['Service Coordinator - Medicaid LTSS', true],
  ['Director of Case Management', true],
  ['Case Management Supervisor', true],
  ['Manager, Care Management', true],
  ['Social Worker Case Manager, Homeless Program', true],
  ['Medical Social Worker - Case Management', true],
  ['Workers Compensation Nurse Case Manager', true],
  ['Caseworker, Child Welfare', true],
  ['Substance Use Disorder Case Manager', true],
  ['Pediatric Care Coordinator', true],
  // In only through the description: a clinical title whose work is case management.
  [
    'Social Worker',
    true,
    'Provide case management to veterans and link them to housing and benefits.',
  ],
  [
    'Registered Nurse',
    true,
    'Care coordination for members with chronic conditions across the care team.',
  ],
  [
    'Licensed Clinical Social Worker',
    true,
    'Carry a caseload of adults with serious mental illness.',
  ],
  // Out: another line of work that borrows the words.
  ['Legal Case Manager', false],
  ['Claims Case Manager', false],
  ['Case Management Software Engineer', false],
  ['Litigation Case Manager', false],
  ['Immigration Case Manager', false],
  ['Bankruptcy Case Manager', false],
  ['Workers Compensation Claims Case Manager', false],
  ['Paralegal / Case Manager', false],
  [
    'Case Manager',
    false,
    'Join our personal injury law firm and support our attorneys with client files.',
  ],
  ['Senior Product Manager, Care Management', false],
  ['Salesforce Developer - Case Management', false],
  ['Account Executive, Care Management Solutions', false],
  ['Customer Success Manager', false],
  ['Mortgage Case Manager', false],
  ['Insurance Claims Adjuster', false],
  ['Billing Specialist', false],
  ['Medical Coder', false],
  ['Veterinary Care Coordinator', false],
  ['Recruiter, Nursing', false],
  ['Data Analyst, Care Management', false],
  ['Case Management Assistant', false],
  ['Care Coordination Representative', false],
  // Out: clinical roles that are not case management.
  ['Registered Nurse - ICU', false],
  ['Staff Nurse, Med/Surg', false],
  ['Outpatient Therapist (LCSW)', false, 'Provide individual and group psychotherapy.'],
  ['Physical Therapist', false],
  ['Pharmacist', false],
  ['Psychiatric Nurse Practitioner', false],
  ['Physician Assistant', false],
  ['School Social Worker', false, 'Support students with attendance and classroom behavior.'],
];

describe('the relevance rule', () => {
  it('has a table of at least 60 titles, both in and out', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
    expect(TABLE.filter(([, want]) => want).length).toBeGreaterThan(25);
    expect(TABLE.filter(([, want]) => !want).length).toBeGreaterThan(25);
  });

  it('reaches precision 1.00 and recall of at least 0.95 on the table', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const [title, want, description] of TABLE) {
      const got = isCaseManagementRole({
        title,
        ...(description === undefined ? {} : { description }),
        licenses: licensesIn(`${title}\n${description ?? ''}`),
      });
      if (got.relevant && want) tp++;
      else if (got.relevant && !want) fp++;
      else if (!got.relevant && want) fn++;
      if (got.relevant !== want) wrong.push(`${title}: ${got.reason}`);
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(
      `relevance rule on ${TABLE.length} titles: precision ${precision.toFixed(2)} (${tp} of ${tp + fp} kept are case management), recall ${recall.toFixed(2)} (${tp} of ${tp + fn} case-management titles kept)${wrong.length ? `; wrong: ${wrong.join(' | ')}` : ''}`,
    );
    expect(precision).toBe(1);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('says why a posting is left out', () => {
    expect(isCaseManagementRole({ title: 'Claims Case Manager' }).reason).toMatch(
      /insurance claims/,
    );
    expect(isCaseManagementRole({ title: 'Registered Nurse' }).reason).toMatch(
      /does not mention case management/,
    );
  });
});
