// `npm run lighthouse`: Lighthouse 12.2.3 (the last that runs on Node 20) against the built app,
// served locally with its production headers, in Debian's chromium. Prints the category scores
// (0-100) for the mobile default and the desktop preset as JSON, and the failing audits of any
// category below 100. tests/browser/lighthouse.test.ts asserts accessibility and best practices.
//   npm run lighthouse       (APP_DIST=<dir> audits another build folder)
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse';
import { CHROME_PATH, serve } from './browser';

export type Preset = 'mobile' | 'desktop';

export interface LighthouseScores {
  preset: Preset;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  /** Audits that cost points, by category: "id: title". */
  failing: Record<string, string[]>;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function scores(lhr: Result, preset: Preset): LighthouseScores {
  const score = (id: string) => {
    const s = lhr.categories[id]?.score;
    return s === null || s === undefined ? null : Math.round(s * 100);
  };
  const failing: Record<string, string[]> = {};
  for (const id of Object.keys(lhr.categories)) {
    const category = lhr.categories[id];
    if (!category || category.score === 1) continue;
    failing[id] = category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id]!)
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => `${audit.id}: ${audit.title} (${audit.displayValue ?? audit.score})`);
  }
  return {
    preset,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    failing,
  };
}

/** Audits one address in a fresh headless chromium (all four categories unless told fewer). */
export async function runLighthouse(
  url: string,
  preset: Preset = 'mobile',
  categories: readonly string[] = CATEGORIES,
): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    logLevel: 'silent',
  });
  try {
    const flags: Flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    };
    const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error('Lighthouse returned no result');
    return scores(result.lhr, preset);
  } finally {
    chrome.kill();
  }
}

async function main(): Promise<void> {
  const server = await serve(process.env.APP_DIST ?? 'dist');
  try {
    const mobile = await runLighthouse(server.url, 'mobile');
    const desktop = await runLighthouse(server.url, 'desktop');
    console.log(JSON.stringify({ lighthouse: '12.2.3', url: server.url, mobile, desktop }, null, 2));
  } finally {
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
