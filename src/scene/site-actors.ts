// One receptor-site actor per receptor on screen, with the machine's named effects bound to the
// view, and the bridge from the sampler's events to machine events. The machine, not the
// sampler, decides what an arriving molecule does: bind, be refused, or be turned away.
import { createActor, type ActorRefFrom } from 'xstate';
import { receptorSiteMachine, type SiteContext } from './receptor-site-machine';
import { SCENE_LIGANDS } from './pacing';
import type { SamplerEvent } from './sampler';
import type { SiteLook } from './receptor-view';

/** What the outside world does when a site changes (the view draws, the scene counts). */
export interface SiteEffects {
  startBinding(site: number, ligand: number): void;
  show(site: number, ligand: number, look: SiteLook): void;
  lightOff(site: number): void;
  startUnbinding(site: number): void;
  clear(site: number): void;
  bounce(site: number, ligand: number): void;
  turnedAway(site: number, ligand: number): void;
}

export type SiteActor = ActorRefFrom<typeof receptorSiteMachine>;

const INDEX = new Map<string, number>(SCENE_LIGANDS.map((l, i) => [l.name, i]));
const indexOf = (name: string | null) => (name === null ? -1 : (INDEX.get(name) ?? -1));

export function createSiteActors(count: number, effects: SiteEffects) {
  const show =
    (look: SiteLook) =>
    ({ context }: { context: SiteContext }) =>
      effects.show(context.site, indexOf(context.ligand), look);
  const machine = receptorSiteMachine.provide({
    actions: {
      startBinding: ({ context }) => effects.startBinding(context.site, indexOf(context.ligand)),
      lightUp: show('lit'),
      lightDim: show('dim'),
      sitDark: show('dark'),
      lightOff: ({ context }) => effects.lightOff(context.site),
      startUnbinding: ({ context }) => effects.startUnbinding(context.site),
      clearSite: ({ context }) => effects.clear(context.site),
      bounce: ({ context, event }) => {
        if (event.type === 'ARRIVE') effects.bounce(context.site, indexOf(event.ligand));
      },
      countTurnedAway: ({ context, event }) => {
        if (event.type === 'ARRIVE') effects.turnedAway(context.site, indexOf(event.ligand));
      },
    },
  });
  const actors: SiteActor[] = Array.from({ length: count }, (_, site) =>
    createActor(machine, { input: { site } }).start(),
  );
  return {
    actors,
    dispatch(e: SamplerEvent): void {
      const actor = actors[e.site]!;
      switch (e.type) {
        case 'arrive':
        case 'attempt': {
          const l = SCENE_LIGANDS[e.ligand]!;
          actor.send({ type: 'ARRIVE', ligand: l.name, cls: l.cls });
          break;
        }
        case 'settle':
          actor.send({ type: 'SETTLE' });
          break;
        case 'leave':
          actor.send({ type: 'LEAVE' });
          break;
        case 'clear':
          actor.send({ type: 'CLEAR' });
          break;
        case 'set': {
          const l = e.ligand >= 0 ? SCENE_LIGANDS[e.ligand]! : null;
          actor.send({ type: 'SET', ligand: l?.name ?? null, cls: l?.cls ?? null });
          break;
        }
      }
    },
    stop(): void {
      for (const a of actors) a.stop();
    },
  };
}
