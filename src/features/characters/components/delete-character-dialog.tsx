import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { toast } from 'sonner';
import type { CharacterSummary } from '@contract/character';
import { statusQueries } from '@/api/status';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { paths } from '@/config/paths';
import { useRestoreFromTrash } from '@/hooks/use-restore-from-trash';
import { getErrorMessage } from '@/lib/errors';
import { useDeleteCharacter } from '../hooks/use-character-mutations';

type Props = {
  character: CharacterSummary | null;
  onClose: () => void;
  onDeleted?: (character: CharacterSummary) => void;
};

/** How long a delete's Undo is offered. */
const UNDO_MS = 10_000;

/**
 * Asks before deleting, naming the character and saying what happens to it: the local server keeps
 * it in the trash; Convai's service deletes it for good, and the dashboard keeps its last version in
 * the trash to make it again. Either way the toast after offers Undo.
 */
export function DeleteCharacterDialog({ character, onClose, onDeleted }: Props) {
  const deletion = useDeleteCharacter();
  const restore = useRestoreFromTrash();
  const local = useQuery(statusQueries.status()).data?.backend === 'local';
  const close = () => {
    if (deletion.isPending) return;
    deletion.reset();
    onClose();
  };
  const name = character?.character_name ?? '';

  // Through the promise, not mutate's callbacks: the dialog (and its page) may be gone by the time Undo is pressed.
  const undo = (deleted: CharacterSummary) =>
    void restore.mutateAsync(deleted.character_id).then(
      ({ charID, sameId }) =>
        toast.success(sameId ? `Restored “${deleted.character_name}”.` : `Restored “${deleted.character_name}” under a new ID.`, {
          description: sameId ? undefined : (
            <Link to={paths.characters.edit(charID)} className="font-medium underline">
              Open “{deleted.character_name}”
            </Link>
          ),
        }),
      (error: unknown) => toast.error(`“${deleted.character_name}” was not restored: ${getErrorMessage(error)} It is still in the Trash.`),
    );

  return (
    <ConfirmDialog
      open={character !== null}
      onOpenChange={(open) => !open && close()}
      title={<>Delete “{name}”?</>}
      description={
        local ? (
          <>
            “<span className="font-medium text-zinc-800">{name}</span>” goes to the trash with its sessions, documents and history; you can
            restore it there for 30 days.
          </>
        ) : (
          <>
            Convai deletes “<span className="font-medium text-zinc-800">{name}</span>” for good, with its sessions. This dashboard keeps its
            last version in the trash for 30 days: restoring it makes it again under a new ID, without its sessions.
          </>
        )
      }
      cancel={<Button disabled={deletion.isPending}>Cancel</Button>}
      confirm={
        <Button
          variant="danger"
          disabled={deletion.isPending}
          onClick={() => {
            if (!character) return;
            deletion.mutate(character, {
              onSuccess: () => {
                toast.success(`Deleted “${character.character_name}”.`, {
                  description: (
                    <>
                      It is in the{' '}
                      <Link to={paths.trash()} className="font-medium underline">
                        Trash
                      </Link>{' '}
                      for 30 days.
                    </>
                  ),
                  duration: UNDO_MS,
                  action: { label: 'Undo', onClick: () => undo(character) },
                });
                deletion.reset();
                onClose();
                onDeleted?.(character);
              },
            });
          }}
        >
          {deletion.isPending ? 'Deleting…' : 'Delete character'}
        </Button>
      }
    >
      {deletion.error && <ErrorAlert className="mt-4" title="The character was not deleted." error={deletion.error} />}
    </ConfirmDialog>
  );
}
