// The audience-mode machine: its state is the mode (held nowhere else), a SET_MODE for any mode
// applies it, the projector toggle re-applies the mode shown with the other palette, and nothing
// is applied before the first mode arrives.
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { MODES, modeMachine, modeOf, themeOf, type ModeView } from '../../src/app/modes';

function start(projector = false) {
  const applied: ModeView[] = [];
  const actor = createActor(modeMachine.provide({ actions: { apply: (_, c) => void applied.push(c) } }), {
    input: { projector },
  }).start();
  return { actor, applied, mode: () => modeOf(actor.getSnapshot().value) };
}

describe('modes machine', () => {
  test('boots without applying anything, then applies the first mode it is given', () => {
    const { actor, applied } = start();
    expect(actor.getSnapshot().value).toBe('boot');
    expect(applied).toEqual([]);
    actor.send({ type: 'SET_MODE', mode: 'counsellor' });
    expect(actor.getSnapshot().value).toBe('counsellor');
    expect(applied).toEqual([{ mode: 'counsellor', projector: false }]);
  });

  test('every mode can be reached from every mode, and choosing the mode shown applies it again', () => {
    for (const from of MODES)
      for (const to of MODES) {
        const { actor, applied, mode } = start();
        actor.send({ type: 'SET_MODE', mode: from });
        actor.send({ type: 'SET_MODE', mode: to });
        expect(mode()).toBe(to);
        expect(applied.map((a) => a.mode)).toEqual([from, to]);
      }
  });

  test('an unknown mode is refused and changes nothing', () => {
    const { actor, applied, mode } = start();
    actor.send({ type: 'SET_MODE', mode: 'lecture' });
    actor.send({ type: 'SET_MODE', mode: 'dark' as never });
    expect(mode()).toBe('lecture');
    expect(applied).toHaveLength(1);
  });

  test('the projector toggle keeps the mode and re-applies it with the other palette', () => {
    const { actor, applied } = start();
    actor.send({ type: 'SET_MODE', mode: 'student' });
    actor.send({ type: 'TOGGLE_PROJECTOR' });
    expect(actor.getSnapshot().value).toBe('student');
    expect(applied.at(-1)).toEqual({ mode: 'student', projector: true });
    expect(themeOf(applied.at(-1)!)).toBe('projector');
    actor.send({ type: 'TOGGLE_PROJECTOR' });
    expect(themeOf(applied.at(-1)!)).toBe('standard');
  });

  test('lecture mode always uses the projector palette', () => {
    expect(themeOf({ mode: 'lecture', projector: false })).toBe('projector');
    expect(themeOf({ mode: 'counsellor', projector: false })).toBe('standard');
  });
});
