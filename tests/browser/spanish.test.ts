// Spanish in a real browser, beyond the lesson walk (spanish-walk.test.ts): the counsellor's dates and
// the printed take-away in Spanish (one page, "get help now" first); switching the language keeps
// the lesson, step, answer, doses, time, mode and the counsellor's dates, and is remembered; the
// browser's own language is the default, with its region's numbers; a bad lang in a link is noted;
// both languages work offline after one visit; the engine's warnings read in Spanish.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectClean, headerButton, openApp, useApp } from './harness';
import { englishIn } from './language-checks';

useApp();

const TODAY = new Date('2025-03-10T10:00:00');
const text = (page: Page, id: string) => page.locator(`#${id}`).innerText();
const ready = (page: Page) => page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });

describe('the counsellor in Spanish', () => {
  test('the dates are said in Spanish, with the same waits as in English', async () => {
    const app = await openApp({ path: '?lang=es&mode=counsellor' });
    const { page } = app;
    await page.clock.setFixedTime(TODAY);
    await page.fill('#last-use', '2025-03-08');
    expect(await text(page, 'start-result')).toMatch(/^Elija el último opioide/);
    await page.selectOption('#opioid-kind', 'short');
    expect(await text(page, 'start-result')).toMatch(
      /No antes del sábado, 15 de marzo de 2025.*martes, 18 de marzo/s,
    );
    await page.selectOption('#opioid-kind', 'methadone');
    const long = await text(page, 'start-result');
    expect(long).toMatch(/No antes del martes, 18 de marzo de 2025.*sábado, 22 de marzo de 2025/s);
    expect(long).toMatch(/de 10 a 14 días, y a veces más/);
    await page.fill('#last-injection', '2025-03-01');
    expect(await text(page, 'injection-result')).toMatch(
      /Próxima inyección: el sábado, 29 de marzo de 2025\. Desde el sábado, 22 de marzo de 2025/,
    );
    await page.fill('#last-injection', '2025-01-09');
    expect(await text(page, 'injection-result')).toMatch(
      /atrasada\. Tocaba el jueves, 6 de febrero de 2025, hace 32 días/,
    );
    await page.fill('#last-tablet', '2025-03-10');
    expect(await text(page, 'tablet-result')).toMatch(/desde el martes, 11 de marzo.*jueves, 13 de marzo/s);
    expect(englishIn(await page.locator('#counsellor').innerText())).toEqual([]);
    expectClean(app);
  });

  test('the printed take-away: in Spanish, "get help now" first, on one page of A4 and of Letter', async () => {
    const app = await openApp({ path: '?lang=es&mode=counsellor', viewport: { width: 794, height: 1123 } });
    const { page } = app;
    await page.clock.setFixedTime(TODAY);
    await page.fill('#last-use', '2025-03-08');
    await page.selectOption('#opioid-kind', 'methadone');
    await page.fill('#last-injection', '2025-03-01');
    await page.fill('#last-tablet', '2025-03-10');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#takeaway').isVisible()).toBe(true);
    const blocks = page.locator('#takeaway > section');
    expect(await blocks.first().locator('h2').innerText()).toMatch(/^Pida ayuda ya: llame al 911/);
    const tops = await blocks.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(Math.min(...tops)).toBe(tops[0]);
    const sheet = await page.locator('#takeaway').innerText();
    expect(sheet).toMatch(
      /martes, 18 de marzo de 2025 \(muchos esperan hasta el sábado, 22 de marzo de 2025\)/,
    );
    expect(sheet).toMatch(/empieza a bajar hacia el:\s*sábado, 22 de marzo de 2025/);
    expect(sheet).toMatch(/Próxima inyección:\s*sábado, 29 de marzo de 2025/);
    expect(sheet).toMatch(/Narcan en aerosol nasal/);
    expect(englishIn(sheet)).toEqual([]);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/takeaway-print-es.png', fullPage: true });
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      writeFileSync(`test-results/takeaway-es-${format}.pdf`, pdf);
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length, format).toBe(1);
    }
    expectClean(app);
  });
});

