/**
 * The general (not state-specific) figures the planner uses, each with the source id it rests on. Degree
 * lengths are typical program lengths as the sources describe them, not rules; the certification figures are
 * the certifying bodies' own eligibility rules. Fees come from content/exam-fees and are passed in.
 */
export interface PathFacts {
  /** BSW length (months). */
  bsw: { months: number; source: string };
  /** MSW full time, and with advanced standing for BSW graduates (months). */
  msw: { fullTime: number; advancedStanding: number; source: string };
  /** Field placement hours in accredited social work degrees. */
  fieldHours: { bsw: number; msw: number; source: string };
  /** Associate and bachelor's degrees in nursing (months), and the NCLEX-RN exam for the RN license. */
  nursing: { adn: number; bsn: number; exam: string; source: string };
  /** Hours in a full-time year of work, used to turn an hour total into months. */
  fullTimeYear: { hours: number; source: string };
  /** CCM: months of full-time case management with a CCM supervisor (min) or any supervisor (max). */
  ccmWork: { withCcm: number; anySupervisor: number; source: string };
  /** ACM: months and hours of full-time supervised paid case management in a health delivery system. */
  acmWork: { months: number; hours: number; source: string };
  /** Exam and certification fees (from content/exam-fees); usd null = not yet verified. */
  fees: {
    aswbClinical: { usd: number; source: string } | null;
    aswbMasters: { usd: number; source: string } | null;
    ccm: { label: string; usd: number | null; source: string | null }[];
    acm: { label: string; usd: number | null; source: string | null }[];
  };
}

/** The figures as the sources state them (see each source file's note); fees are filled in from content/exam-fees. */
export const GENERAL_FACTS: Omit<PathFacts, 'fees'> = {
  // "a four-year degree" (University of Michigan–Flint BSW page)
  bsw: { months: 48, source: 'umflint-bsw' },
  // "about two years of full-time study"; advanced standing "typically shortens it to about a year" (Bemidji State)
  msw: { fullTime: 24, advancedStanding: 12, source: 'bemidji-msw' },
  // CSWE: at least 400 hours (BSW) and 900 hours (MSW) of field education
  fieldHours: { bsw: 400, msw: 900, source: 'cswe-field-hours-2020' },
  // ADN typically two years, BSN four, then the NCLEX exam (University of Arizona Global Campus)
  nursing: { adn: 24, bsn: 48, exam: 'NCLEX-RN', source: 'uagc-how-long-nurse' },
  // ACMA: "one year (2,080 hours) of full-time" work
  fullTimeYear: { hours: 2080, source: 'acma-acm-faq' },
  // CCMC: 12 months full time supervised by a CCM, or 24 months under any supervisor
  ccmWork: { withCcm: 12, anySupervisor: 24, source: 'ccmc-eligibility' },
  // ACMA: at least one year (2,080 hours) of full-time, supervised, paid case management
  acmWork: { months: 12, hours: 2080, source: 'acma-acm-faq' },
};
