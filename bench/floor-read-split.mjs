#!/usr/bin/env node
// The CLI-throughput floor: read the same .order files and split them into lines, nothing else.
//   node bench/floor-read-split.mjs <file-or-dir>...   -> prints {"files":..,"bytes":..,"lines":..}
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export function listOrderFiles(paths) {
  const out = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p, { recursive: true }).map(String).sort()) {
        if (/\.(order|imaging-order)$/.test(f)) out.push(join(p, f));
      }
    } else out.push(p);
  }
  return out;
}

export function readAndSplit(paths) {
  let files = 0,
    bytes = 0,
    lines = 0;
  for (const f of listOrderFiles(paths)) {
    const text = readFileSync(f, 'utf8');
    files++;
    bytes += Buffer.byteLength(text);
    lines += text.split(/\r\n|\r|\n/).length;
  }
  return { files, bytes, lines };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  console.log(JSON.stringify(readAndSplit(process.argv.slice(2))));
}
