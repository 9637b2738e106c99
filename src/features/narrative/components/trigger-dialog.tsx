import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { limits } from '@contract/limits';
import type { Section, Trigger } from '@contract/schemas/narrative';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import type { Point } from '../graph-model';
import type { NarrativeMutations } from '../hooks/use-narrative-mutations';
import { routeServerError, triggerFormSchema, type TriggerFormValues } from '../narrative-form-schemas';
import { FormDialog, FormFooter } from './form-dialog';
import { SectionOptions } from './section-options';

export type TriggerDialogTarget = { mode: 'create'; position: Point } | { mode: 'edit'; trigger: Trigger } | null;

type Props = {
  target: TriggerDialogTarget;
  sections: Section[];
  mutations: NarrativeMutations;
  onClose: () => void;
};

/** Adds a trigger (an event the game fires, moving the conversation to a section), or edits one. */
export function TriggerDialog({ target, sections, mutations, onClose }: Props) {
  return (
    <FormDialog
      open={target !== null}
      onClose={onClose}
      title={target?.mode === 'edit' ? `Edit the trigger “${target.trigger.trigger_name}”` : 'Add a trigger'}
      description="A trigger is an event the game fires (the player walks into a room, a bell rings). It moves the conversation to its section, whatever was said."
    >
      {target && (
        <TriggerForm
          key={target.mode === 'edit' ? target.trigger.trigger_id : 'new'}
          target={target}
          sections={sections}
          mutations={mutations}
          onClose={onClose}
        />
      )}
    </FormDialog>
  );
}

function TriggerForm({ target, sections, mutations, onClose }: Props & { target: NonNullable<TriggerDialogTarget> }) {
  const editing = target.mode === 'edit' ? target.trigger : null;
  const { register, handleSubmit, formState, setError } = useForm<TriggerFormValues>({
    resolver: zodResolver(triggerFormSchema),
    defaultValues: {
      name: editing?.trigger_name ?? '',
      message: editing?.trigger_message ?? '',
      destination: editing?.destination_section ?? '',
    },
  });
  const { errors, isSubmitting } = formState;

  const submit = handleSubmit(async (values) => {
    const fields = { trigger_name: values.name, trigger_message: values.message, destination_section: values.destination || null };
    try {
      if (editing) await mutations.changeTrigger.mutateAsync({ triggerId: editing.trigger_id, changes: fields });
      else await mutations.addTrigger.mutateAsync({ ...fields, node_position: target.mode === 'create' ? target.position : undefined });
      onClose();
    } catch (error) {
      routeServerError(error, setError, [
        [/trigger_name|trigger named/i, 'name'],
        [/trigger_message/i, 'message'],
        [/destination|no section/i, 'destination'],
      ]);
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="space-y-4">
      <Field label="Name" error={errors.name?.message} description="How the game names it; unique for this character: “closing_bell”.">
        {(control) => <Input {...control} {...register('name')} autoComplete="off" maxLength={limits.triggerNameMax + 50} />}
      </Field>
      <Field
        label="Message"
        error={errors.message?.message}
        description="What happened, told to the character in place of the player's words: “The museum bell rings for closing.”"
      >
        {(control) => <Input {...control} {...register('message')} autoComplete="off" maxLength={limits.triggerMessageMax + 50} />}
      </Field>
      <Field label="Moves to section" error={errors.destination?.message}>
        {(control) => (
          <Select {...control} {...register('destination')}>
            <option value="">No section yet</option>
            <SectionOptions sections={sections} />
          </Select>
        )}
      </Field>
      <FormFooter
        error={errors.root?.server?.message}
        busy={isSubmitting}
        submitLabel={editing ? 'Save trigger' : 'Add trigger'}
        onCancel={onClose}
      />
    </form>
  );
}
