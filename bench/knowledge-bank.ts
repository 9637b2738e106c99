import { createKnowledgeStore } from '../server/db/knowledge';
import { findPassages } from '../server/knowledge/find-passages';
import { splitPassages } from '../server/knowledge/split-passages';
import { openDatabase } from '../server/db/connection';
import { registerUsers } from '../server/db/users';
import { addCharacters, BENCH_KEY, fixtureServer } from './lib/fixture-server';
import { Rng } from '../server/lib/seeded-random';
import { launchBrowser, newPage } from './lib/browser';
import { loreWriter } from './lib/lore';
import { median, ms, percentile, type Bench, type Row } from './lib/report';

const FACT = 'The Harbour Bell of Saltmere was cast in 1742 by Ottilie Brandt.';
const QUESTION = 'Who cast the Harbour Bell of Saltmere?';

/**
 * The knowledge bank: how soon a large uploaded text answers questions, and what looking up the
 * passages for a reply costs when a character has a thousand documents.
 */
export const knowledgeBank: Bench = {
  name: 'knowledge-bank',
  async run({ smoke, log }) {
    return [...(await uploadToAnswer(smoke, log)), ...retrieval(smoke, log), ...(await uploadProgress(smoke, log))];
  },
};

/** Upload of a 10 MB text through HTTP until a reply quotes the fact at its very end. */
async function uploadToAnswer(smoke: boolean, log: (line: string) => void): Promise<Row[]> {
  const megabytes = smoke ? 1 : 10;
  const { text } = loreWriter('upload')(megabytes * 1_000_000);
  const body = `${text}\n\n${FACT}\n`;
  let characterId = '';
  const server = await fixtureServer({
    fill: (db, userId) => {
      [characterId] = addCharacters(db, userId, 1);
    },
  });
  const timings: number[] = [];
  try {
    const call = async (path: string, init: RequestInit) => {
      const response = await fetch(`${server.url}${path}`, {
        ...init,
        method: 'POST',
        headers: { 'CONVAI-API-KEY': BENCH_KEY, ...init.headers },
      });
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as Record<string, unknown>;
    };
    const json = (value: unknown) => ({ body: JSON.stringify(value), headers: { 'Content-Type': 'application/json' } });
    for (let run = 0; run < (smoke ? 1 : 3); run++) {
      const began = performance.now();
      const form = new FormData();
      form.append('file_name', `lore-${run}.txt`);
      form.append('file', new Blob([body]), `lore-${run}.txt`);
      const document = await call('/character/knowledge-bank/upload', { body: form });
      await call('/character/update', json({ charID: characterId, docs: [{ id: document.id, status: 'active' }] }));
      for (;;) {
        const listed = (await call('/character/knowledge-bank/list', json({ character_id: characterId }))) as {
          docs: Array<{ id: string; processing_status: string; processing_error: string | null }>;
        };
        const state = listed.docs.find((doc) => doc.id === document.id);
        if (state?.processing_status === 'failed') throw new Error(`processing failed: ${state.processing_error}`);
        if (state?.processing_status === 'ready') break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const answer = await call('/character/getResponse', json({ charID: characterId, sessionID: '-1', userText: QUESTION }));
      if (!String(answer.text).includes('1742')) throw new Error(`the reply does not quote the document: ${String(answer.text)}`);
      timings.push(performance.now() - began);
      // The next run starts from a character without it.
      await call('/character/update', json({ charID: characterId, docs: [{ id: document.id, status: 'inactive' }] }));
    }
  } finally {
    await server.close();
  }
  log(`  ${megabytes} MB uploaded, read, indexed and quoted: ${timings.map((value) => ms(value)).join(', ')}`);
  return [
    {
      what: `${megabytes} MB text file: upload → a reply quotes its last line`,
      measured: `median ${ms(median(timings))}`,
      target: '≤ 3 s',
      met: median(timings) <= 3_000,
    },
  ];
}

/** findPassages for a reply, a character connected to 1,000 documents of 50 KB (50 MB of text). */
function retrieval(smoke: boolean, log: (line: string) => void): Row[] {
  const documents = smoke ? 50 : 1_000;
  const write = loreWriter('retrieval');
  // The database is filled in this process; the lookups are what a reply does before it is written.
  const { db } = openDatabase(':memory:');
  const timings: number[] = [];
  let bytes = 0;
  let withPassages = 0;
  const questions = smoke ? 20 : 300;
  try {
    const userId = registerUsers(db, [BENCH_KEY]).get(BENCH_KEY)!.id;
    const [characterId] = addCharacters(db, userId, 1);
    const store = createKnowledgeStore(db);
    let vocabulary: string[] = [];
    const buildBegan = performance.now();
    db.transaction(() => {
      for (let index = 0; index < documents; index++) {
        const written = write(50_000);
        vocabulary = written.vocabulary;
        bytes += written.text.length;
        const document = store.createWithText(
          userId,
          { fileName: `lore-${index}.txt`, fileSize: written.text.length, kind: 'text' },
          splitPassages(written.text, 'text'),
        );
        store.setConnections(characterId, [{ id: document.id, status: 'active' }]);
      }
    })();
    log(`  ${documents} documents, ${(bytes / 1e6).toFixed(1)} MB, indexed in ${ms(performance.now() - buildBegan)}`);
    const random = Rng.fromText('questions');
    // Three words of the lore, rare and common alike, among the words every question has.
    const pick = () => vocabulary[Math.min(vocabulary.length - 1, Math.floor(vocabulary.length ** random.float()) - 1)];
    for (let index = 0; index < questions; index++) {
      const question = `What do you know about the ${pick()} ${pick()} of ${pick()}?`;
      const began = performance.now();
      const found = findPassages(store, characterId, question, 3);
      timings.push(performance.now() - began);
      if (found.length > 0) withPassages += 1;
    }
  } finally {
    db.close();
  }
  log(`  ${withPassages} of ${questions} questions found passages; median ${ms(median(timings))}, worst ${ms(Math.max(...timings))}`);
  return [
    {
      what: `passages for a reply, ${documents.toLocaleString('en-US')} documents (${(bytes / 1e6).toFixed(0)} MB of text)`,
      measured: `median ${ms(median(timings))}, p95 ${ms(percentile(timings, 95))}`,
      target: '≤ 20 ms',
      met: percentile(timings, 95) <= 20,
    },
  ];
}

/**
 * The Knowledge bank page uploading a file over a link throttled to 4 MB/s (Chromium's network
 * emulation): the longest time the file's progress bar went without moving, from its first
 * move to 100 %.
 */
async function uploadProgress(smoke: boolean, log: (line: string) => void): Promise<Row[]> {
  const megabytes = smoke ? 2 : 12;
  const server = await fixtureServer();
  const browser = await launchBrowser();
  const gaps: number[] = [];
  let updates = 0;
  try {
    const page = await newPage(browser);
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${server.url}/knowledge`);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 4 * 1024 * 1024,
    });
    // Every change of the bar's value, timed in the page.
    await page.evaluate(() => {
      const w = window as unknown as { __progress: Array<{ at: number; value: string }> };
      w.__progress = [];
      new MutationObserver((mutations) => {
        for (const mutation of mutations) {
          const target = mutation.target as Element;
          if (target.getAttribute('role') === 'progressbar' && mutation.attributeName === 'aria-valuenow') {
            w.__progress.push({ at: performance.now(), value: target.getAttribute('aria-valuenow') ?? '' });
          }
        }
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-valuenow'] });
    });
    const text = 'The tide tables of Saltmere are kept by the harbour master.\n'.repeat(Math.ceil((megabytes * 1024 * 1024) / 60));
    await page.locator('input[type="file"]').setInputFiles({ name: 'tides.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.getByRole('progressbar', { name: 'Uploading tides.txt' }).waitFor();
    await page.waitForFunction(
      () => (window as unknown as { __progress: Array<{ value: string }> }).__progress.some((change) => change.value === '100'),
      undefined,
      { timeout: 60_000 },
    );
    const changes = await page.evaluate(() => (window as unknown as { __progress: Array<{ at: number; value: string }> }).__progress);
    updates = changes.length;
    for (let index = 1; index < changes.length; index++) gaps.push(changes[index].at - changes[index - 1].at);
  } finally {
    await browser.close();
    await server.close();
  }
  const longest = Math.max(...gaps);
  log(`  ${megabytes} MB at 4 MB/s: ${updates} progress updates, median gap ${ms(median(gaps))}, longest ${ms(longest)}`);
  return [
    {
      what: `upload progress, ${megabytes} MB at 4 MB/s: longest time without an update`,
      measured: `${ms(longest)} (${updates} updates, median gap ${ms(median(gaps))})`,
      target: '≤ 250 ms',
      met: updates > 1 && longest <= 250,
    },
  ];
}
