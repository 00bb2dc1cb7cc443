// Where everything sits: one pure function from the host's size to a logical frame and the
// positions in it. The frame is at least MIN_W x MIN_H logical units (portrait hosts get a
// narrower, taller one) and grows with the host's aspect ratio instead of letterboxing; every view
// draws in these units and the world container scales them to CSS pixels.

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SceneLayout {
  /** CSS pixels per logical unit. */
  scale: number;
  /** The logical frame filling the host. */
  width: number;
  height: number;
  /** Bottom edge of the presynaptic terminal. */
  terminalBottom: number;
  /** Where molecules drift. */
  cleft: Rect;
  membraneTop: number;
  membraneBottom: number;
  /** Centre of each receptor's pocket, where a bound ligand sits. */
  sites: Array<{ x: number; y: number }>;
  /** Centre of each receptor's glow inside the cell. */
  glowY: number;
  /** Logical size of a ligand glyph in a receptor's pocket. */
  glyph: number;
  /** Logical size of a molecule drifting in the cleft (and flying off a receptor). */
  molecule: number;
}

export interface SceneEmphasis {
  /** How much larger molecules are drawn (1 on a laptop; more for the back of a lecture hall). */
  boost: number;
}

/** Smallest a drifting molecule may look, CSS px (a glyph's shape fills about 0.8 of its cell). */
export const MIN_MOLECULE_PX = 14;
/** The lecture hall's boost: molecules half as large again. */
export const LECTURE_BOOST = 1.5;

const LANDSCAPE = { w: 1000, h: 540 };
const PORTRAIT = { w: 620, h: 640 };

export function layoutScene(
  hostW: number,
  hostH: number,
  siteCount: number,
  emphasis: SceneEmphasis = { boost: 1 },
): SceneLayout {
  const portrait = hostW < hostH * 1.05;
  const min = portrait ? PORTRAIT : LANDSCAPE;
  const w = Math.max(1, hostW);
  const h = Math.max(1, hostH);
  const scale = Math.min(w / min.w, h / min.h);
  const width = w / scale;
  const height = h / scale;
  // Vertical bands as shares of the height: terminal, cleft, membrane, cell. A tall frame gives
  // its extra height to the cleft, where the molecules are.
  const terminalBottom = Math.round(height * (portrait ? 0.15 : 0.19));
  const membraneTop = Math.round(height * (portrait ? 0.76 : 0.68));
  const membraneBottom = membraneTop + 22;
  const margin = 28;
  const spacing = (width - 2 * margin) / siteCount;
  const sites = Array.from({ length: siteCount }, (_, i) => ({
    x: margin + spacing * (i + 0.5),
    y: membraneTop - 24,
  }));
  return {
    scale,
    width,
    height,
    terminalBottom,
    cleft: { x: 8, y: terminalBottom + 10, w: width - 16, h: membraneTop - terminalBottom - 60 },
    membraneTop,
    membraneBottom,
    sites,
    glowY: membraneBottom + 62,
    glyph: Math.min(30 * emphasis.boost, spacing * 0.8 * Math.min(emphasis.boost, 1.25)),
    molecule: Math.min(60, Math.max(30, MIN_MOLECULE_PX / (0.8 * scale)) * emphasis.boost),
  };
}
