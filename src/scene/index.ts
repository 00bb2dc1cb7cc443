// The receptor scene, composed: the store's clock and timeline feed the seeded sampler, the
// sampler's events drive one receptor-site actor per receptor, the actors' effects draw through
// the views, and one frame callback on the app's loop advances it all and renders. Without WebGL
// the same model runs without pictures and the live description still speaks.
//
// Test and benchmark hook: `window.__receptorScene` is the SceneHandle below (counts, turned-away
// tallies, molecule positions, frame statistics, the store, a seed setter and a clock driver).
import './scene.css';
import { Container } from 'pixi.js';
import type { Store } from '../app/store';
import type { FrameLoop } from '../app/frame-loop';
import { strings } from '../strings/index';
import { createAtlas } from './atlas';
import { cleftCountsBetween, occupancyAt } from './engine-read';
import { createDescriptionWriter, describeScene, RECENT_MS } from './description';
import { layoutScene, type SceneLayout } from './layout';
import { createLegend } from './legend';
import { createMoleculesView, type MoleculesView } from './molecules-view';
import { createOverlay } from './overlay';
import { ATTEMPTS_PER_MOLECULE_S, SCENE_LIGANDS } from './pacing';
import { createPixiStage, type PixiStage } from './pixi-stage';
import { createReceptorView, type ReceptorView } from './receptor-view';
import { createSampler, type Sampler } from './sampler';
import { createSiteActors } from './site-actors';
import { createSynapseView } from './synapse-view';

export const SITE_COUNT = 24;
export const DEFAULT_SEED = 20240613;

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
  molecules(): number[];
  activeMolecules(): number;
  /** Restarts the sampler and the drift from a seed (the sites are re-placed at once). */
  setSeed(seed: number): void;
  /** Test driver: plays at a speed, advancing the clock itself if nothing else does. */
  play(speedHps: number): void;
  /** Frames drawn and script time spent in the scene's frame callback, ms. */
  frameStats(): { frames: number; scriptMs: number };
  readonly contextRestores: number;
}

declare global {
  interface Window {
    __receptorScene?: SceneHandle;
  }
}

const stateName = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => `${k}.${stateName(v)}`)
        .join();

