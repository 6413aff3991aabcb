import * as fs from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export class InputError extends Error {}

const EXTENSIONS = ['order', 'imaging-order'];

/** Expands files, folders (every .order / .imaging-order below) and globs into a sorted file list. */
export async function collectFiles(inputs: readonly string[], cwd = process.cwd()): Promise<string[]> {
  const out = new Set<string>();
  for (const input of inputs) {
    if (input === '-') {
      out.add('-');
      continue;
    }
    const abs = path.resolve(cwd, input);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found = await glob(
        EXTENSIONS.map((e) => `**/*.${e}`),
        { cwd: abs, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], dot: false },
      );
      found.forEach((f) => out.add(path.normalize(f)));
    } else if (stat?.isFile()) {
      out.add(abs);
    } else if (isDynamicPattern(input)) {
      const found = await glob([input], { cwd, absolute: true, ignore: ['**/node_modules/**'] });
      if (found.length === 0) throw new InputError(`no files match "${input}"`);
      found.forEach((f) => out.add(path.normalize(f)));
    } else {
      throw new InputError(`cannot read "${input}": no such file or folder`);
    }
  }
  return [...out].sort();
}

export interface ReadFile {
  text: string;
  /** False when the bytes are not valid UTF-8 (read with replacement characters; never written back). */
  validUtf8: boolean;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function decode(bytes: Uint8Array): ReadFile {
  try {
    return { text: strict.decode(bytes), validUtf8: true };
  } catch {
    return { text: lenient.decode(bytes), validUtf8: false };
  }
}

export function readInput(file: string): ReadFile {
  try {
    return decode(file === '-' ? fs.readFileSync(0) : fs.readFileSync(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read "${file === '-' ? 'standard input' : file}"${code ? ` (${code})` : ''}`);
  }
}
