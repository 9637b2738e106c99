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
