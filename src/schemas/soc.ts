import { z } from 'astro/zod';

/** A Standard Occupational Classification code such as 21-1022 (detailed) or 21-1020 (broad group). */
export const socCode = z.string().regex(/^\d{2}-\d{4}$/, 'expected a SOC code like 21-1022');
