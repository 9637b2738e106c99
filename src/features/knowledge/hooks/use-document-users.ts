import { useQueries, useQuery } from '@tanstack/react-query';
import { knowledgeQueries } from '@/api/knowledge';
import type { CharacterSummary } from '@contract/character';
import type { KnowledgeDocument } from '@contract/schemas/knowledge';

export type DocumentUsers = {
  /** The characters connected to each document, by document id; a document no one uses is absent. */
  byDocument: ReadonlyMap<string, CharacterSummary[]>;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => void;
};

function add(byDocument: Map<string, CharacterSummary[]>, documentId: string, character: CharacterSummary) {
  const users = byDocument.get(documentId);
  if (users) users.push(character);
  else byDocument.set(documentId, [character]);
}

/** Who uses each document, read from a list that names them (the local server's `character_ids`). */
function fromCharacterIds(documents: KnowledgeDocument[], characters: readonly CharacterSummary[]) {
  const byId = new Map(characters.map((character) => [character.character_id, character]));
  const byDocument = new Map<string, CharacterSummary[]>();
  for (const document of documents) {
    for (const id of document.character_ids ?? []) {
      const character = byId.get(id);
      if (character) add(byDocument, document.id, character);
    }
  }
  return byDocument;
}

/**
 * Which characters use each document. The local server's list names them, so one list answers;
 * Convai's says `active` for one character at a time, so there the list is asked for each character
 * (the Knowledge tab's own list is one of these, and the first one is the list asked for here first:
 * caches are shared).
 */
export function useDocumentUsers(characters: readonly CharacterSummary[] | undefined, options: { enabled?: boolean } = {}): DocumentUsers {
  const enabled = (options.enabled ?? true) && characters !== undefined;
  const first = useQuery({ ...knowledgeQueries.list(characters?.[0]?.character_id ?? null), enabled });
  const named = first.data?.every((document) => document.character_ids !== undefined) ?? false;
  const eachCharacter = useQueries({
    queries: (first.isSuccess && !named ? (characters ?? []) : []).map((character) => ({
      ...knowledgeQueries.list(character.character_id),
      enabled,
    })),
    combine: (results) => {
      const byDocument = new Map<string, CharacterSummary[]>();
      results.forEach((result, index) => {
        const character = characters?.[index];
        if (!character) return;
        for (const document of result.data ?? []) if (document.status === 'active') add(byDocument, document.id, character);
      });
      return {
        byDocument,
        isPending: results.some((result) => result.isPending),
        isError: results.some((result) => result.isError),
        error: results.find((result) => result.isError)?.error ?? null,
        refetch: () => results.filter((result) => result.isError).forEach((result) => void result.refetch()),
      };
    },
  });
  if (!enabled || first.isPending) return { byDocument: new Map(), isPending: true, isError: false, error: null, refetch: () => {} };
  if (first.isError)
    return { byDocument: new Map(), isPending: false, isError: true, error: first.error, refetch: () => void first.refetch() };
  if (named)
    return { byDocument: fromCharacterIds(first.data, characters ?? []), isPending: false, isError: false, error: null, refetch: () => {} };
  return eachCharacter;
}
