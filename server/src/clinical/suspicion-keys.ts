/** Keys as written that ask or worry ("Concern:", "Hypothèse:"), not ones that name a diagnosis. */
import { perVocabulary } from './patterns';

/** A key as written that asks or worries ("Concern:", "Clinical question:"), not one that names a diagnosis. */
export function suspicionKey(rawKey: string, keys: readonly string[]): boolean {
  return foldedKeys(keys).has(foldedKey(rawKey));
}

/** Each knowledge list of suspicion keys folded once, the first time it is asked, not on every key read. */
const foldedKeys = perVocabulary((keys: readonly string[]): ReadonlySet<string> => new Set(keys.map(foldedKey)));

/** A key in lower case without its accents ("Hypothèse" is "hypothese", "Hipótesis" "hipotesis"), other marks as spaces. */
function foldedKey(key: string): string {
  return key
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
