// The scene's picture, when WebGL is there: the synapse behind (SVG), and everything that moves in
// one ParticleContainer (one draw call from one texture atlas), laid out to the stage's size and
// laid out again when it changes. `showInstead` swaps in another layer (the benchmark's bare field)
// in place of the molecules, on the same canvas.
import { ParticleContainer, Rectangle, type Container, type Texture } from 'pixi.js';
import { strings } from '../strings/index';
import { createAtlas } from './atlas';
import { LECTURE_BOOST, layoutScene, type SceneLayout } from './layout';
import type { Legend } from './legend';
import { createMoleculesView, type MoleculesView } from './molecules-view';
import type { Overlay } from './overlay';
import type { PixiStage } from './pixi-stage';
import { createReceptorView, type ReceptorView } from './receptor-view';
import { createSynapseView } from './synapse-view';

/** Another picture drawn instead of the scene's molecules (see Scene.showInstead). */
export interface SceneLayer {
  container: Container;
  update(dtS: number): void;
}

export interface Picture {
  receptors: ReceptorView;
  molecules: MoleculesView;
  /** The glyph textures every molecule is drawn with. */
  glyphs: readonly Texture[];
  layout(): SceneLayout;
  showInstead(layer: SceneLayer | null): void;
  /** Larger molecules and flashing blocks, for a lecture hall. */
  setEmphasis(on: boolean): void;
}

/** Everything that moves, in drawing order, in one container: one draw call from one texture. */
function moleculeWorld(receptors: ReceptorView, molecules: MoleculesView, first: Texture): ParticleContainer {
  // Sizes (the vertex attribute) are static: every glyph frame has the same size, so a molecule
  // can change its texture without them, and they are sent again only when the layout changes.
  return new ParticleContainer({
    texture: first,
    particles: [...receptors.under, ...molecules.particles, ...receptors.over],
    boundsArea: new Rectangle(-2000, -2000, 10000, 10000),
    dynamicProperties: { position: true, color: true, uvs: true, vertex: false, rotation: false },
  });
}

export function createPicture(
  pixi: PixiStage,
  parts: { host: HTMLElement; stage: HTMLElement; legend: Legend; overlay: Overlay },
  sites: number,
  seed: number,
): Picture {
  const { host, stage, legend, overlay } = parts;
  const atlas = createAtlas();
  const receptors = createReceptorView(atlas, sites);
  const molecules = createMoleculesView(atlas, seed);
  const world = moleculeWorld(receptors, molecules, atlas.glyphs[0]!);
  const synapse = createSynapseView();
  stage.prepend(synapse.element);
  stage.setAttribute('role', 'img');
  stage.setAttribute('aria-label', strings.scene.canvasLabel);
  host.append(legend.element);
  pixi.app.stage.addChild(world);
  let layout = layoutScene(1, 1, sites);
  let boost = 1;
  const relayout = () => {
    layout = layoutScene(stage.clientWidth, stage.clientHeight, sites, { boost });
    pixi.resize(stage.clientWidth, stage.clientHeight);
    synapse.draw(layout);
    receptors.layout(layout);
    molecules.layout(layout);
    overlay.layout(layout);
    world.scale.set(layout.scale);
    // Static attributes go to the GPU only on update(), and a container built with its
    // particles does not send them by itself: without this the particles have no size.
    world.update();
  };
  relayout();
  new ResizeObserver(relayout).observe(stage);

  let instead: SceneLayer | null = null;
  return {
    receptors,
    molecules,
    glyphs: atlas.glyphs,
    layout: () => layout,
    setEmphasis(on) {
      receptors.setEmphasis(on);
      const next = on ? LECTURE_BOOST : 1;
      if (next === boost) return;
      boost = next;
      relayout();
    },
    showInstead(layer) {
      if (instead) pixi.app.stage.removeChild(instead.container).destroy();
      instead = layer;
      world.visible = !layer;
      if (layer) pixi.app.stage.addChild(layer.container).scale.set(layout.scale);
    },
  };
}

/** Without WebGL: a plain message where the picture would be; the words below still come. */
export function showUnavailable(stage: HTMLElement): void {
  stage.classList.add('scene-unavailable');
  const message = document.createElement('p');
  message.className = 'scene-message';
  message.textContent = strings.scene.noWebgl;
  stage.replaceChildren(message);
}
