// `npm run build:single`: the whole app as one self-contained HTML file that works opened from disk
// (file://), for clinics and classrooms without a reliable network. vite-plugin-singlefile builds the
// app as one bundle with every script, style and asset inside the page (browsers refuse module
// scripts from file:// addresses, so they must be inline); this script then adds a meta
// Content-Security-Policy that allows exactly those inline blocks (by hash) and nothing from
// anywhere, so the file is as locked down as the served app.
//   node scripts/build-single.js [--out dist-single/naltrexone-sim.html]
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { build } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const out = resolve(outArg >= 0 ? args[outArg + 1] : 'dist-single/naltrexone-sim.html');
const tmp = join(dirname(out), '.build');

await build({
  mode: 'single',
  logLevel: 'warn',
  plugins: [viteSingleFile({ removeViteModuleLoader: true })],
  build: { outDir: tmp, emptyOutDir: true, copyPublicDir: false },
});

// The page's icon stays a file in any build (Vite never inlines a link's picture): put it inside too.
const MIME = { '.svg': 'image/svg+xml', '.png': 'image/png' };
const inlineIcon = (html) =>
  html.replace(/(<link\b[^>]*\brel="icon"[^>]*\bhref=")(?!data:)([^"]+)"/g, (_all, start, href) => {
    const bytes = readFileSync(join(tmp, href));
    return `${start}data:${MIME[extname(href)] ?? 'application/octet-stream'};base64,${bytes.toString('base64')}"`;
  });

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
let html = inlineIcon(readFileSync(join(tmp, 'index.html'), 'utf8'));
const inner = (tag) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'gi'))].map((m) => m[1]);
const scripts = inner('script');
const styles = inner('style');
// One inline script and one inline style, and nothing fetched: what the policy below allows.
const leftover = /<(?:script|link)\b[^>]*\b(?:src|href)="(?!data:)[^"]*"/.exec(html);
if (leftover) throw new Error(`build:single: an external reference is left: ${leftover[0]}`);
// A closing tag inside the code would end its block early (the bundle has none; keep it so).
const closings = (tag) => (html.match(new RegExp(`</${tag}`, 'gi')) ?? []).length;
if (closings('script') !== scripts.length || closings('style') !== styles.length)
  throw new Error('build:single: a closing tag inside the inlined code would cut it short');
if (scripts.length !== 1 || styles.length !== 1)
  throw new Error(
    `build:single: expected one inline script and one style, got ${scripts.length} and ${styles.length}`,
  );

const csp = [
  "default-src 'none'",
  `script-src ${scripts.map(sha256).join(' ')}`,
  `style-src ${styles.map(sha256).join(' ')}`,
  'img-src data: blob:',
  'font-src data:',
  'connect-src data: blob:',
  'worker-src blob:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
html = html.replace(
  /<meta charset="[^"]*"\s*\/?>/i,
  (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
rmSync(tmp, { recursive: true, force: true });
console.log(`build:single: ${out} (${(Buffer.byteLength(html) / 1024).toFixed(0)} KB)`);
