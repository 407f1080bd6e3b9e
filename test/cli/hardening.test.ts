import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as nodeFs from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOutputFile } from '../../src/cli/outputFile.js';
import { terminalSafe, terminalText } from '../../src/format/terminalText.js';
import { readJson, repositoryRoot } from '../helpers/fixtures.js';

/** The built CLI, as a user runs it; `shell` runs it through sh for redirections. */
const bin = join(repositoryRoot, 'build/cli/main.js');
const work = mkdtempSync(join(tmpdir(), 'breach-hardening-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: work });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function shell(command: string) {
  const run = spawnSync('sh', ['-c', command], { encoding: 'utf8', cwd: work, env: { ...process.env, BIN: bin } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The lines of standard error that are not the run's summary line. */
const problems = (stderr: string) => stderr.split('\n').filter((l) => l !== '' && !l.startsWith('simulated '));

const ESCAPES = 'Evil\u001b[31mRED\u001b[0m\u202eTXT\u0007';

describe('the CLI under hostile arguments and outputs', () => {
  it('refuses a flag given twice, naming it, with exit code 2 and before any run', () => {
    for (const args of [['--trials', '100', '--trials', '200'], ['--format=json', '--format', 'csv'], ['--wide', '--wide'], ['--seed', 'a', '--seed=b']]) {
      const run = cli(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.split('\n')[0]).toBe(`breach-sim: ${args[0].split('=')[0]} is given more than once: give it once`);
      expect(run.stderr).not.toMatch(/simulated/);
    }
  });

  it('lets --pair repeat, as documented', () => {
    const run = cli('--trials', '100', '--pair', 'bluepeak,harbor', '--pair', 'harbor,lowell', '--format', 'json');
    expect(run.code).toBe(0);
  });

  it('runs at most 4 threads a core, saying so, with the same results as 1 thread', () => {
    const cap = 4 * availableParallelism();
    const many = cli('--trials', '30000', '--threads', String(cap + 1), '--format', 'json');
    expect(many.code).toBe(0);
    expect(many.stderr).toContain(`--threads ${cap + 1} is more than 4 a core of this machine's ${availableParallelism()}: running ${cap}`);
    const one = cli('--trials', '30000', '--threads', '1', '--format', 'json');
    expect(JSON.parse(many.stdout)).toEqual(JSON.parse(one.stdout));
  });

  it('without --threads, runs a short run on one thread; --threads N still gives N', () => {
    // 30,000 trials of the default model are a few ms of expected work: no thread is worth starting.
    expect(cli('--trials', '30000', '--format', 'json').stderr).toMatch(/ on 1 thread\(s\)/);
    if (availableParallelism() > 1) expect(cli('--trials', '30000', '--threads', '2', '--format', 'json').stderr).toMatch(/ on 2 thread\(s\)/);
  });

  it('a full device as --out or as standard output: one line naming it, exit code 2, no stack trace', () => {
    const out = cli('--trials', '100', '--out', '/dev/full');
    expect(out.code).toBe(2);
    expect(problems(out.stderr)).toEqual(['breach-sim: could not write /dev/full: ENOSPC: no space left on device, write']);
    // The device is still a device: it was written to, not renamed over.
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
    const stdout = shell('node "$BIN" --trials 100 > /dev/full');
    expect(stdout.code).toBe(2);
    expect(problems(stdout.stderr)).toEqual(['breach-sim: could not write standard output: ENOSPC: no space left on device, write']);
  });

  it('a reader that closes the pipe early (| head -1) ends the run quietly, with exit code 0', () => {
    // The CLI's own exit code, written to a file from inside the pipe.
    const run = shell('{ node "$BIN" --trials 20000 --format json --analytics; echo $? > pipe-exit.txt; } | head -c 1 > /dev/null');
    expect(run.stderr).not.toMatch(/Error|EPIPE|\n\s+at /);
    expect(readFileSync(join(work, 'pipe-exit.txt'), 'utf8').trim()).toBe('0');
  });

  it('--out /dev/null writes to the device and leaves it one', () => {
    const run = cli('--trials', '100', '--out', '/dev/null');
    expect(run.code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a write that fails midway leaves the previous file whole and no temporary file behind', () => {
    const path = join(work, 'results.json');
    writeFileSync(path, '{"previous": true}\n');
    const failing = {
      ...nodeFs,
      writeFileSync(file: nodeFs.PathOrFileDescriptor, data: string | NodeJS.ArrayBufferView) {
        nodeFs.writeFileSync(file, String(data).slice(0, 16)); // what a full disk leaves
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
    };
    expect(() => writeOutputFile(path, '{"next": true, "long": "x"}\n', failing)).toThrow(/ENOSPC/);
    expect(readFileSync(path, 'utf8')).toBe('{"previous": true}\n');
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    writeOutputFile(path, '{"next": true}\n');
    expect(readFileSync(path, 'utf8')).toBe('{"next": true}\n');
  });

  it('strips control characters and bidirectional controls from scenario text before a terminal sees it, keeping the columns straight', () => {
    const json = readJson('models/retail-bpo-2021.json');
    json.vendors[2].name = ESCAPES;
    const path = join(work, 'escapes.json');
    writeFileSync(path, JSON.stringify(json));
    const table = cli(path, '--trials', '2000');
    expect(table.code).toBe(0);
    expect(table.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(table.stdout).toContain('Evil[31mRED[0mTXT');
    // The row of the renamed vendor lines up with the others: its price column starts where theirs does.
    const rows = table.stdout.split('\n').filter((l) => /^\d\s/.test(l));
    const priceAt = rows.map((l) => l.search(/\$\d/));
    expect(new Set(priceAt).size).toBe(1);
    // The JSON keeps the scenario's text as data, escaped by JSON itself.
    const data = cli(path, '--trials', '2000', '--format', 'json');
    expect(JSON.parse(data.stdout).vendors.map((v: { name: string }) => v.name)).toContain(ESCAPES);
    // An error that quotes the scenario's text: stripped too.
    json.vendors[2].controls = ['no\u001b]0;owned\u0007such'];
    writeFileSync(path, JSON.stringify(json));
    const invalid = cli(path);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('terminalText removes exactly the unprintable characters, by hand', () => {
    expect(terminalText('a\u0000b\u0008c\td\ne\u000bf\u001bg\u007fh\u0085i\u061cj\u200ek\u200fl\u202am\u202en\u2066o\u2069p')).toBe('abc\td\nefghijklmnop');
    expect(terminalText('Café — 東京 😀')).toBe('Café — 東京 😀');
    expect(terminalSafe({ 'k\u001b': ['v\u202e', 1, null, { x: 'y\u0007' }] })).toEqual({ k: ['v', 1, null, { x: 'y' }] });
  });

  it('names a bad flag value in one line with exit code 2, never a stack trace', () => {
    for (const args of [['--trials', '0x10'], ['--trials', '1e99'], ['--trials', 'abc'], ['--seed='], ['--format', 'xml'], ['--link', 'https://x.example/#zz'], ['--unknown']]) {
      const run = cli(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.split('\n')[0], args.join(' ')).toMatch(/^breach-sim: /);
      expect(run.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(join(work, '.results.json.tmp'))).toBe(false);
  });
});
