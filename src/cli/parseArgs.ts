/** What the command line asked for. */
export interface CliOptions {
  scenarioPath: string | undefined;
  trials?: number;
  seed?: string;
  format: 'table' | 'json' | 'csv';
  out?: string;
  threads?: number;
  /** Every column of the table, however wide. */
  wide: boolean;
  /** Run the scenario this link (an address, or its fragment) carries. */
  link?: string;
  /** Print a link to the scenario instead of its results. */
  makeLink: boolean;
  /** The page address `--make-link` puts before `#`. */
  baseUrl?: string;
  /** Vendor pairs to compare beyond 20 vendors (up to 20, every pair is). */
  pairs: [string, string][];
  /** Add the decision analytics to the run (`controlValues`, `negotiation`, `sensitivity`, `valueOfInformation`, `switchingValues`, `rankProbabilities`). */
  analytics: boolean;
  help: boolean;
}

export const USAGE = `Usage: breach-sim [scenario.json] [options]
       npm run simulate -- [scenario.json] [options]

Simulates a breach-scenario/1 file (default: models/retail-bpo-2021.json) and prints
each vendor's annual loss distribution and the paired comparisons.

Options:
  --trials N              trials to run (default: the scenario's simulation.trials)
  --seed S                seed string (default: the scenario's simulation.seed)
  --format table|json|csv output format (default: table); json is breach-results/2
  --out FILE              write the output to FILE instead of standard output
  --threads N             worker threads (default: every core; at most 4 a core, more are not
                          started); results are identical for any N
  --wide                  every column of the table (default: the ones that fit 100 columns)
  --link URL              run the scenario a dashboard link carries (the whole address, or the
                          part after #)
  --make-link             print a dashboard link to the scenario (with its seed, trials and a
                          digest of its results, so the page can say they are exactly these), not
                          its results
  --base-url URL          the dashboard's address for --make-link (default http://localhost:5173/)
  --pair A,B              beyond 20 vendors, also compare vendors A and B pair by pair (repeatable;
                          up to 20 vendors every pair is compared)
  --analytics             add the decision analytics: what each control is worth, what to
                          negotiate, which assumption drives the answer (tornado, variance
                          shares), the value of information, what would change the answer, and
                          rank probabilities: as sections after the table, or under their own
                          keys in --format json (--format csv stays one row per vendor, without
                          them)
  -h, --help              show this help

With simulation.stopAt in the scenario, the run goes until that precision; --trials N runs exactly
N trials instead.

Exit codes: 0 success, 2 invalid scenario or arguments, or the output could not be written (one
line on standard error), 3 the simulation failed (a worker thread lost, or an engine error), 1 other
failure. Text from the scenario is printed to a terminal without control characters.`;

/** A command-line mistake: reported with exit code 2. */
export class UsageError extends Error {}

/**
 * Reads the CLI's arguments (after `node main.js`). Accepts `--flag value` and `--flag=value`;
 * a flag given twice is an error (only `--pair` repeats), so that no value is silently dropped.
 *
 * @example
 * parseArgs(['model.json', '--trials', '5000', '--format=json']);
 * // { scenarioPath: 'model.json', trials: 5000, format: 'json', wide: false, makeLink: false, help: false, pairs: [], analytics: false }
 */
export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { scenarioPath: undefined, format: 'table', wide: false, makeLink: false, help: false, pairs: [], analytics: false };
  const args = [...argv];
  const seen = new Set<string>();
  while (args.length > 0) {
    const arg = args.shift()!;
    const named = arg.startsWith('-') ? (arg === '-h' ? '--help' : arg.split('=')[0]) : '';
    if (named !== '' && named !== '--pair') {
      if (seen.has(named)) throw new UsageError(`${named} is given more than once: give it once`);
      seen.add(named);
    }
    if (arg === '-h' || arg === '--help') {
      options.help = true;
      continue;
    }
    if (arg === '--wide') {
      options.wide = true;
      continue;
    }
    if (arg === '--make-link') {
      options.makeLink = true;
      continue;
    }
    if (arg === '--analytics') {
      options.analytics = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      if (options.scenarioPath !== undefined) throw new UsageError(`unexpected argument "${arg}": give one scenario file`);
      options.scenarioPath = arg;
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? args.shift();
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--trials':
        options.trials = positiveInteger(flag, value(), 100_000_000);
        break;
      case '--seed': {
        const seed = value();
        if (seed.length === 0) throw new UsageError('--seed must not be empty');
        options.seed = seed;
        break;
      }
      case '--format': {
        const format = value();
        if (format !== 'table' && format !== 'json' && format !== 'csv') {
          throw new UsageError(`--format must be table, json or csv; got "${format}"`);
        }
        options.format = format;
        break;
      }
      case '--out': {
        const out = value();
        if (out.length === 0) throw new UsageError('--out needs a file name');
        options.out = out;
        break;
      }
      case '--link': {
        const link = value();
        if (link.length === 0) throw new UsageError('--link needs a link');
        options.link = link;
        break;
      }
      case '--base-url': {
        const url = value();
        if (!/^https?:\/\/[^\s#]+$/.test(url)) throw new UsageError(`--base-url must be an http or https address without "#"; got "${url}"`);
        options.baseUrl = url;
        break;
      }
      case '--threads':
        options.threads = positiveInteger(flag, value(), 256);
        break;
      case '--pair': {
        const ids = value().split(',');
        if (ids.length !== 2 || ids.some((id) => id.length === 0)) throw new UsageError(`--pair needs two vendor ids, as A,B; got "${ids.join(',')}"`);
        options.pairs.push([ids[0], ids[1]]);
        break;
      }
      default:
        throw new UsageError(`unknown option ${flag}`);
    }
  }
  if (options.link !== undefined && options.scenarioPath !== undefined) {
    throw new UsageError('give a scenario file or --link, not both');
  }
  if (options.baseUrl !== undefined && !options.makeLink) throw new UsageError('--base-url goes with --make-link');
  return options;
}

function positiveInteger(flag: string, text: string, max: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1 || n > max) {
    throw new UsageError(`${flag} must be a whole number from 1 to ${max}; got "${text}"`);
  }
  return n;
}
