/** A text as a regular expression that matches it literally ("Dr." matches a dot, not any letter). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
