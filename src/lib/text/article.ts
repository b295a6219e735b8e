/**
 * The indefinite article for a word by its sound: "an Ohio license", "a Utah license", "a Texas license".
 * Words starting with a vowel letter take "an", except a "U" said "you" (Utah, union, user).
 */
export function indefinite(word: string): 'a' | 'an' {
  return /^(?:[aeio]|u(?!t|ni|s[aeiou]|ra|ro))/i.test(word.trim()) ? 'an' : 'a';
}

/** The word with its indefinite article: "an Ohio", "a Maine". */
export const withArticle = (word: string) => `${indefinite(word)} ${word}`;
