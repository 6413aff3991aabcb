import * as path from 'node:path';
import type { ReadFile } from './files';

/** What is said once about a file that was unusable in part. */
export function notices(validUtf8: boolean, hasNul: boolean): string[] {
  const out: string[] = [];
  if (!validUtf8) out.push('not valid UTF-8: unreadable bytes were replaced with U+FFFD for checking; --fix does not write this file');
  if (hasNul) out.push('contains NUL characters: this looks like a binary file, not an order note');
  return out;
}

export const noticesOf = (input: ReadFile): string[] => notices(input.validUtf8, input.text.includes('\u0000'));

/** A file as shown to the user: relative to the working folder, or "<stdin>". */
export const displayPathOf = (file: string, cwd: string) => (file === '-' ? '<stdin>' : path.relative(cwd, file) || path.basename(file));
