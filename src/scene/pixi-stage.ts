// The Pixi application behind the scene: created without a ticker of its own (our one frame loop
// renders it), sized to its host at the screen's pixel density, and kept alive across a lost
// WebGL context. Resolves to null where WebGL is missing, so the caller can say so in words.
import 'pixi.js/unsafe-eval'; // the page's CSP has no 'unsafe-eval': use Pixi's eval-free code paths
import { Application, Ticker, isWebGLSupported, type WebGLRenderer } from 'pixi.js';

/** After this long without the browser restoring a lost context, ask for it ourselves. */
const RESTORE_AFTER_MS = 300;

export interface PixiStage {
  app: Application;
  readonly lost: boolean;
  readonly restores: number;
  /** Renders a frame unless the context is lost. */
  render(nowMs: number): void;
  resize(width: number, height: number): void;
  destroy(): void;
}

export interface StageEvents {
  onLost(): void;
  onRestored(): void;
}

/** A Pixi application sized to the host, with no ticker of its own; null if WebGL fails to start. */
async function startApp(host: HTMLElement): Promise<Application | null> {
  const app = new Application();
  try {
    await app.init({
      preference: 'webgl',
      width: Math.max(1, host.clientWidth),
      height: Math.max(1, host.clientHeight),
      resolution: window.devicePixelRatio || 1,
      autoDensity: true,
      // Shapes come antialiased from the atlas; MSAA would multiply the software renderer's work.
      antialias: false,
      // Transparent over the SVG backdrop (see synapse-view.ts).
      backgroundAlpha: 0,
      autoStart: false,
      sharedTicker: false,
      // The canvas is a picture, not a control, and the page's words describe it: none of Pixi's
      // browser extensions (pointer events, its own accessibility layer, DOM overlays, filters)
      // is needed, and skipping them keeps 15 KB gzipped out of the first frame (issue 15).
      skipExtensionImports: true,
    });
  } catch {
    return null;
  }
  return app;
}

/** Follows the WebGL context: lost (and asked back if the browser does not restore it), restored. */
function watchContext(app: Application, events: StageEvents) {
  const state = { lost: false, restores: 0 };
  const canvas = app.canvas;
  const renderer = app.renderer as WebGLRenderer;
  const loseContext = renderer.context.extensions.loseContext;
  const onLost = () => {
    state.lost = true;
    events.onLost();
    // A real GPU reset is restored by the browser; a context lost on purpose (tests, extensions)
    // is not, so ask for it back if nothing happened.
    setTimeout(() => {
      if (state.lost && renderer.gl.isContextLost()) loseContext?.restoreContext();
    }, RESTORE_AFTER_MS);
  };
  const onRestored = () => {
    state.lost = false;
    state.restores++;
    events.onRestored();
  };
  canvas.addEventListener('webglcontextlost', onLost);
  canvas.addEventListener('webglcontextrestored', onRestored);
  return {
    state,
    stop() {
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
    },
  };
}

export async function createPixiStage(host: HTMLElement, events: StageEvents): Promise<PixiStage | null> {
  if (!isWebGLSupported()) return null;
  const app = await startApp(host);
  if (!app) return null;
  // Pixi's housekeeping ticker would run a second requestAnimationFrame loop: stop it and step it
  // from ours, so the page keeps one frame callback that also pauses with the tab.
  Ticker.system.stop();
  const canvas = app.canvas;
  canvas.setAttribute('role', 'presentation');
  host.prepend(canvas); // under the HTML labels
  const context = watchContext(app, events);
  const { state } = context;

  return {
    app,
    get lost() {
      return state.lost;
    },
    get restores() {
      return state.restores;
    },
    render(nowMs) {
      Ticker.system.update(nowMs);
      if (!state.lost) app.render();
    },
    resize(width, height) {
      app.renderer.resize(Math.max(1, width), Math.max(1, height), window.devicePixelRatio || 1);
    },
    destroy() {
      context.stop();
      app.destroy(true, { children: true, texture: true });
    },
  };
}
