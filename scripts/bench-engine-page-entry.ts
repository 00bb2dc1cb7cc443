// The page runner's entry (scripts/bench-engine-page.ts bundles it for the browser): it leaves the
// timing functions on the window for the bench to call.
import { benchScenario } from './bench-scenarios';
import { freshMs, recycledDays90 } from './bench-engine-time';

(globalThis as { engineBench?: unknown }).engineBench = {
  fresh: () => freshMs(benchScenario(90)),
  recycled: recycledDays90,
};
