import { offlineGenerator } from '../server/generate/offline-generator';
import { espeakSynthesizer } from '../server/speech/synthesizer';
import { addCharacters, BENCH_KEY, fixtureServer } from './lib/fixture-server';
import { median, ms, type Bench } from './lib/report';

/** A reply of 40 words, as a character might give one. */
const FORTY_WORDS =
  'I was born in the cellar of this very tavern, the night the river came through the door. My mother said I came up with the barrels. Forty years on, I still know every step down there in the dark.';

/**
 * A character's reply spoken (the synthesizer in its own process: its first start, then warm), and
 * a streamed reply's first piece against its end, at the offline generator's speaking pace.
 */
export const replies: Bench = {
  name: 'replies',
  async run({ smoke, log }) {
    const runs = smoke ? 2 : 10;
    const synthesizer = espeakSynthesizer();
    let cold = NaN;
    const warm: number[] = [];
    try {
      for (let run = 0; run <= runs; run += 1) {
        const began = performance.now();
        const speech = await synthesizer.speak(FORTY_WORDS, run % 2 ? 'FEMALE' : 'MALE');
        const took = performance.now() - began;
        if (run === 0) cold = took;
        else warm.push(took);
        if (run === 0)
          log(`  speech: ${(speech.durationMs / 1000).toFixed(1)} s of audio, first one (process start included) in ${ms(took)}`);
      }
    } finally {
      await synthesizer.close();
    }
    log(`  speech warm: ${warm.map(ms).join(', ')}`);

    // The offline generator at its default pace (GENERATOR_DELAY_MS 45 ms between pieces).
    let characterId = '';
    const server = await fixtureServer({
      generator: offlineGenerator({ delayMs: 45 }),
      fill: (db, userId) => ([characterId] = addCharacters(db, userId, 1)),
    });
    const firsts: number[] = [];
    const wholes: number[] = [];
    try {
      const ask = async () => {
        const began = performance.now();
        const response = await fetch(`${server.url}/character/getResponse`, {
          method: 'POST',
          headers: { 'CONVAI-API-KEY': BENCH_KEY },
          body: new URLSearchParams({
            charID: characterId,
            sessionID: '-1',
            userText: 'Tell me about yourself.',
            stream: 'True',
          }),
        });
        const reader = response.body!.getReader();
        let first = NaN;
        for (;;) {
          const { done } = await reader.read();
          if (Number.isNaN(first)) first = performance.now() - began;
          if (done) break;
        }
        return { first, whole: performance.now() - began };
      };
      for (let run = 0; run < runs * 2; run += 1) {
        const { first, whole } = await ask();
        firsts.push(first);
        wholes.push(whole);
      }
    } finally {
      await server.close();
    }
    log(`  streamed reply, first piece: ${firsts.map(ms).join(', ')}; last piece: ${wholes.map(ms).join(', ')}`);

    return [
      {
        what: 'speech for a 40-word reply, synthesizer warm',
        measured: `median ${ms(median(warm))}`,
        target: '≤ 1 s',
        met: median(warm) <= 1_000,
      },
      { what: 'speech for a 40-word reply, first (synthesizer process starting)', measured: ms(cold), target: 'reported', met: null },
      {
        what: 'streamed reply: first piece (offline, 45 ms pace)',
        measured: `median ${ms(median(firsts))}; the whole reply in ${ms(median(wholes))}`,
        target: '≤ 100 ms',
        met: median(firsts) <= 100,
      },
    ];
  },
};
