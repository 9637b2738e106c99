import type { DocumentKind } from './read-document';

/** A passage aims at this many characters: a paragraph or two, enough to answer from. */
const TARGET = 600;
/** and is cut at a sentence, or failing that at a space, beyond this. */
const MAX = 1_000;

/**
 * A document's text cut into passages in reading order, for the index and for "Sources": whole
 * paragraphs joined up to about TARGET characters, a long paragraph cut between sentences. A CSV
 * passage is a run of rows, each run starting with the header row so that it reads on its own.
 */
export function splitPassages(text: string, kind: DocumentKind): string[] {
  if (kind === 'csv') return csvPassages(text);
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .flatMap((paragraph) => (paragraph.length > MAX ? cutLong(paragraph) : [paragraph]));
  return joinUpTo(paragraphs, '\n\n');
}

function joinUpTo(pieces: string[], separator: string, lead = ''): string[] {
  const passages: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current && current.length + separator.length + piece.length > TARGET) {
      passages.push(current);
      current = '';
    }
    current = current ? `${current}${separator}${piece}` : `${lead}${piece}`;
  }
  if (current) passages.push(current);
  return passages;
}

/** A paragraph longer than MAX, cut between sentences (or, for one endless sentence, at spaces). */
function cutLong(paragraph: string): string[] {
  const sentences = paragraph.match(/[^.!?]+(?:[.!?]+["'”’)\]]*|$)\s*/g) ?? [paragraph];
  const pieces = sentences.flatMap((sentence) => (sentence.length > MAX ? cutAtSpaces(sentence) : [sentence.trim()]));
  return joinUpTo(pieces.filter(Boolean), ' ');
}

function cutAtSpaces(text: string): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > MAX) {
    const space = rest.lastIndexOf(' ', MAX);
    const cut = space > MAX / 2 ? space : MAX;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

function csvPassages(text: string): string[] {
  const lines = text.split('\n').filter((line) => line.trim());
  const [header, ...rows] = lines;
  if (header === undefined) return [];
  if (rows.length === 0) return [header];
  const pieces = rows.flatMap((row) => (row.length > MAX ? cutAtSpaces(row) : [row]));
  return joinUpTo(pieces, '\n', `${header}\n`);
}
