import { z } from 'astro/zod';
import { reference } from 'astro:content';

/** A reference to an entry of the sources collection; the build fails if the id does not exist. */
export const sourceRef = () => reference('sources');

/** At least one source for a record. */
export const sourceRefs = () => z.array(sourceRef()).min(1, 'expected at least one source id');
