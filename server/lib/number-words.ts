/** Whole numbers as words, as a character would say them: 17 → "seventeen", 142 → "a hundred and forty-two". */

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

/** 0 to 999 in words; anything else is a mistake of the caller and throws. */
export function numberWord(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`numberWord: ${n} is not a whole number from 0 to 999`);
  if (n < 20) return ONES[n];
  if (n < 100) return `${TENS[Math.floor(n / 10)]}${n % 10 ? `-${ONES[n % 10]}` : ''}`;
  const hundreds = n < 200 ? 'a hundred' : `${ONES[Math.floor(n / 100)]} hundred`;
  return n % 100 ? `${hundreds} and ${numberWord(n % 100)}` : hundreds;
}

/** The ordinal of `numberWord`: 1 → "first", 42 → "forty-second", 100 → "a hundredth". */
export function ordinalWord(n: number): string {
  const word = numberWord(n);
  const [, head = '', last = word] = /^(.*[ -])?([a-z]+)$/.exec(word) ?? [];
  if (ORDINAL_ONES[last]) return head + ORDINAL_ONES[last];
  if (last.endsWith('y')) return `${head}${last.slice(0, -1)}ieth`;
  return `${head}${last}th`;
}

/** Words back to a number: "sixty" → 60, "forty-two" → 42, "nine" → 9; null for anything else (to 99). */
export function numberFromWords(text: string): number | null {
  const [first = '', second] = text.toLowerCase().split('-');
  const small = ONES.indexOf(first);
  if (small >= 0 && second === undefined) return small;
  const tens = TENS.indexOf(first);
  if (tens < 2) return null;
  if (second === undefined) return tens * 10;
  const unit = ONES.indexOf(second);
  return unit > 0 && unit < 10 ? tens * 10 + unit : null;
}
