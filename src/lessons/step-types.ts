// What a guided step of a lesson is: the scenario it shows, where the cursor goes, the choices of a
// prediction, the reveal's stretch of time and the numbers its narration quotes (src/lessons/steps.ts
// gathers the steps of every lesson).
import type { Drug, Scenario, Timeline } from '../../sim/index';
import type { MachineStep } from './machine';

export type Facts = Record<string, string | number>;

export interface LessonStep extends MachineStep {
  /** A variant id of the lesson's scenarios; the main scenario when absent. */
  variant?: string;
  /** Where the cursor goes when the step opens, model hours. */
  seek: number;
  /** The right choice of a prediction. */
  answer?: string;
  /** The stretch of model time the reveal plays through, hours: the charts zoom to it on a reveal. */
  reveal?: { from: number; to: number };
  /**
   * The comparison the step quotes, drawn as a ghost curve on the charts (when the step opens, or for
   * a prediction when it is revealed): the same scenario without these drugs, on this chart.
   */
  ghost?: { without: readonly Drug[]; series: 'euphoria' | 'respiratory_depression' };
  /** A narration step's moment worth a closer look: the charts zoom to it when the step opens. */
  frame?: { from: number; to: number };
  facts?: (t: Timeline, s: Scenario) => Facts;
  /** A panel the step links to ('body-map', 'drug-x'): the root opens it (strings.lessons.ui.open). */
  open?: string;
}

/** The step every lesson ends with: the learner's own doses. */
export const free: LessonStep = { id: 'free', kind: 'free', seek: 0 };
