import net, { type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { networkErrorReason } from './network-error';

describe('networkErrorReason', () => {
  it('names the system error code a failed fetch carries in its cause', async () => {
    // A port that was just free: nothing listens there.
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const error = await fetch(`http://127.0.0.1:${port}/`).catch((caught: unknown) => caught);
    expect(networkErrorReason(error)).toBe('ECONNREFUSED');
  });

  it('falls back to the cause’s message, then the error’s, never "[object Object]"', () => {
    expect(networkErrorReason(new Error('fetch failed', { cause: { message: 'socket hang up' } }))).toBe('socket hang up');
    expect(networkErrorReason(new Error('fetch failed', { cause: {} }))).toBe('fetch failed');
    expect(networkErrorReason('odd')).toBe('network error');
  });
});
