// The app shell's machine: which audience the page is set up for (student, lecture, counsellor) and
// whether projector colours are on. Lecture mode always uses the projector theme. Applying a mode
// (the store, body data attributes, remembering it) is an effect the composition root provides.
import { assign, setup } from 'xstate';
import type { AudienceMode } from '../core/store';

export const MODES: readonly AudienceMode[] = ['student', 'lecture', 'counsellor'];

export const isMode = (v: unknown): v is AudienceMode =>
  typeof v === 'string' && (MODES as readonly string[]).includes(v);

export interface ModeContext {
  mode: AudienceMode;
  projector: boolean;
}

export type ModeEvent = { type: 'SET_MODE'; mode: AudienceMode } | { type: 'TOGGLE_PROJECTOR' };

/** The theme a mode and preference give: lecture halls always get the projector palette. */
export const themeOf = (c: ModeContext): 'standard' | 'projector' =>
  c.mode === 'lecture' || c.projector ? 'projector' : 'standard';

export const modeMachine = setup({
  types: { context: {} as ModeContext, events: {} as ModeEvent, input: {} as Partial<ModeContext> },
  actions: {
    apply: (_, _params: ModeContext) => undefined,
    toggleProjector: assign({ projector: ({ context }) => !context.projector }),
    setMode: assign({
      mode: ({ context, event }) => (event.type === 'SET_MODE' ? event.mode : context.mode),
    }),
  },
  guards: {
    asks: ({ event }, params: { mode: AudienceMode }) =>
      event.type === 'SET_MODE' && event.mode === params.mode,
  },
}).createMachine({
  id: 'modes',
  context: ({ input }) => ({
    mode: isMode(input.mode) ? input.mode : 'student',
    projector: input.projector === true,
  }),
  initial: 'boot',
  entry: { type: 'apply', params: ({ context }) => context },
  on: {
    // Choosing the mode already shown re-enters it, which re-applies it (harmless, and it repairs
    // a body attribute that something else changed).
    SET_MODE: MODES.map((mode) => ({
      guard: { type: 'asks' as const, params: { mode } },
      target: `.${mode}`,
      reenter: true,
      actions: 'setMode' as const,
    })),
    TOGGLE_PROJECTOR: {
      actions: ['toggleProjector', { type: 'apply', params: ({ context }) => context }],
    },
  },
  states: {
    boot: {
      always: [
        { guard: ({ context }) => context.mode === 'lecture', target: 'lecture' },
        { guard: ({ context }) => context.mode === 'counsellor', target: 'counsellor' },
        { target: 'student' },
      ],
    },
    student: { entry: { type: 'apply', params: ({ context }) => context } },
    lecture: { entry: { type: 'apply', params: ({ context }) => context } },
    counsellor: { entry: { type: 'apply', params: ({ context }) => context } },
  },
});

const MODE_KEY = 'naltrexone-sim.mode';
const PROJECTOR_KEY = 'naltrexone-sim.projector';

/** The remembered mode (this browser only; nothing leaves the page). Storage may be blocked. */
export function rememberedMode(): Partial<ModeContext> {
  try {
    const mode = localStorage.getItem(MODE_KEY);
    return { ...(isMode(mode) ? { mode } : {}), projector: localStorage.getItem(PROJECTOR_KEY) === 'true' };
  } catch {
    return {};
  }
}

export function rememberMode(c: ModeContext): void {
  try {
    localStorage.setItem(MODE_KEY, c.mode);
    localStorage.setItem(PROJECTOR_KEY, String(c.projector));
  } catch {
    // Private windows may refuse storage; the mode then simply is not remembered.
  }
}
