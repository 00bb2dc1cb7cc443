// Browser test harness: serves the built app (dist/, or $APP_DIST) with its production headers and
// drives Debian's chromium through playwright-core (no browser downloads). Every console error,
// uncaught exception, Content-Security-Policy violation or request leaving the origin is recorded;
// `expectClean` fails a test on any of them, and any page error fails the test after it ends too.
// Foreign requests are also aborted, so nothing ever leaves the machine. A failing test keeps its
// screenshot in test-results/. `axeCheck` runs axe's WCAG 2.2 AA rules on a page.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, LaunchOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import {
  CHROME_ARGS,
  CHROME_PATH,
  NO_WEBGL_ARGS,
  launchChromium,
  serve,
  type Served,
} from '../../scripts/browser';

export { CHROME_ARGS, CHROME_PATH, NO_WEBGL_ARGS };
/** The built app the tests serve: `vite build` writes dist/; APP_DIST points elsewhere. */
export const APP_DIR = process.env.APP_DIST ?? 'dist';
/** The WCAG 2.2 AA rule sets axe checks. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and CSP violations seen so far. */
  errors: string[];
  /** Requests to any origin other than the app's (each was aborted). */
  foreignRequests: string[];
  /** Every address the page or its workers asked for, in order. */
  requests: string[];
}

export interface HarnessOptions {
  /** Launch chromium with WebGL and the other 3D APIs disabled. */
  withoutWebGL?: boolean;
}

let server: Served | undefined;
let browser: Browser | undefined;
export let baseUrl = '';
const open: AppPage[] = [];

export function launch(extra: LaunchOptions & HarnessOptions = {}): Promise<Browser> {
  return launchChromium(extra);
}

/** Takes a screenshot of every open page when the test that opened it failed. */
async function keepScreenshots(name: string): Promise<void> {
  mkdirSync('test-results', { recursive: true });
  const slug = name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
  let i = 0;
  for (const app of open) {
    const suffix = i++ ? `-${i}` : '';
    await app.page.screenshot({ path: `test-results/${slug}${suffix}.png` }).catch(() => undefined);
  }
}

/** Call once per test file: starts the server and the browser for the file's tests. */
export function useApp(options: HarnessOptions = {}): void {
  beforeAll(async () => {
    server = await serve(APP_DIR);
    baseUrl = server.url;
    browser = await launch(options);
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await keepScreenshots(task.name);
    // Any console error, uncaught exception or CSP violation fails the test, even one that came
    // after (or without) the test's own expectClean.
    const late = task.result?.state === 'fail' ? [] : open.flatMap((app) => app.errors);
    while (open.length)
      await open
        .pop()!
        .context.close()
        .catch(() => undefined);
    if (late.length) throw new Error(`errors in the page:\n${late.join('\n')}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}

export interface OpenOptions {
  /** Query string or path after the base URL, e.g. '?lesson=blockade'. */
  path?: string;
  /** A whole address instead of baseUrl + path (e.g. a file:// URL); its folder is the allowed origin. */
  url?: string;
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  deviceScaleFactor?: number;
  /** The browser's language and region (navigator.languages, Intl), e.g. 'es-MX'; default en-US. */
  locale?: string;
  /** Wait for this selector before returning (default: the app's ready marker). */
  waitFor?: string;
  browser?: Browser;
  /** 'block' keeps the service worker out, and with it the app's preloading of lazy chunks. */
  serviceWorkers?: 'allow' | 'block';
}

/** Reports every CSP violation to the console as an error (Chromium also logs most of them). */
function reportCspViolations(): void {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
  });
}

/** What counts as "the page's own origin" for a given start address. */
export function allowedPrefix(url: string): string {
  return url.startsWith('file:') ? url.slice(0, url.lastIndexOf('/') + 1) : new URL(url).origin + '/';
}

/** Records errors, CSP violations and foreign requests of a context (pages and workers alike). */
export async function watch(context: BrowserContext, page: Page, allowed: string): Promise<AppPage> {
  const app: AppPage = { page, context, errors: [], foreignRequests: [], requests: [] };
  const isLocal = (url: string) =>
    url.startsWith(allowed) || url.startsWith('data:') || url.startsWith('blob:');
  await context.addInitScript(reportCspViolations);
  page.on('console', (msg) => {
    if (msg.type() === 'error') app.errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => app.errors.push(`pageerror: ${err.message}`));
  context.on('request', (req) => {
    app.requests.push(req.url());
    if (!isLocal(req.url())) app.foreignRequests.push(req.url());
  });
  await context.route(
    (url) => !isLocal(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  return app;
}

/** Opens the app in a fresh context and records what goes wrong. */
export async function openApp(options: OpenOptions = {}): Promise<AppPage> {
  const b = options.browser ?? browser;
  if (!b) throw new Error('useApp() must be called in the test file');
  const context = await b.newContext({
    viewport: options.viewport ?? { width: 1280, height: 720 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    ...(options.locale ? { locale: options.locale } : {}),
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  const page = await context.newPage();
  const url = options.url ?? baseUrl + (options.path ?? '');
  const app = await watch(context, page, allowedPrefix(url));
  open.push(app);
  await page.goto(url);
  await page.waitForSelector(options.waitFor ?? 'body[data-ready="true"]', { timeout: 30_000 });
  return app;
}

/** No console error, uncaught exception, CSP violation or foreign request happened. */
export function expectClean(app: AppPage): void {
  expect(app.errors, 'console errors, uncaught exceptions and CSP violations').toEqual([]);
  expect(app.foreignRequests, 'requests leaving the origin').toEqual([]);
}

/** axe-core as @axe-core/playwright itself loads it (the same version and rules). */
const AXE_SOURCE = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve(
    'axe-core/axe.min.js',
  ),
  'utf8',
);

type AxeResult = {
  violations: Array<{
    id: string;
    impact?: string | null;
    help: string;
    nodes: Array<{ target: unknown[] }>;
  }>;
};

/**
 * Runs axe's WCAG 2.2 AA rules on the page as it is now and returns one line per violation
 * (rule, impact, the first offending elements); assert it equals []. axe is put into the page once
 * and run there again at each later check (AxeBuilder put its 500 KB into the page for every check:
 * 4-8 s a check on the shared build machine, against well under one now; the page has no frames).
 */
export async function axeCheck(page: Page, exclude: string[] = []): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ([tags, excluded]) => {
      const axe = (window as unknown as { axe: { run(c: object, o: object): Promise<AxeResult> } }).axe;
      const context = excluded.length ? { include: [document], exclude: excluded.map((s) => [s]) } : document;
      const r = await axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return r.violations.map((v) => {
        const where = v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ');
        return `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${where}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3})` : ''}`;
      });
    },
    [AXE_TAGS, exclude] as const,
  );
}

/** A button of the header by its name; one in the "More" list is shown first (the list opened). */
export async function headerButton(page: Page, name: string) {
  const more = page.locator('#header-controls .header-more-button');
  if ((await more.getAttribute('aria-expanded')) === 'false') await more.click();
  return page.locator('#header-controls').getByRole('button', { name, exact: true });
}

/** Opens the header's "More" list (the dialogs and panels) with a click. */
export async function openMore(page: Page): Promise<void> {
  const more = page.locator('#header-controls .header-more-button');
  if ((await more.getAttribute('aria-expanded')) === 'false') await more.click();
}
