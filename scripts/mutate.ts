// `npm run mutate [unit or area ...] [-- Stryker options]`: mutation testing (issue 17). Runs Stryker
// once per unit of scripts/mutation-areas.mjs (all of them, or those named), each incrementally, then
// writes the score per area and per file to reports/mutation/summary.md and one report of every
// mutant to reports/mutation/index.html. `npm run mutate -- --report` only writes the summary;
// `npm run mutate machines -- --recheck` only checks again the mutants under which no test ran.
// Not part of `npm test`: a full first run takes an hour or two on two cores; later runs retest only
// the mutants whose code or covering tests changed. Mutants under which Stryker ran no test are
// checked again by applying them to the source (see `recheck`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { areas, units } from './mutation-areas.mjs';

const OUT = 'reports/mutation';

interface Position {
  line: number;
  column: number;
}
interface Mutant {
  status: string;
  statusReason?: string;
  mutatorName: string;
  replacement?: string;
  testsCompleted?: number;
  location: { start: Position; end: Position };
}
interface Report {
  files: Record<string, { mutants: Mutant[]; source: string; language: string }>;
  testFiles?: Record<string, unknown>;
  schemaVersion: string;
  thresholds: unknown;
  projectRoot?: string;
}

// Units and areas come first; everything from the first option on (`--concurrency 2`) goes to
// Stryker, values included (npm swallows a lone `--`, so one may or may not be there).
const args = process.argv.slice(2).filter((a) => a !== '--');
const reportOnly = args.includes('--report');
const recheckOnly = args.includes('--recheck');
const firstOption = args.findIndex((a) => a.startsWith('-'));
const names = firstOption < 0 ? args : args.slice(0, firstOption);
const strykerArgs = (firstOption < 0 ? [] : args.slice(firstOption)).filter(
  (a) => a !== '--report' && a !== '--recheck',
);

const chosen = names.length
  ? names.flatMap((n) => {
      if (n in units) return [n];
      if (n in areas) return Object.keys(areas[n as keyof typeof areas]);
      throw new Error(
        `unknown unit or area "${n}": ${[...Object.keys(areas), ...Object.keys(units)].join(', ')}`,
      );
    })
  : Object.keys(units);

/** Stryker's vitest runner (9.6) reports a mutant as survived when no test ran under it: a static
 *  mutant (code run once, at import) that makes its module throw on import leaves the test files
 *  that import it with no tests to run, and an empty run passes. Such a mutant is applied here to
 *  the source itself, one at a time, and the unit's tests that import it run; if they fail, it is marked
 *  killed in the unit's incremental file, with the reason. The source is always put back. */
function recheck(unit: string): void {
  const file = `${OUT}/${unit}/incremental.json`;
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  const tests = process.env.MUTATE_TESTS ?? units[unit]!.tests.join(',');
  let changed = false;
  for (const [path, { mutants, source }] of Object.entries(report.files))
    for (const m of mutants.filter((x) => x.status === 'Survived' && !x.testsCompleted)) {
      if (m.replacement === undefined) continue;
      const lines = source.split('\n');
      const offset = (p: { line: number; column: number }) =>
        lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1;
      const mutated =
        source.slice(0, offset(m.location.start)) + m.replacement + source.slice(offset(m.location.end));
      const original = readFileSync(path, 'utf8');
      if (original !== source) continue; // the file changed since the run: the next run judges it
      let failed: boolean;
      // Ctrl-C stops the tests, then the source is put back before the script exits.
      let interrupted = false;
      const stop = () => (interrupted = true);
      process.on('SIGINT', stop);
      try {
        writeFileSync(path, mutated);
        const r = spawnSync(
          'npx',
          [
            'vitest',
            'related',
            path,
            '--run',
            '--bail=1',
            '--passWithNoTests',
            '--config',
            'vitest.mutate.config.ts',
          ],
          {
            stdio: 'ignore',
            env: { ...process.env, MUTATE_TESTS: tests },
          },
        );
        failed = r.status !== 0;
      } finally {
        writeFileSync(path, original);
        process.off('SIGINT', stop);
      }
      if (interrupted) process.exit(130);
      console.log(
        `recheck ${path}:${m.location.start.line} ${m.mutatorName}: ${failed ? 'killed' : 'survived'}`,
      );
      if (failed) {
        m.status = 'Killed';
        m.statusReason =
          'Stryker ran no test (the module failed to load); applied to the source, the tests fail';
        changed = true;
      }
    }
  if (changed) writeFileSync(file, JSON.stringify(report));
}

