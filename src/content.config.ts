import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sourceSchema } from '#src/schemas/source.ts';
import { dutySchema } from '#src/schemas/duty.ts';
import { skillSchema } from '#src/schemas/skill.ts';
import { qualificationSchema } from '#src/schemas/qualification.ts';
import { certificationSchema } from '#src/schemas/certification.ts';
import { examFeeSchema } from '#src/schemas/exam-fee.ts';
import { employmentSchema } from '#src/schemas/employment.ts';
import { makeProjectionSchema } from '#src/schemas/projection.ts';
import { makeWageTableSchema } from '#src/schemas/wage-table.ts';
import { makePriceParitySchema } from '#src/schemas/price-parity.ts';
import { makeStateProjectionTableSchema } from '#src/schemas/state-projection.ts';
import { occupationSchema } from '#src/schemas/occupation.ts';
import { sourceRef } from '#src/schemas/sourced.ts';
import { guidePageSchema } from '#src/schemas/guide-page.ts';
import { payQuoteSchema } from '#src/schemas/pay-quote.ts';
import { stateSchema } from '#src/schemas/state.ts';
import { jdTemplateSchema } from '#src/schemas/jd-template.ts';
import { jobSchema } from '#src/schemas/job.ts';
import { checkedEntryId } from '#src/data/yaml-entries.ts';

/** Where the data lives. Tests point CONTENT_DIR at a fixture copy; everyone else uses ./content. */
const root = process.env.CONTENT_DIR ?? './content';
/** One entry per YAML file, named after the file; empty files and impossible dates fail naming the file. */
const yaml = (folder: string) =>
  glob({
    pattern: '**/*.{yaml,yml}',
    base: `${root}/${folder}`,
    generateId: (o) => checkedEntryId(o),
  });

export const collections = {
  sources: defineCollection({ loader: yaml('sources'), schema: sourceSchema }),
  duties: defineCollection({ loader: yaml('duties'), schema: dutySchema }),
  skills: defineCollection({ loader: yaml('skills'), schema: skillSchema }),
  qualifications: defineCollection({ loader: yaml('qualifications'), schema: qualificationSchema }),
  certifications: defineCollection({ loader: yaml('certifications'), schema: certificationSchema }),
  examFees: defineCollection({ loader: yaml('exam-fees'), schema: examFeeSchema }),
  employment: defineCollection({ loader: yaml('employment'), schema: employmentSchema }),
  projections: defineCollection({
    loader: yaml('projections'),
    schema: makeProjectionSchema(sourceRef()),
  }),
  wages: defineCollection({ loader: yaml('wages'), schema: makeWageTableSchema(sourceRef()) }),
  stateProjections: defineCollection({
    loader: yaml('state-projections'),
    schema: makeStateProjectionTableSchema(sourceRef()),
  }),
  priceParities: defineCollection({
    loader: yaml('price-parities'),
    schema: makePriceParitySchema(sourceRef()),
  }),
  occupations: defineCollection({ loader: yaml('occupations'), schema: occupationSchema }),
  payQuotes: defineCollection({ loader: yaml('pay-quotes'), schema: payQuoteSchema }),
  states: defineCollection({ loader: yaml('states'), schema: stateSchema }),
  jdTemplates: defineCollection({ loader: yaml('jd-templates'), schema: jdTemplateSchema }),
  jobs: defineCollection({ loader: yaml('jobs'), schema: jobSchema }),
  guide: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${root}/guide` }),
    schema: guidePageSchema,
  }),
};
