import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { limits } from '@contract/limits';
import type { Section, Trigger } from '@contract/schemas/narrative';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, FieldError } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import type { Point } from '../graph-model';
import type { NarrativeMutations } from '../hooks/use-narrative-mutations';
import { serverMessage, triggerFormSchema, type TriggerFormValues } from '../narrative-form-schemas';

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
    <Dialog
      open={target !== null}
      onOpenChange={(open) => !open && onClose()}
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
    </Dialog>
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
      const message = serverMessage(error);
      if (/trigger_name|trigger named/i.test(message)) setError('name', { type: 'server', message });
      else if (/trigger_message/i.test(message)) setError('message', { type: 'server', message });
      else if (/destination|no section/i.test(message)) setError('destination', { type: 'server', message });
      else setError('root.server', { type: 'server', message });
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
            {sections.map((section) => (
              <option key={section.section_id} value={section.section_id}>
                {section.section_name || 'a section without a name'}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <FieldError message={errors.root?.server?.message} />
      <div className="flex justify-end gap-2 pt-2">
        <Button onClick={onClose} disabled={isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : editing ? 'Save trigger' : 'Add trigger'}
        </Button>
      </div>
    </form>
  );
}
