// Work that can wait one paint. The frame that answers an input is for what the user is looking at
// (the charts, the scene, the dose's marker); words that describe the change (the list of doses, a
// status line) follow just after that frame is painted, so their style, layout and paint do not
// delay it. Repeated requests before the paint run the work once.

export interface AfterPaint {
  /** Runs the work once, after the next paint (or at once where there is no paint to wait for). */
  schedule(): void;
  /** Runs pending work now: before an input acts on what the work would show. */
  flush(): void;
  readonly pending: boolean;
}

/** Posts `fn` as a task after the rendering of the next frame: an animation-frame callback runs
 *  before style, layout and paint, and a message posted from it is handled after them. Returns a
 *  function that cancels it if it has not run yet. */
export function nextPaint(fn: () => void): () => void {
  let cancelled = false;
  const run = () => {
    if (!cancelled) fn();
  };
  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') {
    setTimeout(run, 0); // no frames here (a test's DOM): the next task
  } else {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        run();
      };
      channel.port2.postMessage(0);
    });
  }
  return () => void (cancelled = true);
}

export function afterPaint(work: () => void, wait: (fn: () => void) => unknown = nextPaint): AfterPaint {
  let pending = false;
  const run = () => {
    if (!pending) return; // flushed already
    pending = false;
    work();
  };
  return {
    schedule() {
      if (pending) return;
      pending = true;
      wait(run);
    },
    flush: run,
    get pending() {
      return pending;
    },
  };
}
