import { getEntry } from 'astro:content';
import { periodOfAdjective } from '#src/schemas/vocabulary/pay.ts';

/**
 * A quoted pay range from content/pay-quotes/, with its period in the site's vocabulary (the files write
 * basis: annual | hourly). Fails the build, naming the file, when the quote is missing.
 */
export async function payQuote(id: string) {
  const e = await getEntry('payQuotes', id);
  if (!e) throw new Error(`No pay quote "${id}": add content/pay-quotes/${id}.yaml.`);
  return { ...e.data, period: periodOfAdjective(e.data.basis) };
}
