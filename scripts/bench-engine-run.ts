// The engine's timings, run as the app ships it: `npm run bench` bundles this file with the app's
// bundler (Vite, so the engine's modules are joined as in the page's chunk) and runs the bundle in a
// fresh Node process. Run straight from the TypeScript sources instead (tsx), every call across a
// module boundary goes through the loader's export getters, which made the engine look slower than the
// page runs it (1.3 times on a quiet machine, twice under load). Prints one JSON object of median ms per timeline.
import { freshFigures } from './bench-engine-time';

process.stdout.write(JSON.stringify(freshFigures()));
