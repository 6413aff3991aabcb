/**
 * Sets a memo's entry, letting its oldest entry go first when it already holds `max`. A memo that stops taking keys once
 * full recomputes every later key, and a large document meets far more distinct keys than its first notes.
 */
export function rememberBounded<K, V>(memo: Map<K, V>, max: number, key: K, value: V): void {
  if (memo.size >= max) memo.delete(memo.keys().next().value!);
  memo.set(key, value);
}
