// The floors of src/ (docs/implementation-notes.md, "Floors"): read from the code's own imports, no
// feature folder imports a sibling feature or the root, and the ground floor imports no feature; and
// the lint rule that keeps it so really refuses such an import.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';
import { FEATURES, GROUND, ROOT } from '../../eslint.config.js';

const SRC = resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.ts$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** The folder of src/ a file belongs to ('main' and 'theme' for the files directly in src/). */
const floorOf = (file: string) => {
  const parts = relative(SRC, file).split(sep);
  return parts.length > 1 ? parts[0]! : parts[0]!.replace(/\.ts$/, '');
};

/** Every import (static or dynamic) from one src/ folder into another: "from > to (file)". */
function crossings(): { from: string; to: string; file: string }[] {
  const out: { from: string; to: string; file: string }[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from\s*|import\s*\(?\s*)['"](\.[^'"]+)['"]/g)) {
      const target = resolve(dirname(file), m[1]!);
      if (!target.startsWith(SRC + sep)) continue;
      const [from, to] = [floorOf(file), floorOf(target)];
      if (from !== to) out.push({ from, to, file: relative('.', file) });
    }
  }
  return out;
}

describe('floors of src/', () => {
  test('every folder of src/ is on a floor: the features are the folders that are neither ground nor root', () => {
    expect(FEATURES.sort()).toEqual([
      'bodymap',
      'controls',
      'counsellor',
      'drugx',
      'explorer',
      'info',
      'lessons',
      'scene',
      'testing',
      'timeline',
    ]);
    expect(GROUND).toEqual(['core', 'strings']);
    expect(ROOT).toEqual(['app']);
  });

  test('no feature imports a sibling feature or the root', () => {
    const wrong = crossings().filter(
      (c) => FEATURES.includes(c.from) && (FEATURES.includes(c.to) || ROOT.includes(c.to) || c.to === 'main'),
    );
    expect(wrong).toEqual([]);
  });

  test('the ground floor imports no feature, not the root, and no other part of the ground floor', () => {
    const ground = [...GROUND, 'theme'];
    const wrong = crossings().filter((c) => ground.includes(c.from));
    expect(wrong).toEqual([]);
  });

  test('only main.ts and the root folder import the root; nothing imports main.ts', () => {
    const wrong = crossings().filter(
      (c) => (ROOT.includes(c.to) && !['main', ...ROOT].includes(c.from)) || c.to === 'main',
    );
    expect(wrong).toEqual([]);
  });

  test('lint refuses a feature importing a sibling, and a ground-floor file importing a feature', async () => {
    const eslint = new ESLint();
    const lint = async (filePath: string, code: string) =>
      (await eslint.lintText(code, { filePath }))[0]!.messages.filter(
        (m) => m.ruleId === 'no-restricted-imports',
      );
    const sibling = await lint('src/scene/probe.ts', "import { mountTimeline } from '../timeline/index';\n");
    expect(sibling.map((m) => m.message).join()).toMatch(/never a sibling feature/);
    const root = await lint('src/timeline/probe.ts', "import { doseEdits } from '../app/doses';\n");
    expect(root).toHaveLength(1);
    const upward = await lint('src/core/probe.ts', "import { mountScene } from '../scene/index';\n");
    expect(upward).toHaveLength(1);
    const words = await lint('src/core/probe.ts', "import { strings } from '../strings/index';\n");
    expect(words).toHaveLength(1);
    // The allowed ones pass: a feature on the ground floor, and the root on a feature.
    expect(await lint('src/scene/probe.ts', "import { setText } from '../core/set-text';\n")).toEqual([]);
    expect(await lint('src/app/probe.ts', "import { mountScene } from '../scene/index';\n")).toEqual([]);
  });
});
