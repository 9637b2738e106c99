import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { limits } from '@contract/limits';
import type { Section } from '@contract/schemas/narrative';
import { Field } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { sectionLabel } from '@/lib/section-name';
import type { Point } from '../graph-model';
import type { NarrativeMutations } from '../hooks/use-narrative-mutations';
import { routeServerError, sectionFormSchema, type SectionFormValues } from '../narrative-form-schemas';
import { FormDialog, FormFooter } from './form-dialog';

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
    <FormDialog
      open={target !== null}
      onClose={onClose}
      title={target?.mode === 'edit' ? `Edit the section “${sectionLabel(target.section.section_name)}”` : 'Add a section'}
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
    </FormDialog>
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
      routeServerError(error, setError, [
        [/section_name/i, 'name'],
        [/objective/i, 'objective'],
      ]);
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
      <FormFooter
        error={errors.root?.server?.message}
        busy={isSubmitting}
        submitLabel={editing ? 'Save section' : 'Add section'}
        onCancel={onClose}
      />
    </form>
  );
}
