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
    .split('\n')
    .map((text) => text.trim())
    .filter(Boolean);
  if (/\.csv$/i.test(passage.fileName)) {
    const header = (lines[0] ?? '').split(',').map((cell) => cell.trim());
    return lines.slice(1).map((row) => rowSentence(header, row));
  }
  return lines
    .map((text) => text.replace(/^(?:#+\s*|[-*•]\s+|\(?\d+[.)]\s+)/, ''))
    .flatMap((text) => text.match(/[^.!?]+(?:[.!?]+["'”’)]*|$)/g) ?? [])
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
}

/**
 * What a knowledge-bank passage says to the player's words, as the character says it: the sentence
 * sharing the most words with what was said (with the next one when it is short, or as good), a
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
  const alsoNext =
    next !== undefined && !/\.csv$/i.test(passage.fileName) && (chosen.length < 60 || score(next) === score(chosen)) && next.length < 160;
  return ended(alsoNext ? `${chosen} ${next}` : chosen);
}