if (recheckOnly) for (const unit of chosen) recheck(unit);
else if (!reportOnly)
  for (const unit of chosen) {
    console.log(`\n=== mutate ${unit} (${units[unit]!.mutate.join(', ')})`);
    const r = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs', ...strykerArgs], {
      stdio: 'inherit',
      env: { ...process.env, STRYKER_UNIT: unit },
    });
    if (r.status !== 0) process.exit(r.status ?? 1);
    recheck(unit);
  }

// The incremental file is each unit's full report of its last run.
const reports = Object.keys(units)
  .map((u) => `${OUT}/${u}/incremental.json`)
  .filter((f) => existsSync(f))
  .map((f) => JSON.parse(readFileSync(f, 'utf8')) as Report);

type Counts = Record<'killed' | 'survived' | 'noCoverage' | 'timeout' | 'errors' | 'ignored', number>;
const tally = (mutants: Mutant[]): Counts => {
  const c: Counts = { killed: 0, survived: 0, noCoverage: 0, timeout: 0, errors: 0, ignored: 0 };
  for (const m of mutants) {
    if (m.status === 'Killed') c.killed++;
    else if (m.status === 'Survived') c.survived++;
    else if (m.status === 'NoCoverage') c.noCoverage++;
    else if (m.status === 'Timeout') c.timeout++;
    else if (m.status === 'Ignored') c.ignored++;
    else c.errors++;
  }
  return c;
};
/** Stryker's mutation score: detected over detected and undetected (errors and ignored left out). */
const score = (c: Counts) => {
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  return valid ? ((100 * (c.killed + c.timeout)) / valid).toFixed(1) : '-';
};
const row = (name: string, c: Counts) =>
  `| ${name} | **${score(c)}** | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${c.errors} |`;

const files: Report['files'] = {};
for (const r of reports) Object.assign(files, r.files);
const areaOf = (file: string) =>
  Object.values(units).find((u) =>
    u.mutate.some((g) => new RegExp(`^${g.replace(/\*/g, '[^/]*')}$`).test(file)),
  )?.area;

const header = [
  '| | score % | killed | timeout | survived | no coverage | compile/runtime errors |',
  '|---|---|---|---|---|---|---|',
];
const lines = ['# Mutation score', '', 'Written by `npm run mutate`. Per area:', '', ...header];
for (const area of Object.keys(areas)) {
  const ms = Object.entries(files).flatMap(([f, v]) => (areaOf(f) === area ? v.mutants : []));
  if (ms.length) lines.push(row(area, tally(ms)));
}
lines.push('', 'Per file:', '', ...header);
for (const [f, v] of Object.entries(files).sort()) lines.push(row(`\`${f}\``, tally(v.mutants)));
lines.push('', 'Mutants not detected:', '');
for (const [f, v] of Object.entries(files).sort())
  for (const m of v.mutants.filter((x) => x.status === 'Survived' || x.status === 'NoCoverage'))
    lines.push(
      `- \`${f}:${m.location.start.line}\` ${m.status} ${m.mutatorName}: \`${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100)}\``,
    );
mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}/summary.md`, `${lines.join('\n')}\n`);
console.log(lines.slice(0, 6 + Object.keys(areas).length).join('\n'));

// One HTML report of every unit, with the report viewer Stryker's own HTML reporter uses.
if (reports.length) {
  const merged: Report = {
    ...reports[0]!,
    files,
    testFiles: Object.assign({}, ...reports.map((r) => r.testFiles)),
  };
  const need = createRequire(createRequire(import.meta.url).resolve('@stryker-mutator/core'));
  const viewer = readFileSync(
    need.resolve('mutation-testing-elements/dist/mutation-test-elements.js'),
    'utf8',
  );
  const json = JSON.stringify(merged).replace(/</g, '\\u003c');
  writeFileSync(
    `${OUT}/index.html`,
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Mutation report</title><script>${viewer}</script></head>` +
      `<body><mutation-test-report-app titlePostfix="naltrexone-receptor-sim"></mutation-test-report-app>` +
      `<script>document.querySelector('mutation-test-report-app').report = ${json};</script></body></html>\n`,
  );
  console.log(`\nSummary: ${OUT}/summary.md; every mutant: ${OUT}/index.html`);
}
