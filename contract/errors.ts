/**
 * The contract's error bodies. Every error body is a one-key object whose key depends on the
 * endpoint; clients read any of them.
 */

export const errorKeys = ['ERROR', 'API_ERROR', 'INTERNAL_ERROR', 'detail', 'error'] as const;
export type ErrorKey = (typeof errorKeys)[number];

export const errorMessages = {
  missingKey: 'api_key not found.',
  invalidKey: 'Invalid API key provided.',
  createFailed: 'Error in creating the character. Check if all the input data is valid. Contact support for more info.',
  characterNotFound: 'Could not fetch character details from all_characters table.',
  updateFailed: 'Could not update all_characters table.',
  databaseCallsFailed: 'INTERNAL SERVER ERROR, one or more database calls failed!',
  rateLimited: 'Rate limit exceeded.',
} as const;

export const interactionErrors = {
  oneInput: "Expecting only one; either an audio file or user's query as a string",
} as const;

/** Reads the message out of any of the contract's error bodies, or null when the body is not one. */
export function errorMessageOf(body: unknown): string | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const record = body as Record<string, unknown>;
  for (const key of errorKeys) {
    const value = record[key];
    if (typeof value === 'string' && value) return value;
    // FastAPI-style validation errors: {"detail": [{"msg": "..."}]}
    if (key === 'detail' && Array.isArray(value) && value.length > 0) {
      const first = value[0] as { msg?: unknown };
      if (typeof first?.msg === 'string') return first.msg;
    }
  }
  // The Interaction API's 404: {"charID": "...", "text": "process_failure, error: ..."}
  if (typeof record.text === 'string' && record.text.startsWith('process_failure')) return record.text;
  return null;
}
