/**
 * Why a `fetch` to another service failed, in a word a person can look up: the system's error code
 * ("ECONNREFUSED", "ENOTFOUND") that Node's fetch puts in the error's cause, else its message.
 */
export function networkErrorReason(error: unknown): string {
  const cause: unknown = error instanceof Error ? error.cause : undefined;
  if (cause && typeof cause === 'object') {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && code) return code;
    if (typeof message === 'string' && message) return message;
  }
  if (error instanceof Error && error.message) return error.message;
  return 'network error';
}
