// The few sizes the page's layout (styles/layout.css) takes from parts it does not own: how many
// lanes the dose track needs for its handles and its flags, and the heights of the scene's key and
// sentence. They are CSS variables on the picture's column (#scene-panel), the one element whose
// size reads them, and not on the root: a custom property changed on the root restyles the whole
// page (313 elements and twice the layout on a new dose that opened a second lane of the track,
// against 78 elements here).
import { setStyle } from './set-text';

/** Sets the layout variable `name` (written only when its value changes). */
export function setRoom(name: `--${string}`, value: string): void {
  setStyle(document.getElementById('scene-panel') ?? document.documentElement, name, value);
}
