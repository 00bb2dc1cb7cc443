// @vitest-environment jsdom
// Naltrexone and alcohol in the counsellor's view: mounted in the side column under "Keep safe",
// named by its heading, and saying each thing a counsellor must be able to hand over (a small help,
// no cure, no sick reaction, not less drunk, no protection, breathing worse with an opioid after
// stopping), each with the counsellor's view named beside its source in docs/sources.md; the
// take-away adds alcohol to its breathing danger. The words read at grade 8 or under
// (tests/content/plain-words.test.ts grades every counsellor string); the engine shows the same
// claims in tests/sim/alcohol.test.ts.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { mountCounsellor } from '../../src/counsellor/index';
import { strings } from '../../src/strings/index';

const a = strings.lessons.counsellor.alcohol;
let section: HTMLElement;

beforeAll(() => {
  // jsdom has no ResizeObserver; the patient's curve, mounted beside, asks for one.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  document.body.innerHTML = '<main id="c"></main><div id="t"></div>';
  mountCounsellor(document.getElementById('c')!, document.getElementById('t')!);
  section = document.querySelector<HTMLElement>('.counsellor-alcohol')!;
});

describe('the section in the counsellor view', () => {
  test('sits in the side column right under "Keep safe", named by its own heading', () => {
    const side = document.querySelector('.counsellor-side')!;
    expect(section.parentElement).toBe(side);
    expect(section.previousElementSibling?.classList.contains('safety')).toBe(true);
    const heading = document.getElementById(section.getAttribute('aria-labelledby')!)!;
    expect(heading.tagName).toBe('H3');
    expect(heading.textContent).toBe(a.heading);
    expect(document.querySelectorAll('.counsellor-alcohol')).toHaveLength(1);
  });

  test('shows every sentence, in order: the help, what it does not do, the breathing danger', () => {
    const text = section.textContent!;
    const sentences = [...a.helps, ...a.doesNot, ...a.breathing];
    let from = 0;
    for (const s of sentences) {
      const at = text.indexOf(s, from);
      expect(at, s).toBeGreaterThanOrEqual(from);
      from = at + s.length;
    }
    expect(section.querySelectorAll('.alcohol-does-not li')).toHaveLength(a.doesNot.length);
  });

  test('says the honest size of the help, and every limit a patient must hear', () => {
    const text = section.textContent!;
    expect(text).toMatch(/help people drink less/);
    expect(text).toMatch(/a little weaker/);
    expect(text).toMatch(/not a cure/);
    expect(text).toMatch(/does not make you sick if you drink.*disulfiram/);
    expect(text).toMatch(/does not lower your blood alcohol or make you less drunk/);
    expect(text).toMatch(/does not protect you from the harms/);
    expect(section.querySelector('.alcohol-breathing')!.textContent).toMatch(
      /drink when you use an opioid, your breathing slows down even more.*after you stop naltrexone.*tolerance is low/,
    );
  });
});

test('the printed take-away says it in its few words: drinking adds to the breathing danger', () => {
  // A line of its own does not fit on one page of US Letter (tests/browser/counsellor.test.ts).
  const safe = [...document.querySelectorAll('#t .takeaway-block.strong li')].map((li) => li.textContent);
  expect(safe.find((line) => /stop your breathing/.test(line!))).toMatch(/Drinking adds to the danger\.$/);
  expect(document.getElementById('t')!.textContent).toMatch(/used to help people drink less/);
});

describe('docs/sources.md backs each of its statements', () => {
  const rows = readFileSync('docs/sources.md', 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('| '))
    .map((l) => l.split('|').map((c) => c.trim()));
  // Each row is | statement | where | source | checked |: the counsellor's view is place C.
  const rowAbout = (words: RegExp) => rows.find((r) => words.test(r[1]!));
  test.each([
    ['helps people drink less', /Used for alcohol use disorder/],
    ['the urge a little weaker', /urge to drink a little weaker/],
    ['not a cure', /Not a cure/],
    ['no sick reaction', /unlike disulfiram/],
    ['not less drunk', /not lower blood alcohol/],
    ['no protection from alcohol', /no protection against an overdose of alcohol/],
    ['breathing worse with an opioid', /Alcohol adds to opioids' slowing of breathing/],
    ['worst after stopping', /greatest after stopping naltrexone/],
  ])('%s', (_claim, words) => {
    const row = rowAbout(words);
    expect(row, String(words)).toBeDefined();
    expect(row![2]!.split(/,\s*/)).toContain('C');
    expect(row![3]!.length).toBeGreaterThan(10);
  });
});
