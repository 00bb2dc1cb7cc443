// Browser test harness: serves the built app (dist/) with its production headers and drives Debian's
// chromium through playwright-core (no browser downloads). Every console error, uncaught exception or
// request leaving the origin is recorded; `expectClean` fails a test on any of them. A failing test
// keeps its screenshot in test-results/.
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type LaunchOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, onTestFailed } from 'vitest';
// @ts-expect-error: plain JS module shared with `npm start`
import { startServer } from '../../scripts/serve.js';

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

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and CSP violations seen so far. */
  errors: string[];
  /** Requests to any origin other than the app's. */
  foreignRequests: string[];
}

let server: Server | undefined;
let browser: Browser | undefined;
export let baseUrl = '';
const open: AppPage[] = [];

export async function launch(extra: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS, ...extra });
}

/** Call once per test file: starts the server and the browser for the file's tests. */
export function useApp(): void {
  beforeAll(async () => {
    server = (await startServer('dist', 0)) as Server;
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await launch();
  });
  afterEach(async () => {
    while (open.length)
      await open
        .pop()!
        .context.close()
        .catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  });
}

export interface OpenOptions {
  /** Query string or path after the base URL, e.g. '?lesson=blockade'. */
  path?: string;
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  deviceScaleFactor?: number;
  /** Wait for this selector before returning (default: the app's ready marker). */
  waitFor?: string;
  browser?: Browser;
}

/** Opens the app in a fresh context and records what goes wrong. */
export async function openApp(options: OpenOptions = {}): Promise<AppPage> {
  const b = options.browser ?? browser;
  if (!b) throw new Error('useApp() must be called in the test file');
  const context = await b.newContext({
    viewport: options.viewport ?? { width: 1280, height: 720 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  });
  const page = await context.newPage();
  const app: AppPage = { page, context, errors: [], foreignRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') app.errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => app.errors.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:'))
      app.foreignRequests.push(url);
  });
  open.push(app);
  onTestFailed(async ({ task }) => {
    mkdirSync('test-results', { recursive: true });
    const name = task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
    await page.screenshot({ path: `test-results/${name}.png` }).catch(() => undefined);
  });
  await page.goto(baseUrl + (options.path ?? ''));
  await page.waitForSelector(options.waitFor ?? 'body[data-ready="true"]', { timeout: 30_000 });
  return app;
}

/** No console error, uncaught exception or foreign request happened. */
export function expectClean(app: AppPage): void {
  expect(app.errors, 'console errors and uncaught exceptions').toEqual([]);
  expect(app.foreignRequests, 'requests leaving the origin').toEqual([]);
}
