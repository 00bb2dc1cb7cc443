// The engine's timings, shared by the Node runner (scripts/bench-engine-run.ts) and the page runner
// (scripts/bench-engine-page.ts): nothing here touches Node or the DOM, only the engine and the clock.
import { simulate, type Scenario, type Timeline } from '../sim/index';
import { benchScenario, heavyScenario } from './bench-scenarios';

export interface EngineTime {
  medianMs: number;
  runs: number;
}

/** Median time of `run` over repeated calls after a warm-up, ms (at least `minRuns` and `minMs`). */
function medianMs(run: () => void, minRuns = 15, minMs = 3000): EngineTime {
  for (let i = 0; i < 3; i++) run();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
  return { medianMs: Math.round(median * 100) / 100, runs: times.length };
}

/** A fresh run of `scenario` (no previous timeline: new storage every time). */
export const freshMs = (scenario: Scenario): EngineTime => medianMs(() => simulate(scenario));

/** A fresh run of each scenario (issue 11's targets are the first two). */
export function freshFigures() {
  return {
    days90: freshMs(benchScenario(90)),
    heavy90: freshMs(heavyScenario()),
    days400: freshMs(benchScenario(400)),
  };
}

/**
 * The 90-day run as the app's store makes it when the scenario changes from the start: the whole run
 * again, into the storage of the timeline it replaces (`recycle`). Two scenarios alternate (the
 * second gives every dose an hour later), so no run is resumed.
 */
export function recycledDays90(): EngineTime {
  const a = benchScenario(90);
  const b: Scenario = { ...a, doses: a.doses.map((d) => ({ ...d, at_h: d.at_h + 1 })) };
  let previous: Timeline = simulate(a);
  let flip = false;
  return medianMs(() => {
    flip = !flip;
    previous = simulate(flip ? b : a, previous, { recycle: true });
  });
}
