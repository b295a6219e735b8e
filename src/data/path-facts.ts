import { getCollection } from 'astro:content';
import { GENERAL_FACTS, type PathFacts } from '#src/lib/licensing/path/facts.ts';

type Fee = { label: string; usd?: number; source?: { id: string } };

/** One fee of an exam-fees entry by its label; a clear error if the file no longer has it. */
function fee(entry: { id: string; data: { fees: Fee[] } }, label: string) {
  const f = entry.data.fees.find((x) => x.label === label);
  if (!f)
    throw new Error(
      `content/exam-fees/${entry.id}.yaml: the planner needs a fee labelled "${label}" (fees[].label); add it back or update src/data/path-facts.ts`,
    );
  return f;
}

const asCost = (f: Fee) => ({ label: f.label, usd: f.usd ?? null, source: f.source?.id ?? null });

let cached: Promise<PathFacts> | undefined;

/** The planner's general figures, with the exam and certification fees read from content/exam-fees. */
export const pathFacts = (): Promise<PathFacts> => (cached ??= readFacts());

async function readFacts(): Promise<PathFacts> {
  const fees = new Map((await getCollection('examFees')).map((e) => [e.id, e]));
  const need = (id: string) => {
    const e = fees.get(id);
    if (!e) throw new Error(`content/exam-fees/${id}.yaml is missing; the planner reads its fees`);
    return e as unknown as { id: string; data: { fees: Fee[] } };
  };
  const aswb = need('aswb');
  const clinical = fee(aswb, 'Advanced Generalist or Clinical exam');
  const masters = fee(aswb, 'Associate, Bachelors or Masters exam');
  const known = (f: Fee) =>
    f.usd !== undefined && f.source ? { usd: f.usd, source: f.source.id } : null;
  return {
    ...GENERAL_FACTS,
    fees: {
      aswbClinical: known(clinical),
      aswbMasters: known(masters),
      ccm: [fee(need('ccm'), 'Application (non-refundable)'), fee(need('ccm'), 'Exam')].map(asCost),
      acm: [fee(need('acm'), 'Exam')].map(asCost),
    },
  };
}
