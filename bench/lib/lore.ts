import { Rng } from '../../server/lib/seeded-random';

/**
 * Made-up prose (lore for the knowledge bank, long backstories for history): words drawn from a vocabulary of a few thousand with a
 * Zipf-like skew (a few words everywhere, most rare), in sentences and paragraphs, as lore reads.
 */
export function loreWriter(seed: string) {
  const random = Rng.fromText(seed);
  const rng = () => random.float();
  const syllables = [
    'ka',
    'lo',
    'mer',
    'sal',
    'tin',
    'vor',
    'an',
    'de',
    'ri',
    'mo',
    'gul',
    'hes',
    'tor',
    'lin',
    'bra',
    'wen',
    'ost',
    'fal',
  ];
  const vocabulary: string[] = [];
  for (let index = 0; vocabulary.length < 6_000; index++) {
    const length = 2 + (index % 3);
    let word = '';
    for (let part = 0; part < length; part++) word += syllables[Math.floor(rng() * syllables.length)];
    vocabulary.push(word);
  }
  const common = ['the', 'of', 'and', 'in', 'a', 'was', 'by', 'to', 'at', 'its'];
  const word = () => {
    if (rng() < 0.35) return common[Math.floor(rng() * common.length)];
    // Zipf-like: index ~ vocabulary.length ^ u, so low indices are frequent.
    return vocabulary[Math.min(vocabulary.length - 1, Math.floor(vocabulary.length ** rng()) - 1)];
  };
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(rng() * 14) }, word);
    return `${words.join(' ').replace(/^./, (first) => first.toUpperCase())}.`;
  };
  /** About `bytes` of text in paragraphs of three to six sentences. */
  return (bytes: number) => {
    const paragraphs: string[] = [];
    let size = 0;
    while (size < bytes) {
      const paragraph = Array.from({ length: 3 + Math.floor(rng() * 4) }, sentence).join(' ');
      paragraphs.push(paragraph);
      size += paragraph.length + 2;
    }
    return { text: paragraphs.join('\n\n'), vocabulary };
  };
}
