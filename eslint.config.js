// Lint rules for the whole project. The sim/ block keeps the engine pure:
// no DOM, no rendering or state-machine libraries, no app imports, no unseeded randomness.
// The src/ blocks keep the app's floors (docs/implementation-notes.md, "Floors"): the ground floor
// (core/, strings/, theme.ts) imports no feature and not the root; a feature (every other folder of
// src/ but the root's app/) imports the ground floor and sim/ only, never a sibling feature.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const banned = (names) => names.map((name) => ({ name, message: 'sim/ is the pure engine.' }));

/** The floors of src/: ground and root by name; every other folder with code is a feature. */
export const GROUND = ['core', 'strings'];
export const ROOT = ['app'];
export const FEATURES = readdirSync(new URL('./src', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory() && ![...GROUND, ...ROOT, 'styles'].includes(d.name))
  .map((d) => d.name);

/** Import patterns that reach the named folders of src/ from a file one folder down (or src/ itself). */
const into = (folders) =>
  folders.flatMap((f) => [`../${f}`, `../${f}/*`, `./${f}`, `./${f}/*`, `**/src/${f}/*`]);

const SRC_PATTERNS = [
  {
    group: ['**/sim/*', '!**/sim/index', '!**/sim/index.ts'],
    message: 'src/ imports the engine through sim/index.ts only.',
  },
  { group: ['**/main', '**/main.ts'], message: 'Nothing imports the composition root.' },
  { group: ['d3'], message: 'Import the d3 submodules (d3-scale, d3-shape, ...).' },
];

const floorRule = (forbidden, message) => ({
  'no-restricted-imports': ['error', { patterns: [...SRC_PATTERNS, { group: into(forbidden), message }] }],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-single/**',
      'node_modules/**',
      'test-results/**',
      'coverage/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded random source (sim/random.ts).' },
      ],
    },
  },
  {
    files: ['sim/**/*.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: banned(['pixi.js', 'xstate', 'd3', 'node:fs', 'fs', 'node:process']),
          patterns: [
            {
              group: ['d3-*', '@pixi/*', '**/src/**', '../src/*', '../../src/*'],
              message: 'sim/ is the pure engine.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'performance',
        'process',
      ],
    },
  },
  { files: ['src/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: SRC_PATTERNS }] } },
  // The ground floor: what every feature uses, so it imports none of them, nor the root, nor another
  // part of the ground floor (core/ takes its words as arguments), so each part stands alone.
  ...[...GROUND, 'theme'].map((part) => ({
    files: part === 'theme' ? ['src/theme.ts'] : [`src/${part}/**/*.ts`],
    rules: floorRule(
      [...FEATURES, ...ROOT, ...GROUND.filter((g) => g !== part), ...(part === 'theme' ? [] : ['theme'])],
      'The ground floor (core/, strings/, theme) imports no feature, not the root, and not each other.',
    ),
  })),
  // Each feature: the ground floor and sim/ only. Features talk through callbacks from the root.
  ...FEATURES.map((feature) => ({
    files: [`src/${feature}/**/*.ts`],
    rules: floorRule(
      [...FEATURES.filter((f) => f !== feature), ...ROOT],
      'A feature imports only the ground floor (core/, strings/, theme) and sim/: never a sibling feature or the root (app/, main.ts).',
    ),
  })),
);
