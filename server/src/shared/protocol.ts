/**
 * The custom protocol between the VS Code client and the language server: command ids, notification
 * names and the configuration section. Both sides import this file (the client through its tsconfig
 * project reference and esbuild), so a renamed command cannot reach only one of them.
 * It imports nothing, so it adds no server code to the client bundle.
 */

/** The settings section (`imagingOrderLint.*` in package.json contributes.configuration). */
export const CONFIGURATION_SECTION = 'imagingOrderLint';

/** Commands contributed in package.json; the server executes lintWorkspace and writeReport. */
export const Commands = {
  restartServer: 'imagingOrderLint.restartServer',
  lintWorkspace: 'imagingOrderLint.lintWorkspace',
  writeReport: 'imagingOrderLint.writeReport',
} as const;

/** The commands the server answers through `workspace/executeCommand`. */
export const SERVER_COMMANDS: readonly string[] = [Commands.writeReport, Commands.lintWorkspace];

/** Client → server: the workspace is now trusted, so a configured rule pack may load. */
export const TrustChangedNotification = 'imagingOrderLint/trustChanged';
export interface TrustChangedParams {
  trusted: boolean;
}
