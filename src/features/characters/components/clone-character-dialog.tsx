import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { limits } from '@contract/limits';
import type { CharacterSummary } from '@contract/character';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { paths } from '@/config/paths';
import { useCloneCharacter } from '../hooks/use-character-mutations';

type Props = {
  character: CharacterSummary | null;
  onClose: () => void;
  onCloned?: (charID: string) => void;
};

/** Clones a character under a name of the user's choosing, asking whether it draws on the same knowledge-bank documents. */
export function CloneCharacterDialog({ character, onClose, onCloned }: Props) {
  const cloning = useCloneCharacter();
  const close = () => {
    if (cloning.isPending) return;
    cloning.reset();
    onClose();
  };

  return (
    <Dialog
      open={character !== null}
      onOpenChange={(open) => !open && close()}
      title={<>Clone “{character?.character_name}”</>}
      description="The copy gets the same voice, languages, actions and backstory, under a new ID."
    >
      {/* Keyed by the character: each opening starts from its own name, unticked, without errors. */}
      {character && (
        <CloneForm
          key={character.character_id}
          character={character}
          cloning={cloning}
          onCancel={close}
          onClosed={onClose}
          onCloned={onCloned}
        />
      )}
    </Dialog>
  );
}

type CloneFormProps = {
  character: CharacterSummary;
  cloning: ReturnType<typeof useCloneCharacter>;
  onCancel: () => void;
  onClosed: () => void;
  onCloned?: (charID: string) => void;
};

function CloneForm({ character, cloning, onCancel, onClosed, onCloned }: CloneFormProps) {
  const navigate = useNavigate();
  const [name, setName] = useState(() => `${character.character_name} (copy)`.slice(0, limits.nameMax));
  const [copyKnowledgeBank, setCopyKnowledgeBank] = useState(false);
  const [nameError, setNameError] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setNameError('Give the copy a name.');
    if (trimmed.length > limits.nameMax) return setNameError(`Name must be at most ${limits.nameMax} characters.`);
    setNameError(undefined);
    cloning.mutate(
      { source: character, name: trimmed, copyKnowledgeBank },
      {
        onSuccess: (charID) => {
          toast.success(`Cloned “${character.character_name}” as “${trimmed}”.`, {
            action: { label: 'Open', onClick: () => void navigate(paths.characters.edit(charID)) },
          });
          cloning.reset();
          onClosed();
          onCloned?.(charID);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <Field label="Name of the copy" error={nameError}>
        {(control) => <Input {...control} value={name} onChange={(event) => setName(event.target.value)} />}
      </Field>
      <label className="flex items-start gap-2.5 text-sm">
        <input
          type="checkbox"
          className="mt-0.5 size-4 rounded border-zinc-300 accent-brand-600"
          checked={copyKnowledgeBank}
          onChange={(event) => setCopyKnowledgeBank(event.target.checked)}
        />
        <span>
          <span className="font-medium text-zinc-800">Also give it the same knowledge-bank documents</span>
          <span className="block text-zinc-500">
            The copy draws on the documents this character is connected to (shared, not duplicated). Off: the copy starts with none.
          </span>
        </span>
      </label>
      {cloning.error && <ErrorAlert title="Cloning did not finish." error={cloning.error} />}
      <div className="flex justify-end gap-2 pt-2">
        <Button onClick={onCancel} disabled={cloning.isPending}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={cloning.isPending}>
          {cloning.isPending ? 'Cloning…' : 'Clone character'}
        </Button>
      </div>
    </form>
  );
}
