// The receptor-site machine: one actor per receptor drawn on screen. Its states are the site's
// binding states and its guards are the rules of the mechanism: an occupied site takes no second
// ligand, and an agonist (or endorphin) that reaches a site held by an antagonist is turned away.
// The effects (light up, bounce, count) are named no-op actions here; the view supplies them with
// `receptorSiteMachine.provide({ actions })`, so the tests run the machine bare.
import { assign, setup } from 'xstate';
import type { LigandClass } from '../../sim/index';

export interface SiteContext {
  /** Index of the site on screen, so provided actions know which receptor to draw. */
  site: number;
  /** The ligand holding (or binding to, or leaving) the site; null when free. */
  ligand: string | null;
  cls: LigandClass | null;
  /** Ligands this site has turned away since it was created. */
  turnedAway: number;
}

export type SiteEvent =
  /** A ligand reaches the site. Binds if free; refused if occupied; bounced if blocked. */
  | { type: 'ARRIVE'; ligand: string; cls: LigandClass }
  /** The arriving ligand has docked: the site is bound. */
  | { type: 'SETTLE' }
  /** The holding ligand lets go. */
  | { type: 'LEAVE' }
  /** The leaving ligand is gone: the site is free. */
  | { type: 'CLEAR' }
  /** Jump straight to a state without animation (restoring, or reduced-motion snaps). */
  | { type: 'SET'; ligand: string | null; cls: LigandClass | null };

export interface SiteInput {
  site: number;
}

type Holding = { ligand: string | null; cls: LigandClass | null };

export const receptorSiteMachine = setup({
  types: {
    context: {} as SiteContext,
    events: {} as SiteEvent,
    input: {} as SiteInput,
  },
  actions: {
    /** A ligand starts its approach into the pocket. */
    startBinding: () => {},
    /** Full agonist or endorphin docked: the receptor signals inside the cell. */
    lightUp: () => {},
    /** Partial agonist docked: a weaker signal. */
    lightDim: () => {},
    /** Antagonist docked: the key fits but does not turn. */
    sitDark: () => {},
    /** Leaving the bound state: no more signal. */
    lightOff: () => {},
    startUnbinding: () => {},
    clearSite: () => {},
    /** A ligand was turned away from the occupied site: animate it bouncing off. */
    bounce: () => {},
    /** ...and count it. */
    countTurnedAway: () => {},
    hold: assign((_, params: Holding) => params),
    release: assign({ ligand: null, cls: null }),
    tallyTurnedAway: assign({ turnedAway: ({ context }) => context.turnedAway + 1 }),
  },
  guards: {
    /** The rule of blockade: an antagonist in the pocket turns away any non-antagonist. */
    blockedByAntagonist: ({ context, event }) =>
      event.type === 'ARRIVE' && context.cls === 'antagonist' && event.cls !== 'antagonist',
    setsALigand: ({ event }) => event.type === 'SET' && event.ligand !== null && event.cls !== null,
    holdsEndorphin: ({ context }) => context.cls === 'endogenous',
    holdsAgonist: ({ context }) => context.cls === 'agonist',
    holdsPartialAgonist: ({ context }) => context.cls === 'partial_agonist',
  },
}).createMachine({
  id: 'receptorSite',
  context: ({ input }) => ({ site: input.site, ligand: null, cls: null, turnedAway: 0 }),
  initial: 'free',
  on: {
    SET: [
      {
        guard: 'setsALigand',
        target: '.bound',
        reenter: true,
        actions: { type: 'hold', params: ({ event }) => ({ ligand: event.ligand, cls: event.cls }) },
      },
      { target: '.free', reenter: true, actions: ['release', 'clearSite'] },
    ],
  },
  states: {
    free: {
      on: {
        ARRIVE: {
          target: 'binding',
          actions: [
            { type: 'hold', params: ({ event }) => ({ ligand: event.ligand, cls: event.cls }) },
            'startBinding',
          ],
        },
      },
    },
    binding: {
      on: {
        ARRIVE: { guard: 'blockedByAntagonist', actions: ['tallyTurnedAway', 'bounce', 'countTurnedAway'] },
        SETTLE: 'bound',
        LEAVE: { target: 'unbinding', actions: 'startUnbinding' },
      },
    },
    bound: {
      exit: 'lightOff',
      on: {
        ARRIVE: { guard: 'blockedByAntagonist', actions: ['tallyTurnedAway', 'bounce', 'countTurnedAway'] },
        LEAVE: { target: 'unbinding', actions: 'startUnbinding' },
      },
      // A transient first step routes the docked ligand to its class.
      initial: 'docking',
      states: {
        docking: {
          always: [
            { guard: 'holdsEndorphin', target: 'endorphin' },
            { guard: 'holdsAgonist', target: 'agonist' },
            { guard: 'holdsPartialAgonist', target: 'partial' },
            { target: 'antagonist' },
          ],
        },
        endorphin: { entry: 'lightUp' },
        agonist: { entry: 'lightUp' },
        partial: { entry: 'lightDim' },
        antagonist: { entry: 'sitDark' },
      },
    },
    unbinding: {
      on: {
        CLEAR: { target: 'free', actions: ['release', 'clearSite'] },
      },
    },
  },
});

export type ReceptorSiteMachine = typeof receptorSiteMachine;
