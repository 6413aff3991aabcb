/**
 * Rationale files are prose in which every sentence names its source: a trailing marker of one or
 * more sources.json ids, `Sentence. [source-id]` or `Sentence. [id-a, id-b]`. The markers are checked
 * at load (every sentence has one; every id exists) and stripped from the text users see, so a
 * clinical claim cannot ship without saying where it comes from.
 */
export interface RationaleSentence {
  text: string;
  sources: string[];
}

export interface ParsedRationale {
  sentences: RationaleSentence[];
  /** Plain text without the markers, as shown on hover and in completion. */
  text: string;
  problems: string[];
}

const CHUNK = /\s*([^[\]]+?)\s*\[([^\]]*)\]/y;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A sentence end inside a chunk: a full stop, "?" or "!" (maybe closing a quote or bracket) before a capital. */
const INNER_END = /[.!?]["')\]]?\s+(?=[A-Z])/;
const ENDS_SENTENCE = /[.!?]["')]?$/;

export function parseRationale(raw: string, sourceExists: (id: string) => boolean): ParsedRationale {
  const sentences: RationaleSentence[] = [];
  const problems: string[] = [];
  const text = raw.trim();
  CHUNK.lastIndex = 0;
  let at = 0;
  for (let m = CHUNK.exec(text); m; m = CHUNK.exec(text)) {
    at = CHUNK.lastIndex;
    const sentence = m[1].replace(/\s+/g, ' ');
    const sources = m[2].split(',').map((s) => s.trim());
    const inner = INNER_END.exec(sentence);
    if (inner) problems.push(`sentence without a source: "${clip(sentence.slice(0, inner.index + 1))}"`);
    if (!ENDS_SENTENCE.test(sentence)) problems.push(`a source marker must follow a whole sentence: "${clip(sentence)}"`);
    for (const id of sources) {
      if (!ID.test(id)) problems.push(`bad source marker [${m[2]}] after "${clip(sentence)}"`);
      else if (!sourceExists(id)) problems.push(`unknown source "${id}" after "${clip(sentence)}"`);
    }
    sentences.push({ text: sentence, sources });
  }
  const rest = text.slice(at).trim();
  if (rest) problems.push(`sentence without a source: "${clip(rest)}"`);
  if (!sentences.length && !rest) problems.push('the file is empty');
  return { sentences, text: sentences.map((s) => s.text).join(' '), problems };
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}
