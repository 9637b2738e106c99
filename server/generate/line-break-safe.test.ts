import { describe, expect, it } from 'vitest';
import { lineBreakSafe } from './line-break-safe';

async function recut(pieces: string[]) {
  async function* source() {
    yield* pieces;
  }
  const out: string[] = [];
  for await (const piece of lineBreakSafe(source())) out.push(piece);
  return out;
}

describe('lineBreakSafe', () => {
  it('moves leading line breaks to the end of the piece before', async () => {
    expect(await recut(['She grew', '\n\nup', ' in Queens.'])).toEqual(['She grew\n\n', 'up', ' in Queens.']);
  });

  it('folds pieces that are only line breaks into the piece before', async () => {
    expect(await recut(['One.', '\n', '\n', 'Two.'])).toEqual(['One.\n\n', 'Two.']);
  });

  it('keeps the text whole, but for line breaks at its very start', async () => {
    const pieces = ['\n\n', 'Mindy', ' was', '\n\nborn', '\n', ' in', ' June.\n'];
    const out = await recut(pieces);
    expect(out.join('')).toBe(pieces.join('').replace(/^\n+/, ''));
    expect(out.every((piece) => !/^[\r\n]/.test(piece))).toBe(true);
  });
});
