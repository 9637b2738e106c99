/** Small numbers as words: 17 → "seventeen", ordinal 17 → "seventeenth". */

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_ONES: Record<string, string> = {
  one: 'first',
  two: 'second',
  three: 'third',
  five: 'fifth',
  eight: 'eighth',
  nine: 'ninth',
  twelve: 'twelfth',
};

export function numberWord(value: number): string {
  const n = Math.max(0, Math.min(99, Math.round(value)));
  if (n < 20) return ONES[n] as string;
  const tens = TENS[Math.floor(n / 10)] as string;
  return n % 10 === 0 ? tens : `${tens}-${ONES[n % 10]}`;
}

export function ordinalWord(value: number): string {
  const word = numberWord(value);
  const parts = word.split('-');
  const last = parts.pop() as string;
  let ordinal: string;
  if (ORDINAL_ONES[last]) ordinal = ORDINAL_ONES[last] as string;
  else if (last.endsWith('y')) ordinal = `${last.slice(0, -1)}ieth`;
  else ordinal = `${last}th`;
  return [...parts, ordinal].join('-');
}
