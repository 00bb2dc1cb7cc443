// What `npm run mutate` covers (issue 17): areas, each a few units. A unit is one Stryker run: the
// files it mutates and the tests that judge them. Only the mutated files are instrumented, and
// instrumented code in the engine's inner loop runs some 20 times slower, so the engine is mutated a
// file or two at a time (the rest of it runs at full speed) and judged by the engine's own tests.
// Each unit keeps its own incremental file; scripts/mutate.ts sums the units into a score per area.

/** Every unit test but the command's (it runs the engine in a child process, which never sees the
 *  active mutant) and the browser tests (they need a built app). */
const ALL = ['tests/**/*.test.ts'];
/** The engine's own tests, and the claims the app's words make about the engine. */
const ENGINE = [
  'tests/sim/*.test.ts',
  'tests/content/engine-claims.test.ts',
  'tests/counsellor/engine-dates.test.ts',
];

export const areas = {
  sim: {
    'sim-model': { mutate: ['sim/model.ts', 'sim/state.ts', 'sim/wiring.ts'], tests: ENGINE },
    'sim-pool': { mutate: ['sim/receptor/pool.ts'], tests: ENGINE },
    'sim-pk': { mutate: ['sim/pk/linear-system.ts'], tests: ENGINE },
    'sim-systems': {
      mutate: [
        'sim/pk/systems.ts',
        'sim/pk/antagonist-systems.ts',
        'sim/pk/scale.ts',
        'sim/pk/spec.ts',
        'sim/linalg.ts',
      ],
      tests: ENGINE,
    },
    'sim-response': { mutate: ['sim/effects/response.ts'], tests: ENGINE },
    'sim-alcohol': { mutate: ['sim/alcohol.ts'], tests: ENGINE },
    'sim-events': { mutate: ['sim/events.ts'], tests: ENGINE },
    'sim-recorder': { mutate: ['sim/recorder.ts', 'sim/timeline.ts'], tests: ENGINE },
    'sim-engine': { mutate: ['sim/engine.ts', 'sim/grid.ts', 'sim/scenario.ts'], tests: ENGINE },
    'sim-validate': { mutate: ['sim/io/validate.ts'], tests: ENGINE },
    'sim-params': { mutate: ['sim/params/*.ts'], tests: ENGINE },
    'sim-lessons': {
      mutate: ['sim/lessons/index.ts', 'sim/index.ts'],
      tests: [...ENGINE, 'tests/lessons/*.test.ts'],
    },
    'sim-random': { mutate: ['sim/random.ts'], tests: [...ENGINE, 'tests/scene/sampler.test.ts'] },
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
  sampler: { sampler: { mutate: ['src/scene/sampler.ts'], tests: ALL } },
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
