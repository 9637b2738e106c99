import { useQueries } from '@tanstack/react-query';
import { knowledgeQueries } from '@/api/knowledge';
import type { CharacterSummary } from '@contract/character';

export type DocumentUsers = {
  /** The characters connected to each document, by document id; a document no one uses is absent. */
  byDocument: ReadonlyMap<string, CharacterSummary[]>;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => void;
};

/**
 * Which characters use each document. Convai's list says `active` for one character at a time, so
 * the list is asked for each character (the Knowledge tab's own list is one of these, cache shared).
 */
export function useDocumentUsers(characters: readonly CharacterSummary[] | undefined, options: { enabled?: boolean } = {}): DocumentUsers {
  const enabled = (options.enabled ?? true) && characters !== undefined;
  return useQueries({
    queries: (characters ?? []).map((character) => ({ ...knowledgeQueries.list(character.character_id), enabled })),
    combine: (results) => {
      const byDocument = new Map<string, CharacterSummary[]>();
      results.forEach((result, index) => {
        const character = characters?.[index];
        if (!character) return;
        for (const document of result.data ?? []) {
          if (document.status !== 'active') continue;
          const users = byDocument.get(document.id);
          if (users) users.push(character);
          else byDocument.set(document.id, [character]);
        }
      });
      return {
        byDocument,
        isPending: !enabled || results.some((result) => result.isPending),
        isError: results.some((result) => result.isError),
        error: results.find((result) => result.isError)?.error ?? null,
        refetch: () => results.filter((result) => result.isError).forEach((result) => void result.refetch()),
      };
    },
  });
}
