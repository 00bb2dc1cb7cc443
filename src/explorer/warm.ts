// While the page is idle (and the dialog open), the explorer's other choices are computed one curve
// at a time: this opioid's other states first, then the other opioids at this state, then the rest.
// So the next choice is usually instant; the time shown is that of a choice not computed yet.
import { whenIdle as idle } from '../core/idle';
import type { ExplorerModel } from './model';
import { OPIOIDS, STATES, type NaltrexoneState, type Opioid } from './sweep';

type Choice = [Opioid, NaltrexoneState];

/** The choices in the order they are warmed after `opioid` at `state` (that one first, done already). */
export function warmOrder(opioid: Opioid, state: NaltrexoneState): Choice[] {
  const others = (Object.keys(OPIOIDS) as Opioid[]).filter((o) => o !== opioid);
  return [
    ...STATES.map((s): Choice => [opioid, s]),
    ...others.map((o): Choice => [o, state]),
    ...others.flatMap((o) => STATES.map((s): Choice => [o, s])),
  ];
}

/** Returns the function that starts warming after a choice; each start stops the one before, and
 *  warming stops once `root` leaves the page or its dialog closes. */
export function createWarmer(model: ExplorerModel, root: HTMLElement) {
  let warming = 0;
  return (opioid: Opioid, state: NaltrexoneState) => {
    const id = ++warming;
    const order = warmOrder(opioid, state);
    const step = () => {
      if (id !== warming || !root.isConnected || !root.closest('dialog')?.open) return;
      if (order.some(([o, s]) => model.warmOne(o, s))) idle(step);
    };
    idle(step);
  };
}
