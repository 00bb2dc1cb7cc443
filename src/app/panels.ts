// The panels beyond the lessons, in one chunk fetched the first time any of them is opened: one lazy
// chunk instead of three keeps the modules they share with the first frame in fewer, larger files.
export { mountBodyMap } from '../bodymap/index';
export { mountExplorer } from '../explorer/index';
export { mountDrugX } from '../drugx/index';
