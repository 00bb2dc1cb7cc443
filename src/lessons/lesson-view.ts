// What the narration panel shows for the lesson machine's state: the phase of the step, the next
// lesson offered on the last step, and the step's facts, worked out once per timeline. Pure apart
// from the cache, so the words a step shows can be tested without a page.
import { LESSONS, lessonById, type Scenario, type Timeline } from '../../sim/index';
import { strings } from '../strings/index';
import type { NarrationView } from './narration';
import { stepsOf, type Facts, type LessonStep } from './steps';

/** The lesson after this one in the picker's order (undefined after the last or for no lesson). */
export function nextLessonOf(lessonId: string) {
  const i = LESSONS.findIndex((l) => l.id === lessonId);
  return i >= 0 ? LESSONS[i + 1] : undefined;
}

/** The narration's phase for a machine state: a prediction's own state, free play, or narration. */
export function phaseOf(value: string | { predict?: unknown }): NarrationView['phase'] {
  return typeof value === 'string' ? (value === 'free' ? 'free' : 'narrate') : (value.predict as 'awaiting');
}

/** Everything the narration panel shows for a step, in the words of the page's language. */
export function narrationView(
  at: { lessonId: string; index: number; guess: string | null },
  phase: NarrationView['phase'],
  plain: boolean,
  facts: Facts,
): NarrationView {
  const { lessonId, index, guess } = at;
  const steps = stepsOf(lessonId);
  const following = nextLessonOf(lessonId);
  return {
    nextLesson:
      following && `${following.number}. ${strings.lessons.titles[following.id] ?? following.title}`,
    lessonId,
    lessonNumber: lessonById(lessonId)?.number ?? 0,
    step: steps[index]!,
    index,
    total: steps.length,
    phase,
    guess,
    plain,
    facts,
  };
}

/** A step's facts, worked out again only for a new timeline or after `forget` (a new step). */
export function factsCache() {
  let key: unknown;
  let facts: Facts = {};
  return {
    forget: () => void (key = undefined),
    of(step: LessonStep, timeline: Timeline, scenario: Scenario): Facts {
      if (key !== timeline) {
        key = timeline;
        facts = step.facts?.(timeline, scenario) ?? {};
      }
      return facts;
    },
  };
}
