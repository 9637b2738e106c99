import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { deleteDocument, knowledgeKeys, setDocumentStatus } from '@/api/knowledge';
import type { KnowledgeDocument } from '@contract/schemas/knowledge';

type Connect = { document: KnowledgeDocument; active: boolean };

/**
 * Connects documents to one character or disconnects them. The switch moves in the same event
 * (React state: the query cache tells its observers a moment later, and a controlled switch would
 * show its old state in between) and holds while it is saved; a refusal puts it back, and
 * `onError` says why.
 */
export function useConnectDocument(charID: string) {
  const queryClient = useQueryClient();
  const key = knowledgeKeys.list(charID);
  // The switches being saved, and the state each was moved to.
  const [saving, setSaving] = useState<ReadonlyMap<string, boolean>>(new Map());
  const mutation = useMutation({
    mutationFn: ({ document, active }: Connect) => setDocumentStatus({ charID, documentId: document.id, active }),
    onSuccess: (_answer, { document, active }) =>
      queryClient.setQueryData<KnowledgeDocument[]>(key, (docs) =>
        docs?.map((each) => (each.id === document.id ? { ...each, status: active ? 'active' : 'inactive' } : each)),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const change = (connect: Connect, onError: (error: unknown) => void) => {
    setSaving((current) => new Map(current).set(connect.document.id, connect.active));
    mutation.mutate(connect, {
      onError,
      onSettled: () =>
        setSaving((current) => {
          const next = new Map(current);
          next.delete(connect.document.id);
          return next;
        }),
    });
  };
  return { change, saving };
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
