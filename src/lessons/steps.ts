// The guided steps of each lesson: which scenario (the lesson's main one or a variant from
// sim/lessons) the step shows, where the cursor goes, the choices of a prediction and the stretch of
// time the reveal plays. `facts` reads the numbers the narration quotes off the model's output.
// Words live in src/strings (lessons.steps), keyed by lesson id and step id. The steps themselves
// live in three files by part of the course; this one gathers them.
import { FIRST_STEPS } from './steps-first';
import { MORE_STEPS } from './steps-more';
import { RISK_STEPS } from './steps-risk';
import type { LessonStep } from './step-types';

export type { Facts, LessonStep } from './step-types';

export const LESSON_STEPS: Record<string, readonly LessonStep[]> = {
  ...FIRST_STEPS,
  ...RISK_STEPS,
  ...MORE_STEPS,
};

export function stepsOf(lessonId: string): readonly LessonStep[] {
  return LESSON_STEPS[lessonId] ?? [];
}
