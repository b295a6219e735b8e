/** Who a job description serves: community and social work settings say "client", hospitals and nursing say "patient". */
export type Person = 'client' | 'patient';

const WORD = /\b(client|patient)(s?)\b/giu;

/**
 * The text with every "client"/"patient" (singular, plural, possessive, any capitalization) turned into the
 * setting's word, so one template never mixes the two.
 */
export function forPerson(text: string, person: Person): string {
  return text.replace(WORD, (_whole: string, word: string, plural: string) => {
    const to = `${person}${plural}`;
    if (word === word.toUpperCase()) return to.toUpperCase();
    const first = word.charAt(0);
    if (first === first.toUpperCase()) return to.charAt(0).toUpperCase() + to.slice(1);
    return to;
  });
}
