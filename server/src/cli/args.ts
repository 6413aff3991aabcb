export type Format = 'stylish' | 'json' | 'sarif';

export interface CliOptions {
  format: Format;
  fix: boolean;
  /** Also apply each finding's recommended suggestion (a change of study, contrast or referral). */
  fixSuggestions: boolean;
  /** Stylish output adds each finding's detail under its message. */
  verbose: boolean;
  maxWarnings?: number;
  config?: string;
  report?: string;
  /** A CDS service feedback log (JSON lines) to add accept/override rates to the report. */
  feedback?: string;
  color: boolean;
  help: boolean;
  version: boolean;
  inputs: string[];
  /** Worker threads: a count, 'auto' (the machine's cores, for inputs large enough to gain), or 'off'. */
  concurrency: number | 'auto' | 'off';
}

export class UsageError extends Error {}

/** The most threads --concurrency accepts (more only costs memory: each worker is ~25 MB before any work). */
export const MAX_CONCURRENCY = 64;

export const USAGE = `Usage: imaging-order-lint [options] <files | folders | globs | ->

Checks imaging-order notes (.order) against the ACR Appropriateness Criteria.

Options:
  --format stylish|json|sarif   output format (default: stylish)
  --fix                         apply the safe fixes (those that keep the meaning, e.g. a misspelt
                                key) and write changed files; never changes a study, contrast or referral
  --fix-suggestions             also apply each finding's recommended suggestion (change of study,
                                contrast or referral, ACR name): for order-template authors; lists
                                every change it made
  --verbose                     stylish output adds each finding's detail (rationale, alternatives,
                                radiation, full citation)
  --max-warnings N              exit 1 when there are more than N warnings
  --config FILE                 a rule pack (JSON: rule severities, ultrasound window, synonyms)
  --report FILE                 also write a Markdown report card of the notes checked
  --concurrency N|auto|off      lint in N worker threads while this one writes (auto, for 2 MB
                                of input or more: one per core, up to 8, but a single one on two
                                cores, which keeps memory under 200 MB; --concurrency 2 is
                                ~10-15 % faster there for 1.3 x the CPU and memory; off or 1:
                                this thread alone, still streaming the JSON part by part); the
                                output is the same either way (--format json; others use one);
                                N is at most 64, and no more than the cores or the files/parts
  --feedback LOG                add accept/override rates per rule from a CDS service feedback log to the report
  --no-color                    plain stylish output
  -h, --help                    show this help
  -v, --version                 show the version

Exit codes: 0 no errors; 1 errors, or more warnings than --max-warnings; 2 usage or I/O error.`;

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = {
    format: 'stylish',
    fix: false,
    fixSuggestions: false,
    verbose: false,
    color: !!process.stdout.isTTY && !process.env.NO_COLOR,
    help: false,
    version: false,
    inputs: [],
    concurrency: 'auto',
  };
  const value = (i: number, name: string): string => {
    const v = argv[i + 1];
    if (v === undefined || (v.startsWith('--') && v !== '-')) throw new UsageError(`${name} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let inline: string | undefined;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const take = (name: string) => {
      if (inline !== undefined) return inline;
      const v = value(i, name);
      i++;
      return v;
    };
    switch (a) {
      case '--format': {
        const f = take(a);
        if (f !== 'stylish' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format "${f}" (use stylish, json or sarif)`);
        o.format = f;
        break;
      }
      case '--fix':
        o.fix = true;
        break;
      case '--fix-suggestions':
        o.fix = true;
        o.fixSuggestions = true;
        break;
      case '--verbose':
        o.verbose = true;
        break;
      case '--max-warnings': {
        const n = take(a);
        if (!/^\d+$/.test(n)) throw new UsageError(`--max-warnings needs a whole number, not "${n}"`);
        o.maxWarnings = Number(n);
        break;
      }
      case '--concurrency': {
        const c = take(a);
        if (c === 'auto' || c === 'off') o.concurrency = c;
        else if (/^[1-9]\d*$/.test(c)) {
          if (Number(c) > MAX_CONCURRENCY) throw new UsageError(`--concurrency takes at most ${MAX_CONCURRENCY} threads, not ${c} (auto picks one per core)`);
          o.concurrency = Number(c);
        } else throw new UsageError(`--concurrency needs a number of threads, auto or off, not "${c}"`);
        break;
      }
      case '--config':
        o.config = take(a);
        break;
      case '--report':
        o.report = take(a);
        break;
      case '--feedback':
        o.feedback = take(a);
        break;
      case '--no-color':
        o.color = false;
        break;
      case '--color':
        o.color = true;
        break;
      case '-h':
      case '--help':
        o.help = true;
        break;
      case '-v':
      case '--version':
        o.version = true;
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        o.inputs.push(argv[i]);
    }
  }
  if (!o.help && !o.version && o.inputs.length === 0) throw new UsageError('no files given');
  if (o.feedback && !o.report) throw new UsageError('--feedback adds to the report: give --report FILE too');
  if (o.fix && o.inputs.includes('-')) throw new UsageError(`${o.fixSuggestions ? '--fix-suggestions' : '--fix'} cannot write back to standard input`);
  return o;
}
