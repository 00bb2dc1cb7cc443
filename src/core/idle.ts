// Work for when the page has nothing else to do: computing ahead what the user is likely to ask for
// next (the explorer's other choices, a lesson's next comparison curve). requestIdleCallback where
// the browser has it, else a timeout (`fallbackMs`). Views take it as a parameter, so tests can run
// the work when they choose.
export type Idle = (work: () => void) => void;

export const whenIdle = (work: () => void, fallbackMs = 50): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work());
  else setTimeout(work, fallbackMs);
};
