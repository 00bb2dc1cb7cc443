// @vitest-environment jsdom
// "The model and its sources" as a student reads it: the chain picture first, every engine parameter
// under a plain name with a unit, a grade and its references, a proper reference list, and no file
// names, code names or low-grade web sources anywhere.
import { beforeAll, describe, expect, test } from 'vitest';
import { CATALOGUE } from '../../sim/index';
import { plainName, renderModel } from '../../src/info/model-sources';
import { REFERENCES } from '../../src/info/references';

let host: HTMLElement;
beforeAll(() => {
  host = document.createElement('div');
  renderModel(host);
});

describe('the model and its sources', () => {
  test('it opens with the chain: dose, blood, receptors, signal, feeling, adaptation', () => {
    expect(host.firstElementChild?.className).toBe('model-intro');
    const steps = [...host.querySelectorAll('.chain-steps li strong')].map((s) => s.textContent);
    expect(steps).toEqual(['Dose', 'Blood', 'Receptors', 'Signal', 'Feeling', 'Adaptation']);
    expect(host.querySelector('.chain-svg')?.getAttribute('aria-hidden')).toBe('true');
  });
  test('every parameter of the engine has a plain name, and one row each', () => {
    expect(CATALOGUE.filter((r) => !plainName(r.name)).map((r) => `${r.group}: ${r.name}`)).toEqual([]);
    expect(host.querySelectorAll('.model-table tbody tr:not(.group-row)').length).toBe(CATALOGUE.length);
  });
  test('no file names, code names or web pages are shown', () => {
    const text = host.textContent ?? '';
    for (const bad of [
      /\.md\b/,
      /\.ts\b/,
      /CONTRACT/,
      /pharmacology\.md/i,
      /§10/,
      /profilbaru/i,
      /wikipedia/i,
      /https?:/,
      /www\./,
      /calibrate/,
    ])
      expect(text).not.toMatch(bad);
    const codeNames = new Set(
      CATALOGUE.map((r) => r.name.replace(/\[\d+\]$/, '')).filter((n) => /[a-z][A-Z0-9]/.test(n)),
    );
    const names = [...host.querySelectorAll('.param-plain')].map((th) => th.textContent ?? '');
    for (const n of names) for (const code of codeNames) expect(n.split(/\W+/)).not.toContain(code);
    expect(text).not.toMatch(/\b(ke0|toMam|clOverF|kiInVitro)\b/);
  });
  test('each row shows a unit and a grade; unchecked or low-grade values cite nothing', () => {
    for (const tr of host.querySelectorAll('.model-table tbody tr:not(.group-row)')) {
      const cells = tr.querySelectorAll('td');
      expect(cells[1]!.textContent).not.toBe('');
      const grade = cells[2]!.textContent;
      expect(['A', 'B', 'C', 'BK', 'D']).toContain(grade);
      if (grade === 'C' || grade === 'BK') expect(cells[3]!.querySelector('a')).toBeNull();
      if (grade === 'A' || grade === 'B')
        expect(cells[3]!.querySelector('a'), tr.textContent ?? '').not.toBeNull();
    }
  });
  test('every citation in the table links to an entry of the reference list', () => {
    const ids = new Set([...host.querySelectorAll('.reference-list li')].map((li) => li.id));
    const links = [...host.querySelectorAll('.model-table a.ref-link')];
    expect(links.length).toBeGreaterThan(20);
    for (const a of links) expect(ids).toContain(a.getAttribute('href')!.slice(1));
  });
  test('the reference list is labels, guidelines and papers, each with a year or a label section', () => {
    expect(host.querySelectorAll('.reference-list li').length).toBe(REFERENCES.length);
    for (const r of REFERENCES) {
      expect(['label', 'guideline', 'paper', 'review']).toContain(r.kind);
      expect(r.citation).toMatch(
        r.kind === 'label' ? /prescribing information|product information/ : /(19|20)\d\d/,
      );
    }
  });
});
