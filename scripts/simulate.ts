// The command-line face of the engine (CONTRACT.md):
//   npm run --silent simulate -- <scenario.json | lesson-id> [--format json|csv]
//   npm run --silent simulate -- unknown-drug --seed <n>   (Drug X of the app's ?drugx=<n>, alone)
//   npm run --silent simulate -- --lessons
// Bad input: exit status 2, nothing on standard output, one line per problem on standard error.
import { readFileSync } from 'node:fs';
import {
  DRUG_X_SEEDS,
  drugXProfile,
  drugXScenario,
  LESSONS,
  lessonById,
  simulate,
  toCsv,
  toJson,
  validateScenario,
  type Scenario,
} from '../sim/index';

const USAGE =
  'usage: npm run --silent simulate -- <scenario.json | lesson-id> [--format json|csv] [--seed n] | --lessons';
/** The one lesson a seed chooses for: the unknown drug, whose Drug X the seed draws. */
const SEEDED_LESSON = 'unknown-drug';

function fail(lines: string[]): never {
  process.stderr.write(lines.map((l) => `${l}\n`).join(''));
  process.exit(2);
}

/** A Drug X seed as the app takes it: a whole number in DRUG_X_SEEDS. */
function parseSeed(v: string | undefined, problems: string[]): number | undefined {
  const n = v !== undefined && /^\d+$/.test(v) ? Number(v) : NaN;
  if (n >= DRUG_X_SEEDS.min && n <= DRUG_X_SEEDS.max) return n;
  problems.push(
    `--seed: must be a whole number from ${DRUG_X_SEEDS.min} to ${DRUG_X_SEEDS.max}, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`,
  );
  return undefined;
}

export function parseArgs(argv: string[]): {
  target?: string;
  format: 'json' | 'csv';
  lessons: boolean;
  seed?: number;
} {
  let format: 'json' | 'csv' = 'json';
  let target: string | undefined;
  let lessons = false;
  let seed: number | undefined;
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lessons') lessons = true;
    else if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice('--format='.length) : argv[++i];
      if (v === 'json' || v === 'csv') format = v;
      else
        problems.push(
          `--format: must be json or csv, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`,
        );
    } else if (a === '--seed' || a.startsWith('--seed=')) {
      seed = parseSeed(a.includes('=') ? a.slice('--seed='.length) : argv[++i], problems);
    } else if (a.startsWith('-')) problems.push(`${a}: unknown option`);
    else if (target === undefined) target = a;
    else problems.push(`${a}: only one scenario file or lesson id may be given`);
  }
  if (!lessons && target === undefined) problems.push('scenario: give a scenario file or a lesson id');
  if (seed !== undefined && target !== SEEDED_LESSON)
    problems.push(`--seed: only the ${SEEDED_LESSON} lesson takes a seed (it draws Drug X)`);
  if (problems.length) fail([...problems, USAGE]);
  return { target, format, lessons, seed };
}

function loadScenario(target: string, seed?: number): Scenario {
  if (seed !== undefined) return drugXScenario(drugXProfile(seed), 'alone');
  const lesson = lessonById(target);
  if (lesson) return lesson.scenario;
  let text: string;
  try {
    text = readFileSync(target, 'utf8');
  } catch {
    const ids = LESSONS.map((l) => l.id).join(', ');
    fail([`scenario: no file named ${JSON.stringify(target)} and no lesson with that id (lessons: ${ids})`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    fail([`scenario: ${target} is not valid JSON (${(e as Error).message})`]);
  }
  const v = validateScenario(data);
  if (!v.ok) fail(v.errors);
  return v.scenario;
}

function main(): void {
  // A reader that stops early (`| head`) closes the pipe: that is not an error to report.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const args = parseArgs(process.argv.slice(2));
  if (args.lessons) {
    process.stdout.write(LESSONS.map((l) => `${l.id}\t${l.title}\n`).join(''));
    return;
  }
  const timeline = simulate(loadScenario(args.target!, args.seed));
  process.stdout.write(args.format === 'csv' ? toCsv(timeline) : JSON.stringify(toJson(timeline)) + '\n');
}

try {
  main();
} catch (e) {
  fail([`simulate: internal error: ${(e as Error).message}`]);
}
