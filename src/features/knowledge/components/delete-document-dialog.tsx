import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { characterQueries } from '@/api/characters';
import type { KnowledgeDocument } from '@contract/schemas/knowledge';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { useDocumentUsers } from '../hooks/use-document-users';
import { useDeleteDocument } from '../hooks/use-document-mutations';

const listFormat = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

type Props = { document: KnowledgeDocument | null; onClose: () => void };

/** Asks before deleting a document, naming every character that will lose it. */
export function DeleteDocumentDialog({ document, onClose }: Props) {
  // Keyed: another document starts afresh (no error, not deleting).
  return <DeleteConfirmation key={document?.id ?? ''} document={document} onClose={onClose} />;
}

/**
 * The characters are asked for when the dialog opens, so one connected elsewhere since the page
 * was loaded is named too; Delete waits until they are known (or says they could not be).
 */
function DeleteConfirmation({ document, onClose }: Props) {
  const open = document !== null;
  const characters = useQuery({ ...characterQueries.list(), enabled: open });
  const users = useDocumentUsers(characters.data, { enabled: open });
  const remove = useDeleteDocument();
  const [error, setError] = useState<unknown>(null);
  const losing = document ? (users.byDocument.get(document.id) ?? []) : [];
  const checking = characters.isPending || users.isPending;
  const unknown = characters.isError || users.isError;

  const who = checking
    ? 'Checking which characters use it…'
    : unknown
      ? 'Which characters use it could not be checked.'
      : losing.length === 0
        ? 'No character uses it.'
        : `${listFormat.format(losing.map((character) => character.character_name))} will lose it.`;

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => !next && !remove.isPending && onClose()}
      title={document ? `Delete ${document.file_name}?` : ''}
      description={
        <>
          It is removed from the knowledge bank for good.{' '}
          <span className="font-medium text-zinc-900" data-testid="characters-losing">
            {who}
          </span>
        </>
      }
      cancel={<Button disabled={remove.isPending}>Cancel</Button>}
      confirm={
        <Button
          variant="danger"
          disabled={remove.isPending || checking}
          onClick={() => {
            if (!document) return;
            setError(null);
            remove.mutate(document.id, { onSuccess: onClose, onError: setError });
          }}
        >
          {remove.isPending ? 'Deleting…' : 'Delete document'}
        </Button>
      }
    >
      {unknown && (
        <ErrorAlert
          className="mt-4"
          error={characters.error ?? users.error}
          action={
            <Button size="sm" onClick={() => (characters.isError ? void characters.refetch() : users.refetch())}>
              Try again
            </Button>
          }
        />
      )}
      {error !== null && <ErrorAlert className="mt-4" title="It was not deleted." error={error} />}
    </ConfirmDialog>
  );
}
