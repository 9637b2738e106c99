import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { limits } from '@contract/limits';
import type { Section } from '@contract/schemas/narrative';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, FieldError } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import type { Point } from '../graph-model';
import type { NarrativeMutations } from '../hooks/use-narrative-mutations';
import { sectionFormSchema, serverMessage, type SectionFormValues } from '../narrative-form-schemas';

/** What the section dialog is open for: a new section (placed at `position`), or one to edit. */
export type SectionDialogTarget = { mode: 'create'; position: Point } | { mode: 'edit'; section: Section } | null;

type Props = {
  target: SectionDialogTarget;
  mutations: NarrativeMutations;
  onClose: () => void;
  /** Told the new section's id once it is made. */
  onCreated?: (sectionId: string) => void;
};

/** Adds a section, or changes one's name and objective. */
export function SectionDialog({ target, mutations, onClose, onCreated }: Props) {
  return (
    <Dialog
      open={target !== null}
      onOpenChange={(open) => !open && onClose()}
      title={target?.mode === 'edit' ? `Edit the section “${target.section.section_name}”` : 'Add a section'}
      description="A section is one stage of the conversation. Its objective is what the character pursues while the conversation is in it."
    >
      {/* Keyed: each opening starts from the section's own values, without errors. */}
      {target && (
        <SectionForm
          key={target.mode === 'edit' ? target.section.section_id : 'new'}
          target={target}
          mutations={mutations}
          onClose={onClose}
          onCreated={onCreated}
        />
      )}
    </Dialog>
  );
}

function SectionForm({ target, mutations, onClose, onCreated }: Props & { target: NonNullable<SectionDialogTarget> }) {
  const editing = target.mode === 'edit' ? target.section : null;
  const { register, handleSubmit, formState, setError } = useForm<SectionFormValues>({
    resolver: zodResolver(sectionFormSchema),
    defaultValues: { name: editing?.section_name ?? '', objective: editing?.objective ?? '' },
  });
  const { errors, isSubmitting } = formState;

  const submit = handleSubmit(async (values) => {
    try {
      if (editing) {
        await mutations.changeSection.mutateAsync({
          sectionId: editing.section_id,
          changes: { section_name: values.name, objective: values.objective },
        });
      } else {
        const sectionId = await mutations.addSection.mutateAsync({
          section_name: values.name,
          objective: values.objective,
          node_position: target.mode === 'create' ? target.position : undefined,
        });
        onCreated?.(sectionId);
      }
      onClose();
    } catch (error) {
      const message = serverMessage(error);
      if (/section_name/i.test(message)) setError('name', { type: 'server', message });
      else if (/objective/i.test(message)) setError('objective', { type: 'server', message });
      else setError('root.server', { type: 'server', message });
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="space-y-4">
      <Field label="Name" error={errors.name?.message} description="Short, for the graph: “Greeting”, “The haggle”.">
        {(control) => <Input {...control} {...register('name')} autoComplete="off" maxLength={limits.sectionNameMax + 50} />}
      </Field>
      <Field
        label="Objective"
        error={errors.objective?.message}
        description="What the character tries to achieve here, in plain words: “Welcome the visitor and offer the tour.”"
      >
        {(control) => <Textarea {...control} {...register('objective')} rows={4} className="resize-y" />}
      </Field>
      <FieldError message={errors.root?.server?.message} />
      <div className="flex justify-end gap-2 pt-2">
        <Button onClick={onClose} disabled={isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : editing ? 'Save section' : 'Add section'}
        </Button>
      </div>
    </form>
  );
}
