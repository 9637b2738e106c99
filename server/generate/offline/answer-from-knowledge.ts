import { searchTerms, stemOf } from '../../knowledge/search-terms';

/** A sentence a reply can end on; one without a stop gets a full stop. */
const ended = (text: string) => (/[.!?]["'”’)]*$/.test(text) ? text : `${text}.`);

/** A CSV row said as a sentence: "Eel pie: 6 coppers.", or with the column names past the second column. */
function rowSentence(header: string[], row: string): string {
  const [first = '', ...rest] = row.split(',').map((cell) => cell.trim());
  if (rest.length === 0) return ended(first);
  if (rest.length === 1) return ended(`${first}: ${rest[0]}`);
  return ended(`${first}: ${rest.map((cell, index) => (header[index + 1] ? `${header[index + 1]} ${cell}` : cell)).join(', ')}`);
}

/** The sentences of a passage: list markers and headings' hashes left out; a CSV's rows each one. */
function sentencesOf(passage: { fileName: string; text: string }): string[] {
  const lines = passage.text
    // A numbered list run into one line ("...by the day. 2. LOST: grey cat..."): an item a line.
    .replace(/(?<=[.!?]["'”’)]*)\s+\(?\d{1,2}[.)]\s+(?=[\p{Lu}"“])/gu, '\n')
    .split('\n')
    .map((text) => text.trim())
    .filter(Boolean);
  if (/\.csv$/i.test(passage.fileName)) {
    const header = (lines[0] ?? '').split(',').map((cell) => cell.trim());
    return lines.slice(1).map((row) => rowSentence(header, row));
  }
  return lines
    .map((text) => text.replace(/^(?:#+\s*|[-*•]\s+|\(?\d+[.)]\s+)/, ''))
    .flatMap(splitSentences)
    .filter((sentence) => /\p{L}/u.test(sentence));
}

/** A title rather than a sentence: every word capitalised but the small ones ("Ardent Hall Museum of History."). */
const isHeading = (sentence: string) =>
  sentence
    .replace(/[.!?]+$/, '')
    .split(/\s+/)
    .every((word) => /^[\p{Lu}\p{N}]/u.test(word) || /^(?:of|the|and|a|an|in|on|at|for|to|de|la|le|von|van)$/.test(word));

/** Words with a full stop that end no sentence: "Dr. Okafor", "Thurs. 11:40 pm", "St. Pölten". */
const ABBREVIATIONS = new Set(
  'mr mrs ms mx dr st mt no nos vs etc approx dep arr lat long min deg capt col gen gov lt sgt prof rev jr sr jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun fig vol ch pp p'.split(
    ' ',
  ),
);

/** A line cut into sentences at a stop followed by a capital or a quotation, not after an abbreviation or an initial. */
function splitSentences(line: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const stop of line.matchAll(/[.!?]+["'”’)]*\s+(?=[\p{Lu}"“‘'(])/gu)) {
    const end = stop.index + stop[0].length;
    const before = /([\p{L}]+)\.["'”’)]*\s+$/u.exec(line.slice(start, end))?.[1] ?? '';
    if (stop[0].startsWith('.') && (ABBREVIATIONS.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before))) continue;
    sentences.push(line.slice(start, end).trim());
    start = end;
  }
  sentences.push(line.slice(start).trim());
  return sentences.filter(Boolean);
}

/**
 * What a knowledge-bank passage says to the player's words, as the character says it: the sentence
 * sharing the most words with what was said (with the next one when that answers too), a
 * CSV row as a sentence. Null when no sentence shares a word with it.
 */
export function knowledgeFact(passage: { fileName: string; text: string } | undefined, userText: string): string | null {
  if (!passage) return null;
  const stems = searchTerms(userText).map(stemOf);
  const score = (sentence: string | undefined) => {
    const lower = (sentence ?? '').toLowerCase();
    return stems.filter((stem) => lower.includes(stem)).length;
  };
  const sentences = sentencesOf(passage);
  let best = 0;
  sentences.forEach((sentence, index) => {
    if (score(sentence) > score(sentences[best])) best = index;
  });
  const chosen = sentences[best];
  if (!chosen || score(chosen) === 0) return null;
  const next = sentences[best + 1];
  // The next sentence too when it also answers, or when the one chosen is only a heading.
  const alsoNext = next !== undefined && !/\.csv$/i.test(passage.fileName) && (score(next) > 0 || isHeading(chosen)) && next.length < 160;
  return ended(alsoNext ? `${chosen} ${next}` : chosen);
}
