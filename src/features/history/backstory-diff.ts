import { diffLines, diffWords } from 'diff';

/** A run of text kept, added or removed. */
export type TextPart = { value: string; added: boolean; removed: boolean };

/** How long the word diff of the whole text may take before it is done paragraph by paragraph instead. */
const WHOLE_MS = 50;
/** How long the word diffs of changed paragraphs may take together; past it, a paragraph shows as replaced whole. */
const PARAGRAPHS_MS = 50;

const part = (value: string, kind: 'same' | 'added' | 'removed'): TextPart => ({
  value,
  added: kind === 'added',
  removed: kind === 'removed',
});

/**
 * The word-level difference of two backstories. Two 20,000-character texts that share little take
 * seconds to diff word by word (the diff explores every way to match their common words), so past
 * a time limit the text is diffed paragraph by paragraph, and each changed paragraph word by word
 * while time allows. Either way the kept and removed parts hold the words of `before`, the kept and
 * added parts those of `after` (diffWords compares words, and keeps whitespace as far as it can).
 */
export function diffBackstory(before: string, after: string): TextPart[] {
  const whole = diffWords(before, after, { timeout: WHOLE_MS });
  if (whole) return whole.map((change) => part(change.value, change.added ? 'added' : change.removed ? 'removed' : 'same'));

  const deadline = performance.now() + PARAGRAPHS_MS;
  const parts: TextPart[] = [];
  const paragraphs = diffLines(before, after);
  for (let index = 0; index < paragraphs.length; index += 1) {
    const change = paragraphs[index];
    const next = paragraphs[index + 1];
    if (change.removed && next?.added) {
      const left = deadline - performance.now();
      const words = left > 0 ? diffWords(change.value, next.value, { timeout: left }) : undefined;
      if (words) parts.push(...words.map((word) => part(word.value, word.added ? 'added' : word.removed ? 'removed' : 'same')));
      else parts.push(part(change.value, 'removed'), part(next.value, 'added'));
      index += 1;
    } else {
      parts.push(part(change.value, change.added ? 'added' : change.removed ? 'removed' : 'same'));
    }
  }
  return parts;
}

export const wordCount = (text: string) => text.match(/\S+/g)?.length ?? 0;

/** What a diff shows: changes, kept text, and long kept stretches folded to their ends. */
export type Shown = { kind: 'part'; part: TextPart } | { kind: 'fold'; id: number; hidden: string; words: number };

/** Kept text longer than this is folded… */
const FOLD_OVER = 700;
/** …keeping this much on each side of a change. */
const CONTEXT = 200;

/** Cuts at a word boundary near `at`, looking toward `direction` (so a fold never splits a word). */
function boundary(text: string, at: number, direction: 1 | -1): number {
  let index = at;
  while (index > 0 && index < text.length && /\S/.test(text[index - 1]) && /\S/.test(text[index])) index += direction;
  return index;
}

/** Folds the long unchanged stretches of a diff, keeping a little context around every change. */
export function foldUnchanged(parts: readonly TextPart[]): Shown[] {
  const shown: Shown[] = [];
  let folds = 0;
  parts.forEach((current, index) => {
    if (current.added || current.removed || current.value.length <= FOLD_OVER) {
      shown.push({ kind: 'part', part: current });
      return;
    }
    const text = current.value;
    const first = index === 0;
    const last = index === parts.length - 1;
    const start = first ? 0 : boundary(text, CONTEXT, 1);
    const end = last ? text.length : boundary(text, text.length - CONTEXT, -1);
    if (end - start < CONTEXT) {
      shown.push({ kind: 'part', part: current });
      return;
    }
    if (start > 0) shown.push({ kind: 'part', part: part(text.slice(0, start), 'same') });
    const hidden = text.slice(start, end);
    shown.push({ kind: 'fold', id: folds++, hidden, words: wordCount(hidden) });
    if (end < text.length) shown.push({ kind: 'part', part: part(text.slice(end), 'same') });
  });
  return shown;
}
