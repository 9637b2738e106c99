import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** One of this repository's TypeScript files (a path from the root) as its own Node process, through tsx. */
function spawnScript(
  script: string,
  args: string[],
  options: { env: Record<string, string>; nodeArgs?: string[]; stdio: StdioOptions },
): ChildProcess {
  return spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', path.join(root, script), ...args], {
    cwd: root,
    env: { ...process.env, ...options.env },
    stdio: options.stdio,
  });
}

/** Sends `signal` unless the child has already exited, and resolves once it has. */
function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** What a test server starts with unless told otherwise: an empty database, streams at full speed. */
const testDefaults = { SEED_DEMO: 'false', GENERATOR_DELAY_MS: '0' };

/**
 * This project's server as a real child process (server/index.ts), for tests that kill or load it,
 * and for the browser tests (which pass `{}` as `defaults`: demo data, streams at reading pace).
 */
export async function spawnServer(env: Record<string, string>, port?: number, defaults: Record<string, string> = testDefaults) {
  const listenOn = port ?? (await freePort());
  const child = spawnScript('server/index.ts', [], {
    env: { HOST: '127.0.0.1', SKIP_BUILD: 'true', ...defaults, ...env, PORT: String(listenOn) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${listenOn}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited at start:\n${output}`);
    try {
      await fetch(`${url}/dashboard/status`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`the server did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    url,
    port: listenOn,
    pid: child.pid!,
    output: () => output,
    kill: (signal: NodeJS.Signals = 'SIGKILL') => stop(child, signal),
  };
}

/**
 * A fixture script (a benchmark's server, say) as its own Node process, once it has printed its
 * "READY <port> …" line; `info` holds the words after the port. Its errors go to this process's.
 */
export async function spawnFixture(
  script: string,
  args: string[] = [],
  options: { env?: Record<string, string>; nodeArgs?: string[] } = {},
) {
  const child = spawnScript(script, args, { env: options.env ?? {}, nodeArgs: options.nodeArgs, stdio: ['ignore', 'pipe', 'inherit'] });
  const words = await new Promise<string[]>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => candidate.startsWith('READY '));
      if (line) resolve(line.trim().split(' ').slice(1));
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before it was ready`)));
  });
  return {
    port: Number(words[0]),
    info: words.slice(1),
    pid: child.pid!,
    stop: () => stop(child, 'SIGTERM'),
  };
}
