// Makes an esbuild bundle pure ASCII. esbuild escapes non-ASCII characters everywhere except in regular expression
// literals (/[✓✔]/, /–/); one such character makes V8 hold the whole script source as a two-byte string, so the
// server's engine bundle cost ~2 MB of heap instead of ~1 MB in every process and worker that loads it. Each one is
// written as its \uXXXX escape, which a regular expression reads as the same character with or without the u flag
// (an astral character becomes its surrogate pair, which the u flag reads as one code point), and the source map's
// generated columns after it are shifted by the characters added.
const NON_ASCII = /[\u0080-\uffff]/;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]));

function decodeVlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = B64_VALUE.get(c);
    if (digit === undefined) throw new Error(`source map: bad VLQ character ${c}`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

function encodeVlq(values) {
  let s = '';
  for (const v of values) {
    let x = v < 0 ? (-v << 1) | 1 : v << 1;
    do {
      let digit = x & 31;
      x >>>= 5;
      if (x) digit |= 32;
      s += B64[digit];
    } while (x);
  }
  return s;
}

/** The line with each non-ASCII character escaped, and the columns (in the original line) where characters were added. */
function escapeLine(line, where) {
  const added = [];
  let out = '';
  let last = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code < 0x80) continue;
    // After a backslash the character is an identity escape ("\–"); "\\u2013" would read as a backslash and "u2013".
    let slashes = 0;
    while (line[i - 1 - slashes] === '\\') slashes++;
    if (slashes % 2) throw new Error(`${where}: an escaped non-ASCII character (column ${i}); cannot make it ASCII`);
    const escape = `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    out += line.slice(last, i) + escape;
    last = i + 1;
    added.push([i, escape.length - 1]);
  }
  return { text: out + line.slice(last), added };
}

/** Shifts the generated columns of one line's mappings by what escapeLine added before them. */
function shiftMappings(lineMappings, added) {
  let previous = 0;
  let shiftedPrevious = 0;
  return lineMappings
    .split(',')
    .map((segment) => {
      if (!segment) return segment;
      const fields = decodeVlq(segment);
      const column = previous + fields[0];
      let shift = 0;
      for (const [at, n] of added) if (at < column) shift += n;
      fields[0] = column + shift - shiftedPrevious;
      previous = column;
      shiftedPrevious = column + shift;
      return encodeVlq(fields);
    })
    .join(',');
}

/** ASCII text of a bundle and its source map (JSON text), with the map still pointing at the same code. */
export function asciiOutput(code, map, where) {
  if (!NON_ASCII.test(code)) return { code, map };
  const lines = code.split('\n');
  const sourceMap = JSON.parse(map);
  const mappingLines = sourceMap.mappings.split(';');
  for (let i = 0; i < lines.length; i++) {
    if (!NON_ASCII.test(lines[i])) continue;
    const { text, added } = escapeLine(lines[i], `${where}:${i + 1}`);
    lines[i] = text;
    if (mappingLines[i]) mappingLines[i] = shiftMappings(mappingLines[i], added);
  }
  sourceMap.mappings = mappingLines.join(';');
  return { code: lines.join('\n'), map: JSON.stringify(sourceMap) };
}
