import { z } from 'astro/zod';
import { sourceRefs } from './sourced';

/** A fact that a source states, with its own source list; or a gap we say out loud. */
const fact = z.union([
  z.object({ value: z.string().min(2), sources: sourceRefs() }),
  z.object({ unverified: z.literal(true), note: z.string().min(5) }),
]);

/** A professional certification a case manager can hold. */
export const certificationSchema = z.object({
  /** The credential's letters, e.g. "CCM". */
  abbr: z.string().min(2).max(12),
  /** The credential's full name. */
  name: z.string().min(5),
  /** The body that grants it. */
  issuer: z.string().min(3),
  /** The issuer's official website. */
  issuerUrl: z.url({ protocol: /^https?$/ }),
  /** Who it is for (nurses, social workers, both). */
  audience: z.string().min(5),
  /** Eligibility in brief: each line a path or condition. */
  eligibility: z.array(fact).min(1),
  /** The exam (or that there is none). */
  exam: fact,
  /** Renewal cycle and continuing education. */
  renewal: fact,
  /** Position in lists; lower comes first. */
  order: z.number().int().nonnegative(),
});

/** A certification file as written (source ids as strings). */
export type CertificationInput = z.input<typeof certificationSchema>;
/** A certification as the collection gives it, after validation. */
export type Certification = z.output<typeof certificationSchema>;
