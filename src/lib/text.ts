/** Lower-cased, accents stripped: what search compares. */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Up to two initials for an avatar: "Mara Quill" → "MQ", "HAL-9000" → "H9". */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/[\s\-_.]+/u)
    .filter(Boolean);
  const letters = (words.length > 1 ? [words[0], words.at(-1)!] : words).map((word) => Array.from(word)[0] ?? '');
  return letters.join('').toUpperCase() || '?';
}
