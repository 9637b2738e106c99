/** How large a request body the local server reads (but for uploads); larger ones are refused with 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type BodyResult = { ok: true; body: Record<string, unknown> } | { ok: false; reason: 'too-large' | 'malformed' };

/**
 * Reads a POST body sent as JSON, url-encoded or multipart form data, whatever the content type
 * claims (clients in the wild mislabel both ways), into a plain object. Repeated form fields
 * (and `name[]` fields) become arrays.
 */
export async function readRequestBody(request: Request, limit: number = MAX_BODY_BYTES): Promise<BodyResult> {
  const length = request.headers.get('content-length');
  const declared = length === null ? NaN : Number(length);
  if (declared > limit) return { ok: false, reason: 'too-large' };

  // A body of known, allowed length is read in one go (the Node adapter reads it straight from
  // the socket, without building a web stream: several times cheaper); one of unknown length is
  // read as a stream and cut off at the limit.
  const bytes = Number.isFinite(declared) ? await readWhole(request, limit) : await readLimited(request, limit);
  if (bytes === 'too-large') return { ok: false, reason: 'too-large' };
  if (bytes.byteLength === 0) return { ok: true, body: {} };

  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    try {
      const form = await new Request('http://local/', {
        method: 'POST',
        headers: { 'content-type': request.headers.get('content-type') ?? '' },
        body: bytes,
      }).formData();
      return { ok: true, body: collect(form.entries()) };
    } catch {
      return { ok: false, reason: 'malformed' };
    }
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const looksLikeJson = /^\s*[[{]/.test(text);
  if (type.includes('json') || (!type.includes('x-www-form-urlencoded') && looksLikeJson)) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, reason: 'malformed' };
      return { ok: true, body: parsed as Record<string, unknown> };
    } catch {
      return { ok: false, reason: 'malformed' };
    }
  }
  return { ok: true, body: collect(new URLSearchParams(text).entries()) };
}

function collect(entries: Iterable<[string, unknown]>): Record<string, unknown> {
  const body: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [rawName, value] of entries) {
    const name = rawName.endsWith('[]') ? rawName.slice(0, -2) : rawName;
    const existing = body[name];
    if (existing === undefined) body[name] = rawName.endsWith('[]') ? [value] : value;
    else if (Array.isArray(existing)) existing.push(value);
    else body[name] = [existing, value];
  }
  return { ...body };
}

async function readWhole(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  const bytes = new Uint8Array(await request.arrayBuffer());
  // A client may send more than it declared.
  return bytes.byteLength > limit ? 'too-large' : bytes;
}

async function readLimited(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return 'too-large';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
