// The app shell's machine: which audience the page is set up for (student, lecture, counsellor) and
// whether projector colours are on. The machine's state IS the audience mode (held nowhere else);
// its context holds only the projector preference. Lecture mode always uses the projector theme.
// Applying a mode (body data attributes, theme, telling the views, remembering it) is an effect the
// composition root provides. It starts in `boot` and takes the first mode as a SET_MODE event.
import { assertEvent, assign, setup } from 'xstate';
import type { AudienceMode } from '../core/store';

export const MODES: readonly AudienceMode[] = ['student', 'lecture', 'counsellor'];

export const isMode = (v: unknown): v is AudienceMode =>
  typeof v === 'string' && (MODES as readonly string[]).includes(v);

/** What applying a mode needs: the mode (the state) and the projector preference (the context). */
export interface ModeView {
  mode: AudienceMode;
  projector: boolean;
}

export interface ModeContext {
  projector: boolean;
}

export type ModeEvent = { type: 'SET_MODE'; mode: AudienceMode } | { type: 'TOGGLE_PROJECTOR' };

/** The theme a mode and preference give: lecture halls always get the projector palette. */
export const themeOf = (c: ModeView): 'standard' | 'projector' =>
  c.mode === 'lecture' || c.projector ? 'projector' : 'standard';

const modeSetup = setup({
  types: { context: {} as ModeContext, events: {} as ModeEvent, input: {} as { projector?: boolean } },
  actions: {
    apply: (_, _params: ModeView) => undefined,
    toggleProjector: assign({ projector: ({ context }) => !context.projector }),
  },
  guards: {
    asks: ({ event }, params: { mode: AudienceMode }) => {
      assertEvent(event, 'SET_MODE');
      return event.mode === params.mode;
    },
  },
});

/** One audience mode's state: applied on entry, and again (with its mode) when the projector toggles. */
const modeState = (mode: AudienceMode) => ({
  entry: {
    type: 'apply' as const,
    params: ({ context }: { context: ModeContext }) => ({ mode, ...context }),
  },
  on: {
    TOGGLE_PROJECTOR: {
      actions: [
        'toggleProjector' as const,
        { type: 'apply' as const, params: ({ context }: { context: ModeContext }) => ({ mode, ...context }) },
      ],
    },
  },
});

export const modeMachine = modeSetup.createMachine({
  id: 'modes',
  context: ({ input }) => ({ projector: input.projector === true }),
  initial: 'boot',
  on: {
    // Choosing the mode already shown re-enters it, which re-applies it (harmless, and it repairs
    // a body attribute that something else changed).
    SET_MODE: MODES.map((mode) => ({
      guard: { type: 'asks' as const, params: { mode } },
      target: `.${mode}`,
      reenter: true,
    })),
  },
  states: {
    /** Before the first SET_MODE: nothing applied yet. */
    boot: {},
    student: modeState('student'),
    lecture: modeState('lecture'),
    counsellor: modeState('counsellor'),
  },
});

/** The mode a snapshot of the machine shows (student while booting). */
export const modeOf = (value: unknown): AudienceMode => (isMode(value) ? value : 'student');

const MODE_KEY = 'naltrexone-sim.mode';
const PROJECTOR_KEY = 'naltrexone-sim.projector';

/** The remembered mode (this browser only; nothing leaves the page). Storage may be blocked. */
export function rememberedMode(): Partial<ModeView> {
  try {
    const mode = localStorage.getItem(MODE_KEY);
    return { ...(isMode(mode) ? { mode } : {}), projector: localStorage.getItem(PROJECTOR_KEY) === 'true' };
  } catch {
    return {};
  }
}

export function rememberMode(c: ModeView): void {
  try {
    localStorage.setItem(MODE_KEY, c.mode);
    localStorage.setItem(PROJECTOR_KEY, String(c.projector));
  } catch {
    // Private windows may refuse storage; the mode then simply is not remembered.
  }
}
