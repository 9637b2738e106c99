/** Lower-cased, accents stripped: what search compares. */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Up to two initials for an avatar: "Mara Quill" → "MQ", "HAL-9000" → "H9", "Mara Quill (2)" → "MQ". */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/[\s\-_.]+/u)
    // A copy's number ("(2)") is no initial, nor is the punctuation a word starts with ("“Red” Mara").
    .filter((word) => !/^\(\d+\)$/u.test(word))
    .map((word) => word.replace(/^\p{P}+/u, ''))
    .filter(Boolean);
  const letters = (words.length > 1 ? [words[0], words.at(-1)!] : words).map((word) => Array.from(word)[0] ?? '');
  return letters.join('').toUpperCase() || '?';
}

/**
 * Splits a text around the query's occurrences, for highlighting. Matching ignores case and
 * accents, like the search; when the text's length changes under that folding, it falls back to
 * case-insensitive matching only.
 */
export function highlightParts(text: string, query: string): Array<{ text: string; match: boolean }> {
  const needle = query.trim();
  if (!needle) return [{ text, match: false }];
  const folded = searchable(text);
  const foldedNeedle = searchable(needle);
  const haystack = folded.length === text.length ? folded : text.toLowerCase();
  const target = folded.length === text.length ? foldedNeedle : needle.toLowerCase();
  const parts: Array<{ text: string; match: boolean }> = [];
  let from = 0;
  for (let at = haystack.indexOf(target); at !== -1 && target; at = haystack.indexOf(target, at + target.length)) {
    if (at > from) parts.push({ text: text.slice(from, at), match: false });
    parts.push({ text: text.slice(at, at + target.length), match: true });
    from = at + target.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), match: false });
  return parts;
}

/** The first words of a text, on one line: at most `max` characters, cut at a word, "…" where cut. */
export function excerpt(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.!?-]+$/u, '')}…`;
}

/** "1 card", "3 cards", "2 entries": a count with its noun. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

// Words whose full stop does not end a sentence.
const abbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'mt',
  'sr',
  'jr',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'no',
  'capt',
  'lt',
  'sgt',
  'prof',
]);

/**
 * Where the complete sentences of a growing text end: the index just after the last sentence that
 * is certainly finished (its end mark followed by a space or a line break, or a blank line), at or
 * after `from`; `from` itself when no new sentence is complete. An end mark at the very end of the
 * text does not count: more may come ("Dr." then " Brandt").
 */
export function completeSentencesEnd(text: string, from = 0): number {
  let end = from;
  const mark = /([.!?…]+["'”’)\]]*)(\s+|$)|\n\s*\n/gu;
  mark.lastIndex = from;
  for (let found = mark.exec(text); found; found = mark.exec(text)) {
    if (found[1] === undefined) {
      end = found.index + found[0].length;
      continue;
    }
    if (found.index + found[0].length === text.length && found[2] === '') break;
    const word = /(\S+)$/u.exec(text.slice(Math.max(0, found.index - 12), found.index))?.[1] ?? '';
    if (found[1] === '.' && abbreviations.has(word.replace(/^\p{P}+/u, '').toLowerCase())) continue;
    // Initials ("J. R. Brandt") are no sentence end either.
    if (found[1] === '.' && /^\p{Lu}$/u.test(word)) continue;
    end = found.index + found[1].length;
  }
  return end;
}
