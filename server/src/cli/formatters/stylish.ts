import { type LintedFile, totals } from '../model';

const COLORS = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1, underline: 4 } as const;

/** ESLint's layout: one line per finding; `verbose` adds the finding's detail, indented, under it. */
export function formatStylish(files: readonly LintedFile[], color: boolean, verbose = false): string {
  const paint = (c: keyof typeof COLORS, s: string) => (color ? `\u001b[${COLORS[c]}m${s}\u001b[0m` : s);
  const label = { error: paint('red', 'error'), warning: paint('yellow', 'warning'), information: paint('cyan', 'info'), hint: paint('gray', 'hint') };
  const out: string[] = [];
  for (const f of files) {
    if (f.analysis.findings.length === 0 && f.notices.length === 0 && f.applied.length === 0) continue;
    out.push(paint('underline', f.displayPath));
    for (const n of f.notices) out.push(`  ${paint('yellow', 'notice')}  ${n}`);
    // What --fix / --fix-suggestions changed, so nobody has to diff the file to find out.
    for (const a of f.applied)
      out.push(
        `  ${paint('gray', `${a.line}:${a.column}`.padEnd(8))} ${paint('cyan', 'changed')}  ${a.kind === 'suggestion' ? 'Suggestion' : 'Fix'}: ${a.title}  ${paint('gray', a.ruleId)}`,
      );
    for (const x of f.analysis.findings) {
      const p = f.lines.positionAt(x.span.start);
      const where = `${p.line + 1}:${p.character + 1}`.padEnd(8);
      out.push(`  ${paint('gray', where)} ${label[x.severity].padEnd(color ? 18 : 8)} ${oneLine(x.message)}  ${paint('gray', x.ruleId)}`);
      if (verbose && x.detail) out.push(...x.detail.split(/\r?\n/).map((l) => (l ? `           ${l}` : '')), '');
    }
    out.push('');
  }
  const t = totals(files);
  const problems = t.error + t.warning + t.information + t.hint;
  const parts = [
    `${t.error} error${t.error === 1 ? '' : 's'}`,
    `${t.warning} warning${t.warning === 1 ? '' : 's'}`,
    `${t.information} info`,
    `${t.hint} hint${t.hint === 1 ? '' : 's'}`,
  ];
  const extra = [t.acknowledged ? `${t.acknowledged} acknowledged` : '', t.fixed ? `${t.fixed} fixed` : ''].filter(Boolean).join(', ');
  const summary = `${problems ? '✖' : '✔'} ${problems} problem${problems === 1 ? '' : 's'} (${parts.join(', ')}) in ${t.notes} note${t.notes === 1 ? '' : 's'} of ${t.files} file${t.files === 1 ? '' : 's'}${extra ? `; ${extra}` : ''}`;
  out.push(paint('bold', summary));
  return out.join('\n') + '\n';
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}
