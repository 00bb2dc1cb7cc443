// The audience-mode machine: its state is the mode (held nowhere else), a SET_MODE for any mode
// applies it, the projector toggle re-applies the mode shown with the other palette, and nothing
// is applied before the first mode arrives.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createActor } from 'xstate';
import {
  MODES,
  isMode,
  modeMachine,
  modeOf,
  rememberMode,
  rememberedMode,
  themeOf,
  type ModeView,
} from '../../src/app/modes';

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

  test('the projector toggle before the first mode changes nothing and applies nothing', () => {
    const { actor, applied } = start();
    actor.send({ type: 'TOGGLE_PROJECTOR' });
    expect(actor.getSnapshot().value).toBe('boot');
    expect(actor.getSnapshot().context.projector).toBe(false);
    expect(applied).toEqual([]);
  });

  test('a machine started with the projector on applies its first mode with it', () => {
    const { actor, applied } = start(true);
    actor.send({ type: 'SET_MODE', mode: 'counsellor' });
    expect(applied).toEqual([{ mode: 'counsellor', projector: true }]);
    const odd = createActor(modeMachine, { input: { projector: 'yes' as never } }).start();
    expect(odd.getSnapshot().context.projector).toBe(false);
  });

  test('a mode is one of the three names; while booting the page counts as student', () => {
    expect(MODES).toEqual(['student', 'lecture', 'counsellor']);
    for (const m of MODES) expect(isMode(m)).toBe(true);
    for (const v of ['boot', 'Student', '', undefined, 1, null]) expect(isMode(v)).toBe(false);
    expect(modeOf('boot')).toBe('student');
    expect(modeOf('lecture')).toBe('lecture');
  });
});

describe('remembering the mode in this browser', () => {
  afterEach(() => vi.unstubAllGlobals());
  const storage = () => {
    const items = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    });
    return items;
  };

  test('what is remembered comes back, projector included', () => {
    const items = storage();
    expect(rememberedMode()).toEqual({ projector: false });
    rememberMode({ mode: 'counsellor', projector: true });
    expect([...items.keys()].every((k) => k.startsWith('naltrexone-sim.'))).toBe(true);
    expect(rememberedMode()).toEqual({ mode: 'counsellor', projector: true });
    rememberMode({ mode: 'lecture', projector: false });
    expect(rememberedMode()).toEqual({ mode: 'lecture', projector: false });
  });

  test('a stored value that is not a mode is ignored', () => {
    const items = storage();
    rememberMode({ mode: 'student', projector: true });
    for (const k of items.keys()) items.set(k, 'dark');
    expect(rememberedMode()).toEqual({ projector: false });
  });

  test('storage that refuses (a private window) loses the choice and nothing else', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    });
    expect(rememberedMode()).toEqual({});
    expect(() => rememberMode({ mode: 'lecture', projector: true })).not.toThrow();
  });
});
