// A small Vite plugin: the web app manifest, so the app installs on a classroom tablet or a
// counsellor's phone (with the service worker in public/sw.js it then opens offline). Its icons come
// from assets/ and are emitted with hashed names like every other asset; the manifest itself keeps
// one name (manifest.webmanifest, linked from the page). Not in the one-file build (mode 'single'):
// a page opened from disk cannot be installed.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plugin } from 'vite';

export interface ManifestIcon {
  /** Path of the picture in the project, e.g. assets/icon-192.png. */
  file: string;
  sizes: string;
  type: string;
  purpose?: string;
}

export interface WebManifest {
  name: string;
  short_name: string;
  description: string;
  theme_color: string;
  background_color: string;
  icons: ManifestIcon[];
}

export const MANIFEST_FILE = 'manifest.webmanifest';

export function webManifest(m: WebManifest): Plugin {
  let refs: string[] = [];
  return {
    name: 'web-manifest',
    apply: (_config, env) => env.command === 'build' && env.mode !== 'single',
    buildStart() {
      refs = m.icons.map((icon) =>
        this.emitFile({ type: 'asset', name: basename(icon.file), source: readFileSync(icon.file) }),
      );
    },
    generateBundle() {
      const { icons, ...rest } = m;
      const manifest = {
        ...rest,
        start_url: './',
        scope: './',
        display: 'standalone',
        icons: icons.map(({ file: _file, ...icon }, i) => ({
          src: `./${this.getFileName(refs[i]!)}`,
          ...icon,
        })),
      };
      this.emitFile({ type: 'asset', fileName: MANIFEST_FILE, source: JSON.stringify(manifest, null, 2) });
    },
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'manifest', href: `./${MANIFEST_FILE}` }, injectTo: 'head' },
    ],
  };
}
