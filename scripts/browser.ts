// Shared by the browser tests and the measuring scripts (bench, soak, lighthouse): Debian's chromium
// with the flags that make it quiet and headless here, the built app served with its production
// headers on a free port, and the catcher of the app's first frame.
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type LaunchOptions, type Page } from 'playwright-core';
import { preview } from 'vite';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
/** Chromium flags that take WebGL (and every other 3D API) away, as on a locked-down machine. */
export const NO_WEBGL_ARGS = ['--disable-webgl', '--disable-3d-apis'];

export interface ChromiumOptions extends LaunchOptions {
  /** Launch with WebGL and the other 3D APIs disabled. */
  withoutWebGL?: boolean;
}

export function launchChromium(options: ChromiumOptions = {}): Promise<Browser> {
  const { withoutWebGL, args = [], ...rest } = options;
  return chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    ...rest,
    args: [...CHROME_ARGS, ...(withoutWebGL ? NO_WEBGL_ARGS : []), ...args],
  });
}

export interface Served {
  /** The app's address, ending in '/'. */
  url: string;
  close(): Promise<void>;
}

/** Serves a built folder (default dist/) on 127.0.0.1, as `npm start` does: `vite preview` with the
 *  production headers of vite.config.ts (the strict CSP), on a free port. */
export async function serve(dir = 'dist'): Promise<Served> {
  const server = await preview({
    logLevel: 'silent',
    build: { outDir: dir },
    preview: { port: 0, strictPort: true, open: false },
  });
  const port = (server.httpServer.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/**
 * An init script (context.addInitScript): once the app marks itself ready (body[data-ready]), the
 * time of the next frame is kept in `window.__firstFrame`, in the page's clock (performance.now).
 * Self-contained: Playwright sends its source to the page.
 */
export function catchFirstFrame(): void {
  const w = window as unknown as { __firstFrame?: number };
  new MutationObserver((_records, observer) => {
    if (document.body?.dataset.ready !== 'true') return;
    observer.disconnect();
    requestAnimationFrame(() => (w.__firstFrame = performance.now()));
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
}

/**
 * Waits until the dose-shift explorer shows `choice` ("opioid/state") and has finished computing it
 * (it sets aria-busy while its sweeps run in idle time).
 */
export function explorerSettled(page: Page, choice: string, timeout = 90_000) {
  return page.waitForFunction(
    (c) => {
      const e = document.querySelector<HTMLElement>('.explorer');
      return e?.dataset.choice === c && !e.hasAttribute('aria-busy');
    },
    choice,
    { timeout },
  );
}
