// Lint rules for the whole project. The sim/ block keeps the engine pure:
// no DOM, no rendering or state-machine libraries, no app imports, no unseeded randomness.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const banned = (names) => names.map((name) => ({ name, message: 'sim/ is the pure engine.' }));

export default tseslint.config(
  { ignores: ['dist/**', 'dist-single/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
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
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/sim/*', '!**/sim/index', '!**/sim/index.ts'],
              message: 'src/ imports the engine through sim/index.ts only.',
            },
            { group: ['**/main', '**/main.ts'], message: 'Nothing imports the composition root.' },
            { group: ['d3'], message: 'Import the d3 submodules (d3-scale, d3-shape, ...).' },
          ],
        },
      ],
    },
  },
);
