import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { versionNameRequest } from '@contract/schemas/versions';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { getErrorMessage } from '@/lib/errors';

type Props = {
  number: number;
  name: string | null;
  onSave: (name: string) => Promise<unknown>;
  onDone: () => void;
};

/** Names a version in place: Enter saves, Escape leaves it as it was, an empty name takes the name away. */
export function VersionNameForm({ number, name, onSave, onDone }: Props) {
  const { register, handleSubmit, formState, setError } = useForm<{ name: string | null }>({
    // The contract's rule (at most 100 characters), as the server applies it.
    resolver: zodResolver(versionNameRequest),
    defaultValues: { name: name ?? '' },
  });
  const { errors, isSubmitting } = formState;
  const errorId = `version-${number}-name-error`;
  const hintId = `version-${number}-name-hint`;

  const submit = handleSubmit(async (values) => {
    try {
      await onSave(values.name ?? '');
      onDone();
    } catch (error) {
      setError('name', { message: getErrorMessage(error) });
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="mt-2 space-y-1.5">
      <Input
        {...register('name')}
        // Opened by a click on "Name" or "Rename": typing is what comes next.
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the field appears where the button was, in answer to it
        autoFocus
        aria-label={`Name of version ${number}`}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onDone();
          }
        }}
        aria-invalid={Boolean(errors.name)}
        aria-describedby={errors.name ? `${hintId} ${errorId}` : hintId}
        placeholder="shipped in build 0.4"
        className="h-8"
      />
      <p id={hintId} className="text-xs text-zinc-500">
        An empty name takes the name away.
      </p>
      <FieldError id={errorId} message={errors.name?.message} />
      <div className="flex justify-end gap-2">
        <Button size="sm" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" size="sm" variant="primary" disabled={isSubmitting}>
          Save name
        </Button>
      </div>
    </form>
  );
}
