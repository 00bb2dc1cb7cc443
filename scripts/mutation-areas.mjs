// What `npm run mutate` covers (issue 17): areas, each a few units. A unit is one Stryker run: the
// files it mutates and the tests that judge them. Only the mutated files are instrumented, and
// instrumented code in the engine's inner loop runs some 20 times slower, so the engine is mutated a
// file or two at a time (the rest of it runs at full speed). Each engine unit is judged by a focused
// list: its own unit tests and the few quick engine tests that exercise it (each list runs in a few
// seconds uninstrumented), so a unit takes minutes, not hours. Its score is a lower bound: the
// engine's other tests may catch more. To judge a unit by every engine test, name them:
// `MUTATE_TESTS=tests/sim/*.test.ts npm run mutate sim-pool` (comma-separated globs).
// Each unit keeps its own incremental file; scripts/mutate.ts sums the units into a score per area.

/** Every unit test but the command's (it runs the engine in a child process, which never sees the
 *  active mutant) and the browser tests (they need a built app). */
const ALL = ['tests/**/*.test.ts'];
/** A test file of the engine's. */
const sim = (...names) => names.map((n) => `tests/sim/${n}.test.ts`);

export const areas = {
  sim: {
    'sim-model': {
      mutate: ['sim/model.ts', 'sim/state.ts', 'sim/wiring.ts'],
      tests: sim(
        'shortcuts',
        'binding',
        'potency',
        'calibration',
        'recorder',
        'alcohol',
        'resume',
        'danger',
        'wiring',
      ),
    },
    'sim-pool': {
      mutate: ['sim/receptor/pool.ts', 'sim/receptor/written.ts'],
      tests: sim('pool', 'binding', 'potency', 'shortcuts'),
    },
    'sim-pk': {
      mutate: ['sim/pk/linear-system.ts', 'sim/pk/pattern.ts'],
      tests: sim('linear-system', 'linalg', 'exactness', 'pk-kernels'),
    },
    'sim-systems': {
      mutate: [
        'sim/pk/systems.ts',
        'sim/pk/antagonist-systems.ts',
        'sim/pk/scale.ts',
        'sim/pk/spec.ts',
        'sim/linalg.ts',
      ],
      tests: sim(
        'linalg',
        'linear-system',
        'exactness',
        'mass-balance',
        'half-lives',
        'shortcuts',
        'calibration',
      ),
    },
    'sim-response': {
      mutate: ['sim/effects/response.ts'],
      tests: sim('response', 'danger', 'potency'),
    },
    'sim-alcohol': {
      mutate: ['sim/alcohol.ts'],
      tests: [...sim('alcohol'), 'tests/counsellor/alcohol.test.ts'],
    },
    'sim-events': { mutate: ['sim/events.ts'], tests: sim('events') },
    'sim-recorder': {
      mutate: ['sim/recorder.ts', 'sim/timeline.ts'],
      tests: [...sim('recorder'), 'tests/timeline/exports.test.ts'],
    },
    'sim-engine': {
      mutate: ['sim/engine.ts', 'sim/grid.ts', 'sim/scenario.ts'],
      // resume and exactness run the resume path (checkpoints, the unchanged part copied), which
      // the other quick tests never take; properties tries schedules no hand-written test does.
      tests: sim(
        'grid',
        'shortcuts',
        'recorder',
        'events',
        'validate',
        'resume',
        'exactness',
        'properties',
        'danger',
        'scenario',
      ),
    },
    'sim-validate': { mutate: ['sim/io/validate.ts'], tests: sim('validate', 'schema') },
    'sim-params': {
      mutate: ['sim/params/*.ts'],
      tests: [...sim('calibration', 'potency', 'docs'), 'tests/info/model-sources.test.ts'],
    },
    'sim-lessons': {
      mutate: ['sim/lessons/index.ts', 'sim/lessons/drug-x.ts', 'sim/index.ts'],
      tests: [
        'tests/content/engine-claims.test.ts',
        'tests/lessons/teaching-points.test.ts',
        'tests/lessons/scenarios.test.ts',
        'tests/drugx/drugx.test.ts',
      ],
    },
    'sim-random': {
      mutate: ['sim/random.ts'],
      tests: [...sim('random', 'grid'), 'tests/scene/sampler.test.ts'],
    },
  },
  machines: {
    machines: {
      mutate: [
        'src/core/playback-machine.ts',
        'src/lessons/machine.ts',
        'src/app/modes.ts',
        'src/scene/receptor-site-machine.ts',
      ],
      tests: ALL,
    },
  },
  // Judged by its own test files, the only unit tests that import it (every unit test made a run too
  // slow: under instrumentation its long plays timed out). Its score is a lower bound: the browser
  // tests of the scene, which Stryker cannot run, may catch more.
  sampler: {
    sampler: {
      mutate: ['src/scene/sampler.ts'],
      tests: ['tests/scene/sampler.test.ts', 'tests/scene/sampler-rules.test.ts'],
    },
  },
  dates: { dates: { mutate: ['src/counsellor/dates.ts'], tests: ALL } },
  url: { url: { mutate: ['src/app/url-state.ts'], tests: ALL } },
  charts: {
    charts: {
      mutate: ['src/timeline/downsample.ts', 'src/timeline/segments.ts', 'src/timeline/series.ts'],
      tests: ALL,
    },
  },
};

/** Every unit by name, with its area. */
export const units = Object.fromEntries(
  Object.entries(areas).flatMap(([area, us]) =>
    Object.entries(us).map(([name, unit]) => [name, { ...unit, area }]),
  ),
);
