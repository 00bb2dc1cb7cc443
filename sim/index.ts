// The engine's public face: everything src/ and the tools may use from sim/.
export { simulate, changedFrom, type SimulateOptions } from './engine';
export * from './scenario';
export { validateScenario, type Validation } from './io/validate';
export {
  toJson,
  toCsv,
  columns,
  type Timeline,
  type TimelineEvent,
  type EventKind,
  type OccupancyClass,
} from './timeline';
export { LIGANDS, LIGAND_NAMES, type LigandName, type LigandClass } from './params/receptor';
export { COWS_BANDS, RESPONSE, EVENT_THRESHOLDS } from './params/response';
export { BASELINE_SIGNAL, BASELINE_OCCUPANCY } from './effects/response';
export type { Param, Confidence } from './params/types';
export { LESSONS, lessonById, heroinHabit, methadoneHabit, type LessonScenario } from './lessons/index';
export { mulberry32, randomInt, type Random } from './random';
export { CATALOGUE, type CatalogueRow } from './params/catalogue';
export { STANDARD_DRINK_MG } from './params/alcohol';
export {
  DRUG_X_PROFILES,
  DRUG_X_SEEDS,
  DRUG_X_LESSON_SEED,
  DRUG_X_AT_H,
  DRUG_X_SPAN_H,
  DRUG_X_EXPERIMENTS,
  drugXProfile,
  drugXKind,
  drugXScenario,
  drugXBackground,
  type DrugXProfile,
  type DrugXKind,
  type DrugXExperiment,
} from './lessons/drug-x';
