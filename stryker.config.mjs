// Mutation testing (issue 17). `npm run mutate` (scripts/mutate.ts) runs Stryker once per unit of
// scripts/mutation-areas.mjs with this config, naming the unit in STRYKER_UNIT; each unit keeps its
// incremental file and report under reports/mutation/<unit>/.
import { units } from './scripts/mutation-areas.mjs';

const name = process.env.STRYKER_UNIT ?? '';
const unit = units[name];
if (!unit) throw new Error(`Set STRYKER_UNIT to one of: ${Object.keys(units).join(', ')}`);
const dir = `reports/mutation/${name}`;
// Read by vitest.mutate.config.ts in the test runner's process. MUTATE_TESTS overrides the unit's
// focused list (comma-separated globs), e.g. every engine test:
// `MUTATE_TESTS='tests/sim/*.test.ts' npm run mutate sim-pool` (hours, not minutes).
process.env.MUTATE_TESTS ??= unit.tests.join(',');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  checkers: ['typescript'],
  // Only the covered areas and what they import: type-checking the whole app per mutant is slow.
  tsconfigFile: 'tsconfig.mutate.json',
  coverageAnalysis: 'perTest',
  mutate: unit.mutate,
  incremental: true,
  incrementalFile: `${dir}/incremental.json`,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: `${dir}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, allowEmojis: false, reportMutants: false },
  // Two shared cores: one test runner unless asked (`npm run mutate -- --concurrency 2`).
  concurrency: 1,
  dryRunTimeoutMinutes: 60,
  timeoutFactor: 2,
  timeoutMS: 10_000,
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
