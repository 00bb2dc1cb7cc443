// Build config: a static app with relative paths (works from any folder and, via build:single, from file://).
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  base: './',
  plugins: [renderBlockingEntry()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
