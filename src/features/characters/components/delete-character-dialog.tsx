import { toast } from 'sonner';
import type { CharacterSummary } from '@contract/character';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { useDeleteCharacter } from '../hooks/use-character-mutations';

type Props = {
  character: CharacterSummary | null;
  onClose: () => void;
  onDeleted?: (character: CharacterSummary) => void;
};

/** Asks before deleting, naming the character and saying it cannot be undone. */
export function DeleteCharacterDialog({ character, onClose, onDeleted }: Props) {
  const deletion = useDeleteCharacter();
  const close = () => {
    if (deletion.isPending) return;
    deletion.reset();
    onClose();
  };
  const name = character?.character_name ?? '';
  return (
    <ConfirmDialog
      open={character !== null}
      onOpenChange={(open) => !open && close()}
      title={<>Delete “{name}”?</>}
      description={
        <>
          <span className="font-medium text-zinc-800">{name}</span> will be deleted permanently, with its backstory and settings. This
          cannot be undone.
        </>
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
                toast.success(`Deleted “${character.character_name}”.`);
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
