// `npm run build:single`: the whole app as one self-contained HTML file that works opened from disk
// (file://), for clinics and classrooms without a reliable network. Vite builds the app as a single
// JS bundle with every asset inlined as a data: URL; this script then puts the JS and the CSS inside
// the page. Browsers refuse module scripts from file:// addresses, which is why they must be inline.
// A meta Content-Security-Policy allows exactly those two inline blocks (by hash) and nothing
// from anywhere, so the file is as locked down as the served app.
//   node scripts/build-single.js [--out dist-single/naltrexone-sim.html]
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'vite';

const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const out = resolve(outArg >= 0 ? args[outArg + 1] : 'dist-single/naltrexone-sim.html');
const tmp = join(dirname(out), '.build');

await build({
  logLevel: 'warn',
  build: {
    outDir: tmp,
    emptyOutDir: true,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    cssCodeSplit: false,
    modulePreload: false,
    copyPublicDir: false,
    rolldownOptions: { output: { codeSplitting: false } },
  },
});

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
/** Text that cannot close the element it sits in. */
const safeIn = (tag, text) => text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');

let html = readFileSync(join(tmp, 'index.html'), 'utf8');
const scripts = [];
const styles = [];
html = html.replace(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)><\/script>/g, (_all, before, src) => {
  const code = safeIn('script', readFileSync(join(tmp, src), 'utf8'));
  scripts.push(code);
  const module = /type="module"/.test(before) ? ' type="module"' : '';
  return `<script${module}>${code}</script>`;
});
html = html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g, (_all, href) => {
  const css = safeIn('style', readFileSync(join(tmp, href), 'utf8'));
  styles.push(css);
  return `<style>${css}</style>`;
});
const leftover = /<(?:script|link)\b[^>]*\b(?:src|href)="(?!data:)[^"]*"/.exec(html);
if (leftover) throw new Error(`build:single: an external reference is left: ${leftover[0]}`);

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
