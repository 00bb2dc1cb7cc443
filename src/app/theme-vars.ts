// Puts the active theme's colours (src/theme.ts, the one palette) into the CSS custom properties the
// stylesheets use, and marks body[data-theme] so CSS can adjust anything else for the projector.
import { LOCK_COLOURS, SCENE_COLOURS, THEMES, css, type Theme } from '../theme';

const VARS: Record<keyof Theme, string> = {
  background: '--bg',
  surface: '--surface',
  text: '--text',
  muted: '--muted',
  accent: '--accent',
  focus: '--focus',
  danger: '--danger',
  warning: '--warning',
  good: '--good',
  grid: '--grid',
};

/** Colours the same in every theme: the scene's dark synapse and the lock-and-key picture. */
const FIXED_VARS: Record<string, string> = {
  '--scene-cleft': css(SCENE_COLOURS.cleft),
  '--scene-label': SCENE_COLOURS.label,
  '--scene-blocked': css(SCENE_COLOURS.blocked),
  '--scene-outline': css(SCENE_COLOURS.outline),
  '--lock-soft': LOCK_COLOURS.soft,
  '--lock-strong': LOCK_COLOURS.strong,
};

export function applyTheme(name: keyof typeof THEMES, root: HTMLElement = document.documentElement): void {
  const theme = THEMES[name];
  for (const key of Object.keys(VARS) as (keyof Theme)[]) root.style.setProperty(VARS[key], theme[key]);
  for (const [key, value] of Object.entries(FIXED_VARS)) root.style.setProperty(key, value);
  root.style.setProperty('color-scheme', name === 'projector' ? 'dark' : 'light');
  document.body.dataset.theme = name;
}
