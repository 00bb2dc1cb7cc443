// The receptor scene, composed: the scene model (engine -> seeded sampler -> receptor-site actors)
// draws through the views, one callback on the app's frame loop advances it and renders, and the
// stage follows its container's size. Without WebGL the model runs alone behind a plain message
// and the live description still speaks.
//
// Test and benchmark hook: `window.__receptorScene` is the SceneHandle below (counts, turned-away
// tallies, site states, molecule positions, frame statistics, the store, a seed setter, a clock
// driver and the benchmark's bare-particles mode). Nothing in the app uses it.
import './scene.css';
import { ParticleContainer, Rectangle } from 'pixi.js';
import { LIGANDS } from '../../sim/index';
import type { Store } from '../core/store';
import type { FrameLoop } from '../core/frame-loop';
import { strings } from '../strings/index';
import { createAtlas } from './atlas';
import { createBareField, type BareField } from './bare-bench';
import { createDescriptionWriter } from './description';
import { layoutScene } from './layout';
import { createLegend, ligandsIn } from './legend';
import { createMoleculesView } from './molecules-view';
import { createOverlay } from './overlay';
import { SCENE_LIGANDS } from './pacing';
import { createPixiStage } from './pixi-stage';
import { createReceptorView, type ReceptorView } from './receptor-view';
import { createSceneModel } from './scene-model';
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
  /** Drifting molecules' positions, x0, y0, x1, y1, ... */
  molecules(): number[];
  /** Particles the scene draws now (molecules, receptors, glows, flying molecules). */
  drawnParticles(): number;
  setSeed(seed: number): void;
  /** Test driver: plays at a speed, advancing the clock itself if nothing else does. */
  play(speedHps: number): void;
  /** Frames drawn and script time spent in the scene's frame callback (rendering included), ms. */
  frameStats(): { frames: number; scriptMs: number };
  /** Benchmark: draw `particles` bare drifting particles instead of the scene, or the scene again. */
  bench(mode: 'scene' | 'bare', particles?: number): void;
  readonly contextRestores: number;
}

declare global {
  interface Window {
    __receptorScene?: SceneHandle;
  }
}

