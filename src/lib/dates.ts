/**
 * Parses the API's timestamps. Record times ("2023-11-07T02:57:59") and chat times carry no zone:
 * they are UTC.
 */
export function parseApiTimestamp(value: string | null | undefined): Date | null {
  if (!value) return null;
  const text = value.trim().replace(' ', 'T');
  const zoned = /[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text}Z`;
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) ? null : date;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const formatDate = (date: Date) => dateFormat.format(date);
export const formatDateTime = (date: Date) => dateTimeFormat.format(date);
