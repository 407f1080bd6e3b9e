import { accessSync, constants, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Why `path` cannot take the output, or undefined when it can: its folder must exist and
 * be writable, and the path must not be a folder (nor an existing file that cannot be
 * written). Checked before any simulation, so that a bad `--out` costs nothing.
 *
 * @example
 * outputProblem('/no/such/dir/x.csv'); // 'the folder /no/such/dir does not exist'
 */
export function outputProblem(path: string): string | undefined {
  const target = resolve(path);
  const folder = dirname(target);
  const stat = statOrUndefined(target);
  if (stat?.isDirectory()) return `${path} is a folder`;
  const folderStat = statOrUndefined(folder);
  if (!folderStat) return `the folder ${folder} does not exist`;
  if (!folderStat.isDirectory()) return `${folder} is not a folder`;
  try {
    accessSync(folder, constants.W_OK);
    if (stat) accessSync(target, constants.W_OK);
  } catch {
    return `${stat ? path : `the folder ${folder}`} is not writable`;
  }
  return undefined;
}

/**
 * Writes `text` to `path` whole or not at all: into a temporary file beside it, then
 * renamed over it, so that a failed write (a full disk) leaves any earlier file as it was.
 * Throws the write's error after removing the temporary file.
 */
export function writeOutputFile(path: string, text: string): void {
  const target = resolve(path);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