export async function mountScene(host: HTMLElement, store: Store, loop: FrameLoop): Promise<SceneHandle> {
  const stage = document.createElement('div');
  stage.className = 'scene-stage';
  host.replaceChildren(stage);
  const overlay = createOverlay(stage);
  const legend = createLegend();
  const pixi = await createPixiStage(stage, {
    onLost: () => overlay.setStatus(strings.scene.restoring),
    onRestored: () => overlay.setStatus(null),
  });
  const atlas = pixi ? createAtlas() : null;
  const receptors: ReceptorView | null = atlas ? createReceptorView(atlas, SITE_COUNT) : null;
  const molecules = atlas ? createMoleculesView(atlas, DEFAULT_SEED) : null;
  // Everything that moves, in drawing order, in one container: one draw call from one texture.
  // Sizes (the vertex attribute) are static: every glyph frame has the same size, so a molecule
  // can change its texture without them, and they are sent again only when the layout changes.
  const world = new ParticleContainer({
    texture: atlas?.glyphs[0],
    particles: [...(receptors?.under ?? []), ...(molecules?.particles ?? []), ...(receptors?.over ?? [])],
    boundsArea: new Rectangle(-2000, -2000, 10000, 10000),
    dynamicProperties: { position: true, color: true, uvs: true, vertex: false, rotation: false },
  });
  let layout = layoutScene(1, 1, SITE_COUNT);

  if (pixi) {
    const synapse = createSynapseView();
    stage.prepend(synapse.element);
    stage.setAttribute('role', 'img');
    stage.setAttribute('aria-label', strings.scene.canvasLabel);
    host.append(legend.element);
    pixi.app.stage.addChild(world);
    const relayout = () => {
      layout = layoutScene(stage.clientWidth, stage.clientHeight, SITE_COUNT);
      pixi.resize(stage.clientWidth, stage.clientHeight);
      synapse.draw(layout);
      receptors?.layout(layout);
      molecules?.layout(layout);
      overlay.layout(layout);
      world.scale.set(layout.scale);
      // Static attributes go to the GPU only on update(), and a container built with its
      // particles does not send them by itself: without this the particles have no size.
      world.update();
    };
    relayout();
    new ResizeObserver(relayout).observe(stage);
  } else {
    stage.classList.add('scene-unavailable');
    const message = document.createElement('p');
    message.className = 'scene-message';
    message.textContent = strings.scene.noWebgl;
    stage.replaceChildren(message);
  }

  const model = createSceneModel(store, SITE_COUNT, DEFAULT_SEED, {
    startBinding: (s, l) => receptors?.startBinding(s, l),
    show: (s, l, look) => receptors?.show(s, l, look),
    lightOff: (s) => receptors?.lightOff(s),
    startUnbinding: (s) => receptors?.startUnbinding(s),
    clear: (s) => receptors?.clear(s),
    bounce: (s, l) => receptors?.bounce(s, l),
    turnedAway: () => {}, // counted by the model; the counter shows it a few times a second
  });
  const onScenario = () => {
    const present = ligandsIn(model.timeline);
    legend.update(present);
    overlay.setTurnedAway(0);
    // The counter only matters where something can block.
    overlay.showCounter(present.some((l) => LIGANDS[l].class === 'antagonist'));
  };
  onScenario();

  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const writeDescription = createDescriptionWriter(document.getElementById('scene-description'));
  let driving = false;
  let seenT = store.get().timeH;
  let frames = 0;
  let scriptMs = 0;
  let describedAt = -Infinity;
  let bare: BareField | null = null;

  const frame = (dt: number, now: number) => {
    const began = performance.now();
    const state = store.get();
    const { playing, speedHps } = state.playback;
    if (driving && playing && state.timeH === seenT) store.setTime(state.timeH + speedHps * dt);
    seenT = store.get().timeH;
    if (bare) {
      bare.update(dt);
    } else {
      const timeline = model.timeline;
      model.step(dt, now);
      if (model.timeline !== timeline) onScenario();
      const still = reducedMotion.matches || state.prefs.reducedMotion;
      molecules?.update(dt, model.counts, still);
      receptors?.update(dt, still);
      // Words and the counter change slowly (the writer speaks at most every two seconds), and
      // each change of the page costs a repaint: refresh them four times a second.
      if (now - describedAt >= 250) {
        describedAt = now;
        writeDescription(now, model.describe(now));
        overlay.setTurnedAway(model.totalTurnedAway());
      }
    }
    pixi?.render(now);
    frames++;
    scriptMs += performance.now() - began;
  };

  // The first picture before the loop starts, so the page's ready marker means "drawn".
  frame(0, performance.now());
  loop.add(frame);
  host.dataset.sceneReady = 'true';

  const byName = (f: (i: number) => number) =>
    Object.fromEntries(SCENE_LIGANDS.map((l, i) => [l.name, f(i)]));
  const handle: SceneHandle = {
    status: pixi ? 'running' : 'unavailable',
    store,
    held: () => byName(model.held),
    turnedAway: () => byName(model.turnedAway),
    siteStates: () => model.siteStates(),
    siteChanges: () => model.changes,
    molecules: () => molecules?.positions() ?? [],
    drawnParticles: () => (molecules?.active() ?? 0) + (receptors?.drawn() ?? 0),
    setSeed: (seed) => {
      model.reseed(seed);
      molecules?.reseed(seed);
    },
    play(speedHps) {
      driving = true;
      store.set({ playback: { playing: true, speedHps } });
    },
    frameStats: () => ({ frames, scriptMs }),
    bench(mode, particles = 0) {
      if (!pixi || !atlas) return;
      if (bare) pixi.app.stage.removeChild(bare.container).destroy();
      bare = mode === 'bare' ? createBareField(atlas, particles, layout.width, layout.height) : null;
      world.visible = !bare;
      stage.dataset.bench = mode;
      if (bare) pixi.app.stage.addChild(bare.container).scale.set(layout.scale);
    },
    get contextRestores() {
      return pixi?.restores ?? 0;
    },
  };
  window.__receptorScene = handle;
  return handle;
}
