// The scene in words for the polite live region: who holds how many receptors and who is being
// turned away. The wording is a pure function; the writer below rate-limits it, so a screen reader
// hears a new sentence at most every two seconds and only when the words change.
import { strings } from '../strings/index';
import type { LigandName } from '../../sim/index';

export const DESCRIBE_EVERY_MS = 2000;
/** A turned-away event is news for this long. */
export const RECENT_MS = 4000;

export interface Held {
  name: LigandName;
  count: number;
}

/** "26 of 30 receptors held by naltrexone, 3 by 6β-naltrexol, 1 free; heroin turned away". */
export function describeScene(
  held: readonly Held[],
  sites: number,
  turnedAway: readonly LigandName[],
  words = strings.scene,
): string {
  const d = words.description;
  const name = (l: LigandName) => words.ligands[l];
  const shown = held.filter((h) => h.count > 0).sort((a, b) => b.count - a.count);
  const parts: string[] = [];
  if (shown.length === 0) parts.push(d.allFree(sites));
  else {
    parts.push(d.held(shown[0]!.count, sites, name(shown[0]!.name)));
    for (const h of shown.slice(1, 3)) parts.push(d.alsoHeld(h.count, name(h.name)));
    const taken = shown.reduce((sum, h) => sum + h.count, 0);
    const others = shown.slice(3).reduce((sum, h) => sum + h.count, 0);
    if (others > 0) parts.push(d.alsoHeld(others, d.others));
    if (taken < sites) parts.push(d.free(sites - taken));
  }
  let text = parts.join(', ');
  if (turnedAway.length) text += `; ${d.turnedAway(turnedAway.slice(0, 2).map(name).join(d.and))}`;
  return text;
}

/** Writes the text into the live region when it changed and the last write is old enough. */
export function createDescriptionWriter(el: HTMLElement | null): (nowMs: number, text: string) => void {
  let last = '';
  let lastAt = -Infinity;
  return (nowMs, text) => {
    if (!el || text === last || nowMs - lastAt < DESCRIBE_EVERY_MS) return;
    el.textContent = text;
    last = text;
    lastAt = nowMs;
  };
}
