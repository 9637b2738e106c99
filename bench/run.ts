/**
 * `npm run bench`: every benchmark, one table, and (full runs) BENCHMARKS.md with the machine it
 * ran on. `npm run bench -- --smoke` is the quick run `npm test` does so the suite never rots;
 * `--only=name,name` picks benchmarks.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumExecutable } from '../e2e/support/chromium';
import { cards } from './cards';
import { concurrentStreams } from './concurrent-streams';
import { fastStream } from './fast-stream';
import { firstPageJs } from './first-page-js';
import { formatTable, type Bench, type Row } from './lib/report';
import { history } from './history';
import { insights } from './insights';
import { knowledgeBank } from './knowledge-bank';
import { longTranscript } from './long-transcript';
import { manyCharacters } from './many-characters';
import { narrativeGraph } from './narrative-graph';
import { replies } from './replies';
import { searchSessions } from './search-sessions';
import { serverThroughput } from './server-throughput';
import { start } from './start';
import { streamToScreen } from './stream-to-screen';

const benches: Bench[] = [
  firstPageJs,
  streamToScreen,
  fastStream,
  manyCharacters,
  longTranscript,
  narrativeGraph,
  searchSessions,
  knowledgeBank,
  history,
  insights,
  cards,
  serverThroughput,
  concurrentStreams,
  replies,
  start,
];

const smoke = process.argv.includes('--smoke');
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const chosen = only ? benches.filter((bench) => only.includes(bench.name)) : benches;

const rows: Row[] = [];
let failed = false;
for (const bench of chosen) {
  const began = performance.now();
  console.log(`▶ ${bench.name}${smoke ? ' (smoke)' : ''}`);
  try {
    rows.push(...(await bench.run({ smoke, log: (line) => console.log(line) })));
  } catch (error) {
    failed = true;
    console.error(`  ${bench.name} failed:`, error);
    rows.push({ what: bench.name, measured: `FAILED: ${(error as Error).message.split('\n')[0]}`, target: '', met: false });
  }
  console.log(`  (${((performance.now() - began) / 1000).toFixed(1)} s)`);
}

const table = formatTable(rows);
console.log(`\n${table}\n`);

if (!smoke && !only) {
  const chromiumVersion = (() => {
    try {
      const executable = chromiumExecutable() ?? chromium.executablePath();
      return execSync(`${executable} --version`, { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim();
    } catch {
      return 'unknown';
    }
  })();
  const cpus = os.cpus();
  const machine = [
    `- date: ${new Date().toISOString()}`,
    `- CPU: ${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`,
    `- memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node.js ${process.version}; ${chromiumVersion}`,
  ].join('\n');
  const file = path.resolve(import.meta.dirname, '../BENCHMARKS.md');
  const notes = fs.existsSync(file) ? (fs.readFileSync(file, 'utf8').split('<!-- notes -->')[1] ?? '') : '';
  fs.writeFileSync(
    file,
    `# Benchmarks\n\nWritten by \`npm run bench\` (do not edit above the notes). Figures are medians of several runs in one invocation; comparisons ran side by side in the same run. The machine is shared and noisy: read ratios and orders of magnitude, not the last digit.\n\n## Machine\n\n${machine}\n\n## Results\n\n${table}\n\n<!-- notes -->${notes || '\n'}`,
  );
  console.log(`Recorded in ${path.relative(process.cwd(), file)}.`);
}

// A smoke run fails only when a benchmark breaks, not when a target is missed.
process.exit(failed ? 1 : 0);
