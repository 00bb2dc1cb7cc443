// One palette for the whole app: ligand colours and shapes (Okabe-Ito, colour-blind safe, and
// distinct in greyscale by shape), UI colours for the normal and the projector theme.
import type { LigandName } from '../sim/index';

/** The marks of src/core/shapes.ts (the same names: the ground floor's parts do not import each other). */
export type Shape =
  | 'circle'
  | 'ring'
  | 'triangle'
  | 'triangleDown'
  | 'square'
  | 'frame'
  | 'diamond'
  | 'pentagon'
  | 'hexagon'
  | 'star'
  | 'cross'
  | 'bowtie'
  | 'bar';

export interface LigandStyle {
  /** 0xRRGGBB for Pixi. */
  color: number;
  /** CSS colour for charts and legends. */
  css: string;
  shape: Shape;
}

/** A 0xRRGGBB colour as CSS ("#rrggbb"). */
export const css = (c: number) => `#${c.toString(16).padStart(6, '0')}`;
const style = (color: number, shape: Shape): LigandStyle => ({ color, css: css(color), shape });

/**
 * Okabe & Ito (2008) colour-universal hues, and a shape of its own for every ligand, so greyscale and
 * every colour vision still tell each one apart. A drug and what the body makes of it share a hue and
 * a family of shapes: heroin's triangle, its 6-MAM upside down, and the morphine both become a ring;
 * naltrexone's square and its 6β-naltrexol an open square.
 */
export const LIGAND_STYLE: Record<LigandName | 'free', LigandStyle> = {
  endorphin: style(0x56b4e9, 'circle'),
  heroin: style(0xe69f00, 'triangle'),
  '6-MAM': style(0xf5c242, 'triangleDown'),
  morphine: style(0xb07800, 'ring'),
  oxycodone: style(0xd55e00, 'pentagon'),
  hydrocodone: style(0xb84f00, 'bowtie'),
  fentanyl: style(0xe8743b, 'star'),
  methadone: style(0x8c510a, 'hexagon'),
  buprenorphine: style(0xcc79a7, 'diamond'),
  naloxone: style(0xf0e442, 'cross'),
  naltrexone: style(0x009e73, 'square'),
  '6-beta-naltrexol': style(0x66c2a5, 'frame'),
  // Free receptors: a flat bar, an empty slot, so they differ from endorphin's disc in shape too.
  free: style(0xbdbdbd, 'bar'),
};

export interface Theme {
  background: string;
  surface: string;
  text: string;
  muted: string;
  accent: string;
  focus: string;
  danger: string;
  warning: string;
  good: string;
  grid: string;
}

export const THEMES: Record<'standard' | 'projector', Theme> = {
  standard: {
    background: '#f7f7f5',
    surface: '#ffffff',
    text: '#1a1a1a',
    muted: '#4d4d4d',
    accent: '#0b5cad',
    focus: '#b35900',
    danger: '#b00020',
    warning: '#8a5a00',
    good: '#00704a',
    grid: '#d9d9d9',
  },
  projector: {
    background: '#000000',
    surface: '#111111',
    text: '#ffffff',
    muted: '#e0e0e0',
    accent: '#7cc4ff',
    focus: '#ffd400',
    danger: '#ff8080',
    warning: '#ffd166',
    good: '#6ee7b7',
    grid: '#555555',
  },
};

/**
 * How each molecule's line is drawn in the charts. Parents and their metabolites share a colour, so
 * the dash tells them apart (and tells every line apart in greyscale). Naloxone's yellow is too pale
 * for a thin line on white, so its line uses a darker yellow of the same hue.
 */
export const LIGAND_LINE: Record<LigandName | 'free', { stroke: string; dash: string }> = {
  endorphin: { stroke: LIGAND_STYLE.endorphin.css, dash: '' },
  heroin: { stroke: LIGAND_STYLE.heroin.css, dash: '' },
  // 6-MAM's own yellow is too pale for a thin line on white: its line takes heroin's hue, dashed.
  '6-MAM': { stroke: LIGAND_STYLE.heroin.css, dash: '9 4' },
  morphine: { stroke: LIGAND_STYLE.morphine.css, dash: '2 3' },
  oxycodone: { stroke: LIGAND_STYLE.oxycodone.css, dash: '' },
  hydrocodone: { stroke: LIGAND_STYLE.hydrocodone.css, dash: '9 4' },
  fentanyl: { stroke: LIGAND_STYLE.fentanyl.css, dash: '12 3 2 3' },
  methadone: { stroke: LIGAND_STYLE.methadone.css, dash: '' },
  buprenorphine: { stroke: LIGAND_STYLE.buprenorphine.css, dash: '' },
  naloxone: { stroke: '#a39400', dash: '' },
  naltrexone: { stroke: LIGAND_STYLE.naltrexone.css, dash: '' },
  '6-beta-naltrexol': { stroke: LIGAND_STYLE['6-beta-naltrexol'].css, dash: '9 4' },
  free: { stroke: LIGAND_STYLE.free.css, dash: '' },
};

/** Colours of the charts' own series (Okabe-Ito blue and vermilion: apart for every colour vision). */
export const CHART_STYLE = {
  euphoria: '#0072b2',
  withdrawal: '#d55e00',
  /** On the projector's black, the darker blue sinks: Okabe-Ito sky blue instead. */
  projector: { euphoria: '#56b4e9', withdrawal: '#e66a1f' },
  /** Fill opacity of the series' areas, so the bands and grid still show through. */
  areaOpacity: 0.35,
  /** Dark edge round the ligand shapes in the charts' legends and on the dose markers. */
  outline: '#1a1a1a',
  /** Background of an exported chart when the page shows none (paper white). */
  paper: '#ffffff',
} as const;

/** The receptor scene's own colours (0xRRGGBB for Pixi): a dark synapse, so that a lit receptor
 *  glows and a blocked one sits visibly dark, in both the standard and the projector theme. */
export const SCENE_COLOURS = {
  cleft: 0x0c1824,
  terminal: 0x22384e,
  terminalEdge: 0x6f8fae,
  vesicle: 0x2f4b68,
  cell: 0x142638,
  membrane: 0x9bb3cc,
  receptorFree: 0x90a5bb,
  /** Warm white-yellow: the receptor is signalling. */
  receptorLit: 0xffd54f,
  receptorDim: 0xa88e46,
  /** Held by an antagonist: the key fits but does not turn. */
  receptorDark: 0x2b3644,
  glow: 0xffd54f,
  /** The flash when a molecule is turned away (a ring, so it is told apart by shape as well). */
  blocked: 0xff6e6e,
  /** The padlock on a receptor held by a blocker: bright, so blocking shows on a projector. */
  lock: 0xfff3c4,
  outline: 0x08111a,
  label: '#eef3f8',
} as const;

/** The neutral inks of the scene's texture atlas: drawn white and grey so a tint gives the colour. */
export const ATLAS_INK = {
  /** The turned-away ring and the lit side of the receptor: white, so the tint shows as it is. */
  white: '#ffffff',
  /** The shaded side of the receptor. */
  shade: '#bdbdbd',
  edge: 'rgba(0,0,0,0.6)',
  /** The glow behind a lit receptor, from its centre out. */
  glow: ['rgba(255,255,255,0.95)', 'rgba(255,255,255,0.45)', 'rgba(255,255,255,0)'],
} as const;

/** The lock-and-key picture's lit locks (the counsellor view): soft glow, then the receptor's light. */
export const LOCK_COLOURS = { soft: '#e8c766', strong: css(SCENE_COLOURS.receptorLit) } as const;
