import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { ruleDocsUri, type LineIndex, type Span, RULES, type Severity, fixLabel } from '../../engine';
import type { LintedFile } from '../model';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF regions are 1-based; columns count UTF-16 code units, as declared in the run. */
function region(lines: LineIndex, s: Span): Sarif.Region {
  const r = lines.rangeOf(s);
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

export function toSarif(files: readonly LintedFile[], toolVersion: string, cwd = process.cwd()): Sarif.Log {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const results: Sarif.Result[] = [];
  for (const f of files) {
    const artifactLocation: Sarif.ArtifactLocation = f.absPath
      ? { uri: path.relative(cwd, f.absPath).split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }
      : { uri: 'stdin' };
    for (const x of f.analysis.findings) {
      const fixes = [...x.fixes].sort((a, b) => Number(b.preferred) - Number(a.preferred));
      results.push({
        ruleId: x.ruleId,
        ruleIndex: ruleIndex.get(x.ruleId),
        level: LEVEL[x.severity],
        // SARIF viewers show message.text; the Markdown detail rides beside it, never lost.
        message: x.detail ? { text: x.message, markdown: `${x.message}\n\n${x.detail}` } : { text: x.message },
        properties: x.detail ? { detail: x.detail } : undefined,
        locations: [{ physicalLocation: { artifactLocation, region: region(f.lines, x.span) } }],
        relatedLocations: x.related.length
          ? x.related.map((r, id) => ({ id, message: { text: r.message }, physicalLocation: { artifactLocation, region: region(f.lines, r.span) } }))
          : undefined,
        fixes: fixes.length
          ? fixes.map((fix) => ({
              description: { text: fixLabel(fix) },
              properties: { kind: fix.kind, preferred: fix.preferred, ...(fix.procedureId ? { procedureId: fix.procedureId } : {}) },
              artifactChanges: [{ artifactLocation, replacements: fix.edits.map((e) => ({ deletedRegion: region(f.lines, e), insertedContent: { text: e.newText } })) }],
            }))
          : undefined,
      });
    }
  }
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'imaging-order-lint',
            version: toolVersion,
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: ruleDocsUri(r.id),
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              properties: { kind: r.kind, spec: r.spec, fixKinds: r.fixKinds ?? [] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
