// A file far larger than any scenario is refused before it is read, with the limit in the message.
import { describe, expect, test } from 'vitest';
import { MAX_FILE_MB, parseScenarioFile, sizeProblem } from '../../src/controls/scenario-file';

describe('sizeProblem', () => {
  test('a file up to the limit is read; one byte more is refused, naming the limit', () => {
    expect(sizeProblem(0)).toBeUndefined();
    expect(sizeProblem(MAX_FILE_MB * 1024 * 1024)).toBeUndefined();
    expect(sizeProblem(MAX_FILE_MB * 1024 * 1024 + 1)).toBe(`file: is larger than ${MAX_FILE_MB} MB`);
  });
});

describe('parseScenarioFile', () => {
  test("a file that is not JSON is refused with the parser's own words, $ and all", () => {
    const r = parseScenarioFile('{ "title": $\' }');
    expect(r.ok).toBe(false);
    const error = r.ok ? '' : r.errors[0]!;
    // The parser's message quotes the text; String.replace with a plain string would expand $'.
    const message = (() => {
      try {
        JSON.parse('{ "title": $\' }');
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    expect(error).toContain(message);
  });
});
