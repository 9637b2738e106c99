import { z } from 'zod';

/** At most this many drafts are kept per character: the newest. */
export const MAX_DRAFTS = 10;

const draftSchema = z.object({
  input: z.object({ inputText: z.string(), charName: z.string() }),
  text: z.string().min(1),
  status: z.enum(['done', 'stopped', 'failed']),
  generator: z.string().nullable(),
  /** Why it failed, as the message was shown. */
  error: z.string().nullable(),
  pieces: z.number().int().nonnegative(),
  /** From the start of the take: when its first piece arrived, and when it ended. */
  firstPieceMs: z.number().nonnegative().nullable(),
  durationMs: z.number().nonnegative(),
});

/** A finished take kept in the browser until it is applied or discarded. */
export type Draft = z.infer<typeof draftSchema>;

// Versioned, so a later change of shape can tell old data from new instead of misreading it.
const storedSchema = z.object({ version: z.literal(1), drafts: z.array(z.unknown()) });

/** Where a character's drafts are kept in localStorage. */
export const draftsKey = (characterId: string) => `convai-studio:drafts:${characterId}`;

/**
 * The drafts kept under `key`, oldest first. Anything unreadable (no storage, broken JSON, another
 * shape) counts as no drafts; a single bad entry is skipped and the others kept.
 */
export function readDrafts(key: string): Draft[] {
  let raw: string | null;
  try {
    raw = localStorage.getItem(key);
  } catch {
    return [];
  }
  if (!raw) return [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return [];
  }
  const stored = storedSchema.safeParse(json);
  if (!stored.success) return [];
  const drafts = stored.data.drafts.flatMap((entry) => {
    const draft = draftSchema.safeParse(entry);
    return draft.success ? [draft.data] : [];
  });
  return drafts.slice(-MAX_DRAFTS);
}

/** Keeps the newest MAX_DRAFTS of `drafts` under `key`; none removes the key. Storage that refuses (full, blocked) is ignored. */
export function writeDrafts(key: string, drafts: Draft[]): void {
  try {
    if (drafts.length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify({ version: 1, drafts: drafts.slice(-MAX_DRAFTS) }));
  } catch {
    // The drafts still live on the page; only their survival of a reload is lost.
  }
}
