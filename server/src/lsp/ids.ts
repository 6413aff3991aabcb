import { CodeActionKind } from 'vscode-languageserver';
import { Commands } from '../shared/protocol';

// Names the initialize answer needs. They live here, apart from the modules that use them, so
// answering initialize does not load the engine behind those modules (see features.ts).

export const SOURCE = 'imaging-order-lint';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.imagingOrderLint`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.Source];
export const WRITE_REPORT = Commands.writeReport;
export const LINT_WORKSPACE = Commands.lintWorkspace;
