// The unit tests for mutation testing (`npm run mutate`): Stryker's vitest runner takes one config.
// MUTATE_TESTS (set by stryker.config.mjs) names the tests that judge the unit being mutated.
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/** Quick test files first: with bail, a mutant a quick test kills costs only that test. */
class QuickFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const longestFirst = await super.sort(files);
    return longestFirst.reverse();
  }
}

export default defineConfig({
  test: {
    include: (process.env.MUTATE_TESTS ?? 'tests/**/*.test.ts').split(','),
    // The command's tests run the engine in a child process, which never sees the active mutant;
    // browser tests need a built app.
    exclude: ['tests/browser/**', 'tests/sim/cli.test.ts'],
    environment: 'node',
    // Instrumented code runs several times slower; the heaviest properties try a tenth of their
    // cases (tests/runs.ts), the first of the same seeded sequence.
    env: { MUTATION_RUNS_SCALE: '0.1' },
    testTimeout: 600_000,
    hookTimeout: 600_000,
    sequence: { sequencer: QuickFirst },
  },
});
