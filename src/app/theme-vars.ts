// Puts the active theme's colours (src/theme.ts, the one palette) into the CSS custom properties the
// stylesheets use, and marks body[data-theme] so CSS can adjust anything else for the projector.
import { THEMES, type Theme } from '../theme';

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

export function applyTheme(name: keyof typeof THEMES, root: HTMLElement = document.documentElement): void {
  const theme = THEMES[name];
  for (const key of Object.keys(VARS) as (keyof Theme)[]) root.style.setProperty(VARS[key], theme[key]);
  root.style.setProperty('color-scheme', name === 'projector' ? 'dark' : 'light');
  document.body.dataset.theme = name;
}