export async function mountScene(host: HTMLElement, store: Store, loop: FrameLoop): Promise<SceneHandle> {
  const n = SCENE_LIGANDS.length;
  const stage = document.createElement('div');
  stage.className = 'scene-stage';
  host.replaceChildren(stage);
  const description = document.getElementById('scene-description');
  const overlay = createOverlay(stage);
  const legend = createLegend();

  let views: { receptors: ReceptorView; molecules: MoleculesView; world: Container } | null = null;
  const pixi: PixiStage | null = await createPixiStage(stage, {
    onLost: () => overlay.setStatus(strings.scene.restoring),
    onRestored: () => overlay.setStatus(null),
  });
  if (pixi) {
    stage.setAttribute('role', 'img');
    stage.setAttribute('aria-label', strings.scene.canvasLabel);
    host.append(legend.element);
    const atlas = createAtlas();
    const synapse = createSynapseView();
    const receptors = createReceptorView(atlas, SITE_COUNT);
    const molecules = createMoleculesView(atlas, DEFAULT_SEED);
    stage.prepend(synapse.element);
    const world = new Container({ children: [receptors.container, molecules.container] });
    pixi.app.stage.addChild(world);
    views = { receptors, molecules, world };
    const applyLayout = (L: SceneLayout) => {
      pixi.resize(stage.clientWidth, stage.clientHeight);
      world.scale.set(L.scale);
      synapse.draw(L);
      receptors.layout(L);
      molecules.layout(L);
      overlay.layout(L);
    };
    const relayout = () => applyLayout(layoutScene(stage.clientWidth, stage.clientHeight, SITE_COUNT));
    relayout();
    new ResizeObserver(relayout).observe(stage);
  } else {
    stage.classList.add('scene-unavailable');
    stage.replaceChildren(
      Object.assign(document.createElement('p'), {
        className: 'scene-message',
        textContent: strings.scene.noWebgl,
      }),
    );
  }

  // The model of the scene: sampler -> site actors -> effects (drawing and counting).
  const turned = new Int32Array(n);
  const lastTurnedMs = new Float64Array(n).fill(-Infinity);
  let nowMs = 0;
  let changes = 0;
  const sites = createSiteActors(SITE_COUNT, {
    startBinding: (s, l) => {
      changes++;
      views?.receptors.startBinding(s, l);
    },
    show: (s, l, look) => views?.receptors.show(s, l, look),
    lightOff: (s) => views?.receptors.lightOff(s),
    startUnbinding: (s) => {
      changes++;
      views?.receptors.startUnbinding(s);
    },
    clear: (s) => views?.receptors.clear(s),
    bounce: (s, l) => views?.receptors.bounce(s, l),
    turnedAway: (_, l) => {
      turned[l]!++;
      lastTurnedMs[l] = nowMs;
    },
  });
  const occ = new Float64Array(n);
  const counts = new Int32Array(n);
  const rates = new Float64Array(n);
  let sampler: Sampler;
  const start = (seed: number) => {
    sampler = createSampler(SITE_COUNT, SCENE_LIGANDS, seed, sites.dispatch);
    occupancyAt(store.get().timeline, store.get().timeH, occ);
    sampler.snap(occ);
    views?.molecules.reseed(seed);
  };
  start(DEFAULT_SEED);

  const reducedMotionQuery = matchMedia('(prefers-reduced-motion: reduce)');
  const writeDescription = createDescriptionWriter(description);
  let timeline = store.get().timeline;
  legend.update(timeline);
  let prevT = store.get().timeH;
  let seenT = prevT;
  let driving = false;
  let frames = 0;
  let scriptMs = 0;
  let describedAt = -Infinity;

  const describeNow = () => {
    const recent = SCENE_LIGANDS.map((l, i) => ({ l, i }))
      .filter(({ i }) => nowMs - lastTurnedMs[i]! < RECENT_MS)
      .sort((a, b) => Number(a.l.cls === 'endogenous') - Number(b.l.cls === 'endogenous'))
      .map(({ l }) => l.name);
    const held = SCENE_LIGANDS.map((l, i) => ({ name: l.name, count: sampler.held(i) }));
    return describeScene(held, SITE_COUNT, recent);
  };

  const frame = (dt: number, now: number) => {
    const began = performance.now();
    nowMs = now;
    const state = store.get();
    if (state.timeline !== timeline) {
      timeline = state.timeline;
      legend.update(timeline);
      turned.fill(0);
    }
    const { playing, speedHps } = state.playback;
    if (driving && playing && state.timeH === seenT) store.setTime(state.timeH + speedHps * dt);
    const t = store.get().timeH;
    seenT = t;
    // While playing, a frame covers [prevT, t]; a jump (seek) does not count as a span.
    const span = playing && Math.abs(t - prevT) <= speedHps * dt * 3 + 1e-9;
    occupancyAt(timeline, t, occ);
    cleftCountsBetween(timeline, span ? prevT : t, t, counts);
    for (let i = 0; i < n; i++) rates[i] = counts[i]! * ATTEMPTS_PER_MOLECULE_S;
    prevT = t;
    sampler.step(dt, occ, rates);
    if (views && pixi) {
      const still = reducedMotionQuery.matches || state.prefs.reducedMotion;
      views.molecules.update(dt, counts, still);
      views.receptors.update(dt, still);
      let total = 0;
      for (let i = 0; i < n; i++) total += turned[i]!;
      overlay.setTurnedAway(total);
      pixi.render(now);
    }
    // Words change slowly and the writer only speaks every two seconds: compose them now and then.
    if (now - describedAt >= 250) {
      describedAt = now;
      writeDescription(now, describeNow());
    }
    frames++;
    scriptMs += performance.now() - began;
  };

  // The first picture before the loop starts, so the page's ready marker means "drawn".
  frame(0, performance.now());
  loop.add(frame);
  host.dataset.sceneReady = 'true';

  const handle: SceneHandle = {
    status: pixi ? 'running' : 'unavailable',
    store,
    held: () => Object.fromEntries(SCENE_LIGANDS.map((l, i) => [l.name, sampler.held(i)])),
    turnedAway: () => Object.fromEntries(SCENE_LIGANDS.map((l, i) => [l.name, turned[i]!])),
    siteStates: () =>
      sites.actors.map((a) => {
        const { value, context } = a.getSnapshot();
        return context.ligand ? `${stateName(value)} ${context.ligand}` : stateName(value);
      }),
    siteChanges: () => changes,
    molecules: () => views?.molecules.positions() ?? [],
    activeMolecules: () => views?.molecules.active() ?? 0,
    setSeed: (seed) => start(seed),
    play(speedHps) {
      driving = true;
      store.set({ playback: { playing: true, speedHps } });
    },
    frameStats: () => ({ frames, scriptMs }),
    get contextRestores() {
      return pixi?.restores ?? 0;
    },
  };
  window.__receptorScene = handle;
  return handle;
}
