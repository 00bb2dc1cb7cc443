// Lighthouse 12.2.3 against the served app: accessibility 100 and best practices 100 (the
// performance score is reported, not asserted; `npm run lighthouse` prints every category).
import { expect, test } from 'vitest';
import { runLighthouse } from '../../scripts/lighthouse';
import { baseUrl, useApp } from './harness';

useApp();

test('Lighthouse scores accessibility 100 and best practices 100', async () => {
  const scores = await runLighthouse(baseUrl, 'mobile', ['accessibility', 'best-practices']);
  console.log(`lighthouse: ${JSON.stringify(scores)}`);
  expect({ accessibility: scores.accessibility, failing: scores.failing['accessibility'] }).toEqual({
    accessibility: 100,
    failing: undefined,
  });
  expect({ bestPractices: scores.bestPractices, failing: scores.failing['best-practices'] }).toEqual({
    bestPractices: 100,
    failing: undefined,
  });
}, 90_000);
