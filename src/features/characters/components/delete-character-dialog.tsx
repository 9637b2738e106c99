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
 * it in the trash (and the toast after offers Undo); Convai's service deletes it for good.
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
      () => toast.success(`Restored “${deleted.character_name}”.`),
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
            <span className="font-medium text-zinc-800">{name}</span> will be deleted permanently, with its backstory and settings. This
            cannot be undone.
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
                if (local) {
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
                } else {
                  toast.success(`Deleted “${character.character_name}”.`);
                }
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
