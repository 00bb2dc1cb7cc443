// The heights of the scene's key and sentence, shared with the page's layout as CSS variables on the
// picture's column (core/page-room.ts): layout.css keeps room for the smallest picture plus both,
// so neither spills over the play bar however many rows they take (a key on three rows on a
// 1024x768 screen). A ResizeObserver writes a variable only when its element's height changes (a
// new key, a sentence past its two kept lines), so playing costs nothing.
import { setRoom } from '../core/page-room';

/** Keeps `--<name>` on the picture's column equal to each element's height in CSS pixels. */
export function shareHeights(elements: Record<string, HTMLElement | null>): void {
  for (const [name, el] of Object.entries(elements)) {
    if (!el) continue;
    new ResizeObserver(() => setRoom(`--${name}`, `${el.offsetHeight}px`)).observe(el);
  }
}
