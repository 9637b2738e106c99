import { describe, expect, it } from 'vitest';
import { errorMessageOf } from './errors';

describe('errorMessageOf', () => {
  it.each([
    [{ ERROR: 'a' }, 'a'],
    [{ API_ERROR: 'b' }, 'b'],
    [{ INTERNAL_ERROR: 'c' }, 'c'],
    [{ detail: 'd' }, 'd'],
    [{ detail: [{ msg: 'field required' }] }, 'field required'],
    [{ error: 'e' }, 'e'],
    [{ charID: 'x', text: 'process_failure, error: boom' }, 'process_failure, error: boom'],
    [{ text: 'hello' }, null],
    ['plain text', null],
  ])('%o → %s', (body, message) => {
    expect(errorMessageOf(body)).toBe(message);
  });
});
