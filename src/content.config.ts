import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sourceSchema } from './schemas/source';
import { dutySchema } from './schemas/duty';
import { skillSchema } from './schemas/skill';
import { qualificationSchema } from './schemas/qualification';
import { certificationSchema } from './schemas/certification';
import { employmentSchema } from './schemas/employment';
import { projectionSchema } from './schemas/projection';
import { makeWageTableSchema } from './schemas/wage-table';
import { occupationSchema } from './schemas/occupation';
import { sourceRef } from './schemas/sourced';
import { guidePageSchema } from './schemas/guide-page';
import { payQuoteSchema } from './schemas/pay-quote';
import { stateSchema } from './schemas/state';
import { jdTemplateSchema } from './schemas/jd-template';
import { jobSchema } from './schemas/job';

/** Where the data lives. Tests point CONTENT_DIR at a fixture copy; everyone else uses ./content. */
const root = process.env.CONTENT_DIR ?? './content';
const yaml = (folder: string) => glob({ pattern: '**/*.{yaml,yml}', base: `${root}/${folder}` });

export const collections = {
  sources: defineCollection({ loader: yaml('sources'), schema: sourceSchema }),
  duties: defineCollection({ loader: yaml('duties'), schema: dutySchema }),
  skills: defineCollection({ loader: yaml('skills'), schema: skillSchema }),
  qualifications: defineCollection({ loader: yaml('qualifications'), schema: qualificationSchema }),
  certifications: defineCollection({ loader: yaml('certifications'), schema: certificationSchema }),
  employment: defineCollection({ loader: yaml('employment'), schema: employmentSchema }),
  projections: defineCollection({ loader: yaml('projections'), schema: projectionSchema }),
  wages: defineCollection({ loader: yaml('wages'), schema: makeWageTableSchema(sourceRef()) }),
  occupations: defineCollection({ loader: yaml('occupations'), schema: occupationSchema }),
  payQuotes: defineCollection({ loader: yaml('pay-quotes'), schema: payQuoteSchema }),
  states: defineCollection({ loader: yaml('states'), schema: stateSchema }),
  jdTemplates: defineCollection({ loader: yaml('jd-templates'), schema: jdTemplateSchema }),
  jobs: defineCollection({ loader: yaml('jobs'), schema: jobSchema }),
  guide: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `${root}/guide` }), schema: guidePageSchema }),
};
