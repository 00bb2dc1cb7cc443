// The hooks that browser tests and `npm run bench` use, in one place and out of the views:
// `window.__receptorScene` reads the scene's model (held sites, turned-away tallies, site states,
// molecule positions, frame statistics), drives the store and the playback machine, reseeds the
// random sources, and swaps in the benchmark's bare particle field, whose code is fetched only when
// the benchmark asks for it. The composition root installs it; nothing in the app reads it.
import type { Container, Texture } from 'pixi.js';
import type { Playback } from '../core/playback';
import { nearestSpeed } from '../core/playback';
import type { Store } from '../core/store';
import './bench.css';

/** What the hooks read from the mounted scene (src/scene/index.ts's Scene has this shape). */
export interface HookedScene {
  readonly status: 'running' | 'unavailable';
  readonly ligands: readonly string[];
  readonly model: {
    held(ligand: number): number;
    turnedAway(ligand: number): number;
    siteStates(): string[];
    readonly changes: number;
    reseed(seed: number): void;
  };
  readonly picture: {
    molecules: { positions(): number[]; active(): number; reseed(seed: number): void };
    receptors: { drawn(): number };
    glyphs: readonly Texture[];
    layout(): { width: number; height: number };
  } | null;
  frameStats(): { frames: number; scriptMs: number };
  contextRestores(): number;
  showInstead(layer: { container: Container; update(dtS: number): void } | null): void;
}

export interface SceneHandle {
  readonly status: 'running' | 'unavailable';
  readonly store: Store;
  /** Sites held (binding or bound) per ligand name. */
  held(): Record<string, number>;
  /** Turned-away events per ligand name since the scenario was loaded. */
  turnedAway(): Record<string, number>;
  /** Each site's machine state and ligand, e.g. 'free' or 'bound.antagonist naltrexone'. */
  siteStates(): string[];
  /** Molecules that have docked or let go since the page opened. */
  siteChanges(): number;
  /** Drifting molecules' positions, x0, y0, x1, y1, ... */
  molecules(): number[];
  /** Particles the scene draws now (molecules, receptors, glows, flying molecules). */
  drawnParticles(): number;
  setSeed(seed: number): void;
  /** Plays at the named speed nearest `speedHps` (through the playback machine). */
  play(speedHps: number): void;
  /** Pauses at the default speed of one model hour per second. */
  pause(): void;
  /** Whether playback has reached the end of the timeline. */
  ended(): boolean;
  /** Back to the start of the timeline (playing on if it was). */
  restart(): void;
  /** Frames drawn and script time spent in the scene's frame callback (rendering included), ms. */
  frameStats(): { frames: number; scriptMs: number };
  /**
   * Benchmark: draw `particles` bare drifting particles instead of the scene, or the scene again.
   * With `page: true` the bare mode is a bare Pixi page: everything but the canvas is hidden (the
   * canvas keeps the size it has now, in both modes, so both draw the same pixels).
   */
  bench(mode: 'scene' | 'bare', particles?: number, options?: { page?: boolean }): Promise<void>;
  readonly contextRestores: number;
}

declare global {
  interface Window {
    __receptorScene?: SceneHandle;
  }
}

export function installSceneHooks(scene: HookedScene, store: Store, playback: Playback): SceneHandle {
  const byName = (f: (i: number) => number) =>
    Object.fromEntries(scene.ligands.map((name, i) => [name, f(i)]));
  const setSpeed = (hps: number) => playback.send({ type: 'SET_SPEED', index: nearestSpeed(hps) });
  const handle: SceneHandle = {
    status: scene.status,
    store,
    held: () => byName(scene.model.held),
    turnedAway: () => byName(scene.model.turnedAway),
    siteStates: () => scene.model.siteStates(),
    siteChanges: () => scene.model.changes,
    molecules: () => scene.picture?.molecules.positions() ?? [],
    drawnParticles: () => (scene.picture?.molecules.active() ?? 0) + (scene.picture?.receptors.drawn() ?? 0),
    setSeed(seed) {
      scene.model.reseed(seed);
      scene.picture?.molecules.reseed(seed);
    },
    play(speedHps) {
      setSpeed(speedHps);
      playback.send({ type: 'PLAY' });
    },
    pause() {
      playback.send({ type: 'PAUSE' });
      setSpeed(1);
    },
    ended: () => playback.actor.getSnapshot().value === 'ended',
    restart() {
      const playing = playback.playing || playback.actor.getSnapshot().value === 'ended';
      playback.send({ type: 'HOME' });
      if (playing) playback.send({ type: 'PLAY' });
    },
    frameStats: () => scene.frameStats(),
    async bench(mode, particles = 0, options = {}) {
      const picture = scene.picture;
      if (!picture) return;
      const stage = document.querySelector<HTMLElement>('.scene-stage');
      if (options.page && stage) {
        // The same canvas size in both modes, whatever hiding the rest of the page does to the grid.
        stage.style.width = `${stage.clientWidth}px`;
        stage.style.height = `${stage.clientHeight}px`;
        stage.style.flex = 'none';
        stage.style.maxHeight = 'none';
      }
      document.body.toggleAttribute('data-bench-bare', mode === 'bare' && !!options.page);
      if (mode === 'scene') return scene.showInstead(null);
      const { createBareField } = await import('./bare-field');
      const { width, height } = picture.layout();
      scene.showInstead(createBareField(picture.glyphs, particles, width, height));
    },
    get contextRestores() {
      return scene.contextRestores();
    },
  };
  window.__receptorScene = handle;
  return handle;
}