/** What must survive a change of language. */
async function state(page: Page) {
  return page.evaluate(() => ({
    lesson: (document.getElementById('lesson-select') as HTMLSelectElement).value,
    step: /(\d+)\D+(\d+)\s*$/
      .exec(document.querySelector('.lesson-meta')?.textContent ?? '')
      ?.slice(1)
      .join('/'),
    phase: document.querySelector('.lesson')?.getAttribute('data-phase'),
    guess: (document.querySelector('.guess-choice input:checked') as HTMLInputElement | null)?.value ?? null,
    doses: /\((\d+)\)/.exec(document.querySelector('.dp summary')?.textContent ?? '')?.[1],
    time: Number((document.getElementById('tl-time') as HTMLInputElement).value),
    mode: document.body.dataset.mode,
    dates: ['last-use', 'opioid-kind', 'last-injection', 'last-tablet'].map(
      (id) => (document.getElementById(id) as HTMLInputElement).value,
    ),
  }));
}

async function switchTo(page: Page, lang: 'en' | 'es') {
  await Promise.all([page.waitForEvent('load'), page.locator(`.language-option[lang="${lang}"]`).click()]);
  await ready(page);
}

describe('switching the language', () => {
  test('keeps the lesson, step, answer, doses, time, mode and dates, and is remembered', async () => {
    const app = await openApp({ path: '?lesson=blockade', reducedMotion: 'reduce' });
    const { page } = app;
    await page.clock.setFixedTime(TODAY);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.locator('.next-button').click();
    await page.locator('.next-button').click();
    await page.locator('.guess-choice').nth(2).click();
    await page.locator('.reveal-button').click();
    await page.waitForSelector('.lesson[data-phase="revealed"]');
    const lessonDoses = (await state(page)).doses;
    await page.locator('button.dp-give').click();
    await expect.poll(async () => (await state(page)).doses).toBe(String(Number(lessonDoses) + 1));
    await page.locator('#tl-time').focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.locator('.mode-counsellor').click();
    await page.fill('#last-use', '2025-03-01');
    await page.selectOption('#opioid-kind', 'fentanyl');
    await page.fill('#last-injection', '2025-02-20');
    const before = await state(page);
    expect(before).toMatchObject({
      lesson: 'blockade',
      step: '3/5',
      phase: 'revealed',
      guess: 'nothing',
      mode: 'counsellor',
    });

    await switchTo(page, 'es');
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await state(page)).toEqual(before);
    expect(await page.locator('.lesson-meta').textContent()).toMatch(/Paso 3 de 5/);
    expect(await text(page, 'start-result')).toMatch(/^No antes del .* de marzo de 2025/);
    expect(await page.evaluate(() => history.state)).toBeNull(); // the dates are not kept in the history
    expect(await page.evaluate(() => localStorage.getItem('naltrexone-sim.lang'))).toBe('es');

    // A later visit without lang in the address opens in the remembered language.
    await page.goto(new URL('./', page.url()).href);
    await ready(page);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.locator('#disclaimer').innerText()).toMatch(/^Es un modelo para aprender/);

    await switchTo(page, 'en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#disclaimer').innerText()).toMatch(/^A teaching model/);
    expectClean(app);
  });

  test('the switch is two real radio buttons, shown as EN and ES, each named in its own language', async () => {
    const app = await openApp({ path: '?lang=es' });
    const { page } = app;
    const options = page.locator('.language-switch input[name="language"]');
    expect(await options.count()).toBe(2);
    expect(await page.locator('.language-switch legend').innerText()).toBe('Idioma');
    expect(await page.locator('.language-code').allInnerTexts()).toEqual(['EN', 'ES']);
    // A screen reader hears each language's own name (in that language), and so does a hover.
    expect(await page.getByRole('radio', { name: 'English', exact: true }).getAttribute('value')).toBe('en');
    expect(await page.getByRole('radio', { name: 'Español', exact: true }).isChecked()).toBe(true);
    expect(await page.locator('.language-option[lang="en"]').getAttribute('title')).toBe('English');
    // Each choice is a target of at least 24 by 24 px (WCAG 2.5.8).
    for (const box of await page
      .locator('.language-option')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    expectClean(app);
  });
});

