// The dose edits that two features share: the dose panel's list and the timeline's track both remove
// doses, and the track moves them. Written once here, in the composition root, and handed to both
// as callbacks, so neither feature imports the other.
import { moveDose, removeDose } from '../controls/dose-edit';
import type { Store } from '../core/store';

export interface DoseEdits {
  /** Moves dose `index` to start at `atH` (clamped to the visible span); false when refused. */
  moveDose(index: number, atH: number): boolean;
  /** Removes dose `index`; false when there is no such dose. */
  removeDose(index: number): boolean;
}

export function doseEdits(store: Store): DoseEdits {
  const apply = (r: ReturnType<typeof removeDose>) => {
    if (r.ok) store.setScenario(r.scenario);
    return r.ok;
  };
  return {
    moveDose: (index, atH) => apply(moveDose(store.get().scenario, index, atH)),
    removeDose: (index) => apply(removeDose(store.get().scenario, index)),
  };
}
