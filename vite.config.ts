// Build config: a static app with relative paths (works from any folder and, via build:single, from file://).
// `vite preview` (npm start, the browser tests, the bench) serves the build with the production
// headers below: a strict Content-Security-Policy, no sniffing, no referrer, no caching surprises.
import { defineConfig, type Plugin } from 'vite';
import { webManifest } from './scripts/web-manifest.ts';
import { SCENE_COLOURS, THEMES, css } from './src/theme.ts';

/** The policy the served app runs under: only its own origin, no inline code, no eval. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const PREVIEW_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

/**
 * The entry script blocks the first paint until it has run (`blocking="render"`): the header's
 * controls and the panels are built by script, and painting the page before them would make every
 * part of it jump down when they arrive. Browsers without the attribute simply ignore it.
 */
const renderBlockingEntry = (): Plugin => ({
  name: 'render-blocking-entry',
  transformIndexHtml: {
    order: 'post',
    handler: (html) =>
      html.replace(
        /<script type="module" crossorigin src=/,
        '<script type="module" blocking="render" crossorigin src=',
      ),
  },
});

/**
 * `vite preview` already keeps requests inside dist/; this says so plainly ("not found") for any path
 * with a `..` segment, however it is spelled, before anything else looks at it.
 */
const refuseDotDot = (): Plugin => ({
  name: 'refuse-dot-dot',
  configurePreviewServer(server) {
    server.middlewares.use((req, res, next) => {
      let path: string;
      try {
        path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
      } catch {
        path = '..';
      }
      if (!path.split(/[\\/]/).includes('..')) return next();
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain');
      res.end('not found');
    });
  },
});

export default defineConfig({
  base: './',
  plugins: [
    renderBlockingEntry(),
    refuseDotDot(),
    webManifest({
      name: 'Naltrexone at the receptor',
      short_name: 'Naltrexone',
      description:
        'How naltrexone blocks opioids and endorphins at the mu-opioid receptor: an educational model.',
      theme_color: css(SCENE_COLOURS.cleft),
      background_color: THEMES.standard.background,
      icons: [
        { file: 'assets/icon-192.png', sizes: '192x192', type: 'image/png' },
        { file: 'assets/icon-512.png', sizes: '512x512', type: 'image/png' },
        { file: 'assets/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    }),
  ],
  build: {
    target: 'es2022',
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // pixi.js/unsafe-eval (our CSP has no eval) patches the WebGPU uniform-buffer system too,
            // so the scene imports that module statically. Left to itself the bundler puts it in the
            // WebGPU renderer's chunk, and the first frame waits for all of it (16 KB gzipped) though
            // the app draws with WebGL. A chunk of its own keeps the renderer lazy.
            {
              name: 'pixi-gpu-ubo',
              test: /pixi\.js[\\/]lib[\\/]rendering[\\/]renderers[\\/]gpu[\\/](GpuUboSystem|shader[\\/]utils[\\/](createUbo(Elements|SyncFunction)WGSL|generateArraySyncWGSL))/,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', headers: PREVIEW_HEADERS },
});