describe('the language and its region come from the browser', () => {
  test('a browser in Mexican Spanish gets Spanish with a decimal point; one in Spain a decimal comma', async () => {
    for (const [locale, decimal, wrong] of [
      ['es-MX', '0.1', '0,1'],
      ['es-ES', '0,1', '0.1'],
    ] as const) {
      const app = await openApp({ path: '?lesson=blockade&step=2', locale });
      const { page } = app;
      expect(await page.getAttribute('html', 'lang'), locale).toBe('es');
      const ticks = await page.locator('#charts .tl-tick').allTextContents();
      expect(ticks, locale).toContain(decimal);
      expect(ticks, locale).not.toContain(wrong);
      expectClean(app);
    }
  });

  test('an American browser gets the dates the American way, in English', async () => {
    const app = await openApp({ path: '?mode=counsellor', locale: 'en-US' });
    const { page } = app;
    await page.clock.setFixedTime(TODAY);
    await page.fill('#last-injection', '2025-03-01');
    expect(await text(page, 'injection-result')).toMatch(/Next injection due: Saturday, March 29, 2025\./);
    expectClean(app);
  });

  test('a lang the app does not speak is noted, and the page keeps the browser’s language', async () => {
    const app = await openApp({ path: '?lang=fr' });
    const { page } = app;
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#notes').innerText()).toMatch(/lang: "fr" is not a valid value/);
    const es = await openApp({ path: '?lang=fr', locale: 'es-US' });
    expect(await es.page.getAttribute('html', 'lang')).toBe('es');
    expect(await es.page.locator('#notes').innerText()).toMatch(/lang: "fr" no es un valor válido/);
    expectClean(app);
    expectClean(es);
  });
});

test('after one visit in English, Spanish opens with the network off too, model panel and all', async () => {
  const app = await openApp();
  const { page } = app;
  await page.waitForSelector('html[data-offline="ready"]', { timeout: 30_000 });
  await app.context.setOffline(true);
  await page.goto(new URL('?lang=es&lesson=blockade', page.url()).href);
  await ready(page);
  expect(await page.getAttribute('html', 'lang')).toBe('es');
  expect(await page.locator('#disclaimer').innerText()).toMatch(/no un consejo médico/);
  expect(await page.evaluate(() => window.__receptorScene?.status)).toBe('running');
  expect(await page.locator('.lesson-title').innerText()).toBe('Después de la desintoxicación');
  // The model panel and its words are chunks of their own, fetched after the first visit's first
  // frame; so are the panels and their Spanish words.
  await (await headerButton(page, 'El modelo y sus fuentes')).click();
  await page.waitForSelector('dialog[open] table.model-table');
  await page.keyboard.press('Escape');
  await (await headerButton(page, 'Mapa del cuerpo')).click();
  await page.waitForSelector('dialog[open] .body-map');
  expect(await page.locator('dialog[open] .bm-intro').innerText()).toMatch(/cerraduras/);
  expectClean(app);
});

test('the engine’s warnings on the timeline read in Spanish, with the engine’s numbers', async () => {
  const app = await openApp({ path: '?lang=es&lesson=too-early&step=2', reducedMotion: 'reduce' });
  const { page } = app;
  const flag = page.locator('.tl-flag--precipitated_withdrawal').first();
  expect(await flag.innerText()).toBe('Abstinencia precipitada');
  expect(await flag.getAttribute('title')).toMatch(
    /^Abstinencia precipitada: la naltrexona quitó de golpe la señal opioide .*\(COWS [\d.,]+, (moderadamente grave|grave) y subiendo\)\.$/,
  );
  expectClean(app);
});
