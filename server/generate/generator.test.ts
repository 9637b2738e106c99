import { describe, expect, it } from 'vitest';
import { pause } from './generator';

describe('pause(0): streams without a delay take turns', () => {
  it('lets waiting streams go on in the order they paused, a few per turn of the event loop', async () => {
    const order: number[] = [];
    const signal = new AbortController().signal;
    const waits = Array.from({ length: 12 }, (_, index) => pause(0, signal).then(() => order.push(index)));
    let turns = 0;
    while (order.length < 12) {
      await new Promise((resolve) => setImmediate(resolve));
      turns += 1;
    }
    await Promise.all(waits);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(turns).toBeGreaterThan(1);
  });

  it('lets a stream whose client has gone stop at once, ahead of the queue', async () => {
    const order: string[] = [];
    const waits = Array.from({ length: 200 }, () => pause(0, new AbortController().signal).then(() => order.push('waiting')));
    const abort = new AbortController();
    const leaving = pause(0, abort.signal).then(() => order.push('gone'));
    abort.abort();
    await leaving;
    expect(order).toEqual(['gone']);
    await Promise.all(waits);
  });
});
