// The engine's timings, run as the app ships it: `npm run bench` bundles this file with the app's
// bundler (Vite, so the engine's modules are joined as in the page's chunk) and runs the bundle in a
// fresh Node process. Run straight from the TypeScript sources instead (tsx), every call across a
// module boundary goes through the loader's export getters, which made the engine look slower than the
// page runs it (1.3 times on a quiet machine, twice under load). Prints one JSON object of median ms per timeline.
import { simulate, type Scenario } from '../sim/index';
import { benchScenario, heavyScenario } from './bench-scenarios';

/** Median engine time over repeated runs after a warm-up, ms. */
function engineMs(scenario: Scenario, minRuns = 15, minMs = 3000): { medianMs: number; runs: number } {
  for (let i = 0; i < 3; i++) simulate(scenario);
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    simulate(scenario);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
  return { medianMs: Math.round(median * 100) / 100, runs: times.length };
}

const figures = {
  days90: engineMs(benchScenario(90)),
  heavy90: engineMs(heavyScenario()),
  days400: engineMs(benchScenario(400)),
};
process.stdout.write(JSON.stringify(figures));
