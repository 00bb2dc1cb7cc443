// The scene in words: who holds the receptors, who is turned away, and a writer that speaks at
// most every two seconds and only when the words change.
import { describe, expect, test } from 'vitest';
import { createDescriptionWriter, describeScene, DESCRIBE_EVERY_MS } from '../../src/scene/description';

describe('describeScene', () => {
  test('names the main holder first, then the next ones, then the free sites', () => {
    const text = describeScene(
      [
        { name: 'endorphin', count: 1 },
        { name: 'naltrexone', count: 20 },
        { name: '6-beta-naltrexol', count: 2 },
      ],
      24,
      [],
    );
    expect(text).toBe(
      '20 of 24 receptors held by naltrexone, 2 by 6β-naltrexol (from naltrexone), 1 by endorphin, 1 free',
    );
  });

  test('says who is being turned away, drugs first', () => {
    const text = describeScene([{ name: 'naltrexone', count: 6 }], 10, ['heroin', 'endorphin']);
    expect(text).toBe('6 of 10 receptors held by naltrexone, 4 free; heroin and endorphin turned away');
  });

  test('groups a long tail of holders', () => {
    const held = (['heroin', 'morphine', 'oxycodone', 'fentanyl', 'methadone'] as const).map((name) => ({
      name,
      count: 2,
    }));
    expect(describeScene(held, 10, [])).toBe(
      '2 of 10 receptors held by heroin, 2 by morphine, 2 by oxycodone, 4 by other molecules',
    );
  });

  test('an empty synapse is all free', () => {
    expect(describeScene([], 24, [])).toBe('All 24 receptors free');
  });
});

describe('the live-region writer', () => {
  const region = () => ({ textContent: '' }) as HTMLElement;

  test('writes new words at once, then waits two seconds before the next change', () => {
    const el = region();
    const write = createDescriptionWriter(el);
    write(0, 'a');
    expect(el.textContent).toBe('a');
    write(500, 'b');
    expect(el.textContent).toBe('a');
    write(DESCRIBE_EVERY_MS, 'b');
    expect(el.textContent).toBe('b');
  });

  test('does not repeat the same words', () => {
    const el = region();
    let writes = 0;
    Object.defineProperty(el, 'textContent', { set: () => void writes++, get: () => '' });
    const write = createDescriptionWriter(el);
    for (let t = 0; t < 10_000; t += 100) write(t, 'same');
    expect(writes).toBe(1);
  });
});
