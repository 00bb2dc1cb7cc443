// The receptor scene, composed: the scene model (engine -> seeded sampler -> receptor-site actors)
// draws through the picture's views, one callback on the app's frame loop advances it and renders,
// and the stage follows its container's size. Without WebGL the model runs alone behind a plain
// message and the live description still speaks. Playing and speed are read from the playback
// machine (core/playback.ts). What tests and the benchmark reach in here is built outside the scene,
// in src/testing/, from the Scene this returns.
import './scene.css';
import { LIGANDS } from '../../sim/index';
import type { FrameLoop } from '../core/frame-loop';
import type { Playback } from '../core/playback';
import type { Store } from '../core/store';
import { strings } from '../strings/index';
import { createDescriptionWriter } from './description';
import { createLegend, ligandsIn } from './legend';
import { shareHeights } from './room';
import { createOverlay, type Overlay } from './overlay';
import { createPicture, showUnavailable, type Picture, type SceneLayer } from './picture';
import { SCENE_LIGANDS } from './pacing';
import { createPixiStage } from './pixi-stage';
import type { SiteEffects } from './site-actors';
import { createSceneModel, type SceneModel } from './scene-model';

export type { SceneLayer } from './picture';

export const SITE_COUNT = 24;
export const DEFAULT_SEED = 20240613;
/** Words and the counter change slowly; each change of the page costs a repaint. */
const WORDS_EVERY_MS = 250;

export interface Scene {
  readonly status: 'running' | 'unavailable';
  /** The ligands the scene draws, in the order the model indexes them. */
  readonly ligands: readonly string[];
  readonly model: SceneModel;
  /** The picture (views, textures, layout); null without WebGL. */
  readonly picture: Picture | null;
  /** Frames drawn and script time spent in the scene's frame callback (rendering included), ms. */
  frameStats(): { frames: number; scriptMs: number };
  /** Lost WebGL contexts brought back so far. */
  contextRestores(): number;
  /** Draws `layer` instead of the molecules (and steps it instead of the model), or the scene again. */
  showInstead(layer: SceneLayer | null): void;
  /** The lecture hall's picture: larger molecules, a flash when a receptor turns one away. */
  setLecture(on: boolean): void;
}

/** The receptor views as the model's site effects (nothing to draw without WebGL). */
const siteEffects = (picture: Picture | null): SiteEffects => {
  const r = picture?.receptors;
  return {
    startBinding: (s, l) => r?.startBinding(s, l),
    show: (s, l, look) => r?.show(s, l, look),
    lightOff: (s) => r?.lightOff(s),
    startUnbinding: (s) => r?.startUnbinding(s),
    clear: (s) => r?.clear(s),
    bounce: (s, l) => r?.bounce(s, l),
    turnedAway: () => {}, // counted by the model; the counter shows it a few times a second
  };
};

/** Legend and counter for the ligands of a new scenario. */
function showLigands(model: SceneModel, legend: ReturnType<typeof createLegend>, overlay: Overlay): void {
  const present = ligandsIn(model.timeline);
  legend.update(present);
  overlay.setTurnedAway(0);
  // The counter only matters where something can block.
  overlay.showCounter(present.some((l) => LIGANDS[l].class === 'antagonist'));
}

/** The stage with its overlay and legend, and the picture on it (null without WebGL). */
async function buildStage(host: HTMLElement) {
  const stage = document.createElement('div');
  stage.className = 'scene-stage';
  host.replaceChildren(stage);
  const overlay = createOverlay(stage);
  const legend = createLegend();
  const pixi = await createPixiStage(stage, {
    onLost: () => overlay.setStatus(strings.scene.restoring),
    onRestored: () => overlay.setStatus(null),
  });
  const picture = pixi
    ? createPicture(pixi, { host, stage, legend, overlay }, SITE_COUNT, DEFAULT_SEED)
    : null;
  if (!pixi) showUnavailable(stage);
  return { stage, overlay, legend, pixi, picture };
}

/**
 * One step of the scene itself: the model, a new scenario's key, the molecules and receptors, and
 * (a few times a second) the words and the counter. Made once; it allocates nothing per frame.
 */
function createAnimate(
  model: SceneModel,
  picture: Picture | null,
  views: { legend: ReturnType<typeof createLegend>; overlay: Overlay },
  store: Store,
  writeDescription: ReturnType<typeof createDescriptionWriter>,
) {
  const { legend, overlay } = views;
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  let describedAt = -Infinity;
  return (dt: number, now: number) => {
    const timeline = model.timeline;
    model.step(dt, now);
    if (model.timeline !== timeline) showLigands(model, legend, overlay);
    const still = reducedMotion.matches || store.get().prefs.reducedMotion;
    picture?.molecules.update(dt, model.counts, still);
    picture?.receptors.update(dt, still);
    // The writer speaks at most every two seconds; refresh words and counter four times a second.
    if (now - describedAt >= WORDS_EVERY_MS) {
      describedAt = now;
      writeDescription(now, model.describe(now));
      overlay.setTurnedAway(model.totalTurnedAway());
    }
  };
}

export async function mountScene(
  host: HTMLElement,
  store: Store,
  loop: FrameLoop,
  playback: Playback,
): Promise<Scene> {
  const { stage, overlay, legend, pixi, picture } = await buildStage(host);
  const model = createSceneModel(store, playback, SITE_COUNT, DEFAULT_SEED, siteEffects(picture));
  showLigands(model, legend, overlay);

  const description = document.getElementById('scene-description');
  const writeDescription = createDescriptionWriter(description);
  shareHeights({ 'scene-key-h': legend.element, 'scene-words-h': description });
  const animate = createAnimate(model, picture, { legend, overlay }, store, writeDescription);
  const stats = { frames: 0, scriptMs: 0 };
  let instead: SceneLayer | null = null;
  const frame = (dt: number, now: number) => {
    const began = performance.now();
    if (instead) instead.update(dt);
    else animate(dt, now);
    pixi?.render(now);
    stats.frames++;
    stats.scriptMs += performance.now() - began;
  };

  // The first picture before the loop starts, so the page's ready marker means "drawn".
  frame(0, performance.now());
  loop.add(frame);
  host.dataset.sceneReady = 'true';

  return {
    status: pixi ? 'running' : 'unavailable',
    ligands: SCENE_LIGANDS.map((l) => l.name),
    model,
    picture,
    frameStats: () => ({ ...stats }),
    contextRestores: () => pixi?.restores ?? 0,
    setLecture: (on) => picture?.setEmphasis(on),
    showInstead(layer) {
      if (!picture) return;
      instead = layer;
      picture.showInstead(layer);
      stage.dataset.bench = layer ? 'bare' : 'scene';
    },
  };
}
