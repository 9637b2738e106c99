import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { createApp } from '../server/app';
import type { CardV3 } from '../server/cards/card-types';
import { placeholderPng } from '../server/cards/png-chunks';
import { writeCard } from '../server/cards/write-card';
import { openDatabase } from '../server/db/connection';
import { loreWriter } from './lib/lore';
import { median, ms, type Bench } from './lib/report';

const KEY = 'bench-cards-key-0001';
/** As many files as one import takes. */
const FILES_PER_REQUEST = 20;

/** `count` card files: every other one a V3 PNG with a 400×600 picture, the rest V2 JSON; one in five with a lorebook of ten entries. */
function cardFiles(count: number): File[] {
  const write = loreWriter('cards');
  return Array.from({ length: count }, (_, index) => {
    const name = `Card character ${String(index).padStart(4, '0')}`;
    const lore = write(2_400).text.split('\n\n');
    const data = {
      name,
      description: lore.slice(0, 2).join('\n\n'),
      personality: 'Curious, patient, stubborn about small things.',
      scenario: lore[2] ?? '',
      first_mes: `Good evening. I am ${name}.`,
      mes_example: '<START>\n{{user}}: Who are you?\n{{char}}: Someone who remembers.',
      tags: ['bench', index % 2 ? 'png' : 'json'],
      ...(index % 5 === 0
        ? {
            character_book: {
              extensions: {},
              entries: Array.from({ length: 10 }, (_, entry) => ({
                keys: [`place ${entry}`],
                content: lore[entry % lore.length] ?? 'A place.',
                extensions: {},
                enabled: true,
                insertion_order: entry,
              })),
            },
          }
        : {}),
    };
    if (index % 2 === 0) {
      return new File([JSON.stringify({ spec: 'chara_card_v2', spec_version: '2.0', data })], `card-${index}.json`);
    }
    const card = {
      spec: 'chara_card_v3',
      spec_version: '3.0',
      data: {
        ...data,
        creator_notes: '',
        system_prompt: '',
        post_history_instructions: '',
        alternate_greetings: [],
        creator: 'bench',
        character_version: '1',
        extensions: {},
        group_only_greetings: [],
      },
    } as CardV3;
    const image = { bytes: placeholderPng(name), mime: 'image/png' };
    return new File([writeCard(card, 'png', { image }).bytes as BlobPart], `card-${index}.png`);
  });
}

/** The server on a fresh database on disk (WAL, synchronous=FULL, as it runs), its pictures and documents beside it. */
function freshServer() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convai-bench-cards-'));
  const { db } = openDatabase(dir);
  const app = createApp({
    db,
    localApiKeys: [KEY],
    distDir: null,
    pictureDir: path.join(dir, 'pictures'),
    knowledgeDir: path.join(dir, 'knowledge-bank'),
  });
  return {
    app,
    close: () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function importAll(app: ReturnType<typeof createApp>, files: File[]): Promise<string[]> {
  const ids: string[] = [];
  for (let from = 0; from < files.length; from += FILES_PER_REQUEST) {
    const form = new FormData();
    for (const file of files.slice(from, from + FILES_PER_REQUEST)) form.append('file', file, file.name);
    const response = await app.request('/dashboard/cards/import', { method: 'POST', body: form });
    const body = (await response.json()) as { files?: Array<{ ok: boolean; charID?: string; error?: string }> };
    const failed = body.files?.find((file) => !file.ok);
    if (response.status !== 200 || failed) throw new Error(`import: ${response.status} ${failed?.error ?? JSON.stringify(body)}`);
    ids.push(...(body.files ?? []).map((file) => String(file.charID)));
  }
  return ids;
}

/**
 * Character cards: importing many through `/dashboard/cards/import` (20 files a request, as the
 * dashboard sends them; each file its own transaction, picture and document written), and exporting
 * many characters as one zip of PNG cards.
 */
export const cards: Bench = {
  name: 'cards',
  async run({ smoke, log }) {
    const count = smoke ? 40 : 500;
    const exported = smoke ? 10 : 100;
    const runs = smoke ? 1 : 3;
    const files = cardFiles(count);
    const megabytes = files.reduce((sum, file) => sum + file.size, 0) / 1024 / 1024;
    const imports: number[] = [];
    const exports: number[] = [];
    for (let run = 0; run < runs; run++) {
      const server = freshServer();
      try {
        const began = performance.now();
        const ids = await importAll(server.app, files);
        imports.push(performance.now() - began);

        const exportBegan = performance.now();
        const response = await server.app.request('/dashboard/cards/export', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ character_ids: ids.slice(0, exported), format: 'png' }),
        });
        const zip = new Uint8Array(await response.arrayBuffer());
        exports.push(performance.now() - exportBegan);
        const inside = Object.keys(unzipSync(zip)).length;
        if (response.status !== 200 || inside !== exported) throw new Error(`export: ${response.status}, ${inside} files in the zip`);
        log(
          `  run ${run + 1}: ${count} cards (${megabytes.toFixed(1)} MB) imported in ${ms(imports.at(-1)!)}; ${exported} exported as a zip (${(zip.byteLength / 1024 / 1024).toFixed(1)} MB) in ${ms(exports.at(-1)!)}`,
        );
      } finally {
        server.close();
      }
    }
    return [
      {
        what: `importing ${count} cards (half PNG, half JSON; a lorebook in one of five)`,
        measured: `median ${ms(median(imports))}`,
        target: '≤ 5 s',
        met: median(imports) <= 5_000,
      },
      {
        what: `exporting ${exported} characters as a zip of PNG cards`,
        measured: `median ${ms(median(exports))}`,
        target: '≤ 2 s',
        met: median(exports) <= 2_000,
      },
    ];
  },
};
