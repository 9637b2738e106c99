import { useMutation, useMutationState, useQueryClient } from '@tanstack/react-query';
import { deleteDocument, knowledgeKeys, setDocumentStatus } from '@/api/knowledge';
import type { KnowledgeDocument } from '@contract/schemas/knowledge';

type Connect = { document: KnowledgeDocument; active: boolean };

const connectKey = (charID: string) => [...knowledgeKeys.all, 'connect', charID] as const;

/** The documents whose connection to the character is being saved. */
export function useSavingConnections(charID: string): ReadonlySet<string> {
  const saving = useMutationState({
    filters: { mutationKey: connectKey(charID), status: 'pending' },
    select: (mutation) => (mutation.state.variables as Connect | undefined)?.document.id ?? '',
  });
  return new Set(saving);
}

/**
 * Connects documents to one character or disconnects them. The switch moves at once; a refusal
 * puts it back (and is thrown to the caller, which says why).
 */
export function useConnectDocument(charID: string) {
  const queryClient = useQueryClient();
  const key = knowledgeKeys.list(charID);
  const setStatus = (documentId: string, active: boolean) =>
    queryClient.setQueryData<KnowledgeDocument[]>(key, (docs) =>
      docs?.map((document) => (document.id === documentId ? { ...document, status: active ? 'active' : 'inactive' } : document)),
    );
  return useMutation({
    mutationKey: connectKey(charID),
    mutationFn: ({ document, active }: Connect) => setDocumentStatus({ charID, documentId: document.id, active }),
    onMutate: async ({ document, active }) => {
      await queryClient.cancelQueries({ queryKey: key });
      setStatus(document.id, active);
    },
    onError: (_error, { document, active }) => setStatus(document.id, !active),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** Deletes a document: it leaves every list (and every character) at once. */
export function useDeleteDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) => deleteDocument(documentId),
    onSuccess: (_answer, documentId) => {
      queryClient.setQueriesData<KnowledgeDocument[]>({ queryKey: knowledgeKeys.lists() }, (docs) =>
        docs?.filter((document) => document.id !== documentId),
      );
      queryClient.removeQueries({ queryKey: knowledgeKeys.passagesOf(documentId) });
      void queryClient.invalidateQueries({ queryKey: knowledgeKeys.lists() });
    },
  });
}
