import * as nodeFs from 'node:fs';
import { accessSync, constants, statSync } from 'node:fs';
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
 * A path that exists and is no regular file (`/dev/null`, a named pipe, a terminal) is
 * written to as it is: renaming over it would replace the device. Throws the write's
 * error after removing the temporary file.
 *
 * @example
 * writeOutputFile('results.json', text); // results.json is the new text, or, on failure, what it was
 */
export function writeOutputFile(path: string, text: string, fs: OutputFs = nodeFs): void {
  const target = resolve(path);
  const stat = statOrUndefined(target);
  if (stat && !stat.isFile()) {
    fs.writeFileSync(target, text);
    return;
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** The file operations `writeOutputFile` makes (Node's by default; a test passes one that fails). */
export type OutputFs = Pick<typeof nodeFs, 'writeFileSync' | 'renameSync' | 'rmSync'>;

/**
 * Writes `text` to standard output and resolves once it is flushed, or rejects with the
 * stream's error (a full device, a closed pipe), so that a failed write is reported and
 * never an unhandled `error` event.
 *
 * @example
 * await writeStandardOutput('{}\n');
 */
export function writeStandardOutput(text: string): Promise<void> {
  // The stream also emits the write's error as an event after the callback: heard here, so
  // that it is not an unhandled one (the callback reports it).
  if (!process.stdout.listeners('error').includes(ignore)) process.stdout.on('error', ignore);
  return new Promise((done, fail) => {
    process.stdout.write(text, (error) => (error ? fail(error) : done()));
  });
}

function ignore(): void {}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
