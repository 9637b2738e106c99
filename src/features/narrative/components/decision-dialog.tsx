import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { limits } from '@contract/limits';
import type { Section } from '@contract/schemas/narrative';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, FieldError } from '@/components/ui/field';
import { Select, Textarea } from '@/components/ui/input';
import { decisionFieldsOf, type NarrativeMutations } from '../hooks/use-narrative-mutations';
import { decisionFormSchema, serverMessage, type DecisionFormValues } from '../narrative-form-schemas';

/** A new decision (its ends chosen already when drawn on the graph), or one of a section's decisions to edit. */
export type DecisionDialogTarget =
  { mode: 'create'; from?: string; to?: string } | { mode: 'edit'; sectionId: string; index: number } | null;

type Props = {
  target: DecisionDialogTarget;
  sections: Section[];
  mutations: NarrativeMutations;
  onClose: () => void;
};

const nameOf = (section: Section | undefined) => section?.section_name || 'a section without a name';

/** Adds a decision (from a section, to the next, taken when the player's words meet its criteria), or edits one. */
export function DecisionDialog({ target, sections, mutations, onClose }: Props) {
  const editing = target?.mode === 'edit' ? sections.find((section) => section.section_id === target.sectionId) : undefined;
  return (
    <Dialog
      open={target !== null}
      onOpenChange={(open) => !open && onClose()}
      title={target?.mode === 'edit' ? `Edit a decision from “${nameOf(editing)}”` : 'Add a decision'}
      description="A decision moves the conversation on to the next section when what the player says meets its criteria."
    >
      {target && (
        <DecisionForm
          key={target.mode === 'edit' ? `${target.sectionId}:${target.index}` : `new:${target.from ?? ''}:${target.to ?? ''}`}
          target={target}
          sections={sections}
          mutations={mutations}
          onClose={onClose}
        />
      )}
    </Dialog>
  );
}

function DecisionForm({ target, sections, mutations, onClose }: Props & { target: NonNullable<DecisionDialogTarget> }) {
  const source = target.mode === 'edit' ? sections.find((section) => section.section_id === target.sectionId) : undefined;
  const decision = target.mode === 'edit' ? source?.decisions?.[target.index] : undefined;
  const { register, handleSubmit, formState, setError } = useForm<DecisionFormValues>({
    resolver: zodResolver(decisionFormSchema),
    defaultValues:
      target.mode === 'edit'
        ? { from: target.sectionId, to: decision?.next_section_id ?? '', criteria: decision?.criteria ?? '' }
        : { from: target.from ?? '', to: target.to ?? '', criteria: '' },
  });
  const { errors, isSubmitting } = formState;

  const submit = handleSubmit(async (values) => {
    const from = sections.find((section) => section.section_id === values.from);
    if (!from) return setError('from', { type: 'server', message: 'That section is no longer in the graph.' });
    const decisions = decisionFieldsOf(from);
    const changed = { ...decisions[target.mode === 'edit' ? target.index : 0], criteria: values.criteria, next_section_id: values.to };
    if (target.mode === 'edit') decisions[target.index] = changed;
    else decisions.push({ criteria: values.criteria, next_section_id: values.to });
    try {
      await mutations.changeSection.mutateAsync({ sectionId: from.section_id, changes: { decisions } });
      onClose();
    } catch (error) {
      const message = serverMessage(error);
      if (/next_section_id|no section/i.test(message)) setError('to', { type: 'server', message });
      else if (/criteria/i.test(message)) setError('criteria', { type: 'server', message });
      else if (/decisions/i.test(message)) setError('from', { type: 'server', message });
      else setError('root.server', { type: 'server', message });
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="space-y-4">
      {target.mode === 'edit' ? (
        <p className="text-sm text-zinc-700">
          From <span className="font-medium">“{nameOf(source)}”</span>
        </p>
      ) : (
        <Field label="From section" error={errors.from?.message}>
          {(control) => (
            <Select {...control} {...register('from')}>
              <option value="">Choose a section…</option>
              {sections.map((section) => (
                <option key={section.section_id} value={section.section_id}>
                  {nameOf(section)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      <Field label="To section" error={errors.to?.message}>
        {(control) => (
          <Select {...control} {...register('to')}>
            <option value="">Choose a section…</option>
            {sections.map((section) => (
              <option key={section.section_id} value={section.section_id}>
                {nameOf(section)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        label="Criteria"
        error={errors.criteria?.message}
        description="What the player must say or do, in plain words: “The player agrees to the tour.”"
      >
        {(control) => <Textarea {...control} {...register('criteria')} rows={3} maxLength={limits.criteriaMax + 50} className="resize-y" />}
      </Field>
      <FieldError message={errors.root?.server?.message} />
      <div className="flex justify-end gap-2 pt-2">
        <Button onClick={onClose} disabled={isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : target.mode === 'edit' ? 'Save decision' : 'Add decision'}
        </Button>
      </div>
    </form>
  );
}
