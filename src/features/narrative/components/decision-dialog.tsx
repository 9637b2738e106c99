import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { limits } from '@contract/limits';
import type { Section } from '@contract/schemas/narrative';
import { Field } from '@/components/ui/field';
import { Select, Textarea } from '@/components/ui/input';
import { sectionLabel } from '@/lib/section-name';
import type { DecisionKey } from '../graph-model';
import { GoneError, type NarrativeMutations } from '../hooks/use-narrative-mutations';
import { decisionFormSchema, routeServerError, type DecisionFormValues } from '../narrative-form-schemas';
import { FormDialog, FormFooter } from './form-dialog';
import { SectionOptions } from './section-options';

/** A new decision (its ends chosen already when drawn on the graph), or one of a section's decisions to edit. */
export type DecisionDialogTarget =
  { mode: 'create'; from?: string; to?: string } | { mode: 'edit'; sectionId: string; decision: DecisionKey } | null;

type Props = {
  target: DecisionDialogTarget;
  sections: Section[];
  mutations: NarrativeMutations;
  onClose: () => void;
};

const nameOf = (sections: Section[], sectionId: string) =>
  sectionLabel(sections.find((section) => section.section_id === sectionId)?.section_name);

/** Adds a decision (from a section, to the next, taken when the player's words meet its criteria), or edits one. */
export function DecisionDialog({ target, sections, mutations, onClose }: Props) {
  return (
    <FormDialog
      open={target !== null}
      onClose={onClose}
      title={target?.mode === 'edit' ? `Edit a decision from “${nameOf(sections, target.sectionId)}”` : 'Add a decision'}
      description="A decision moves the conversation on to the next section when what the player says meets its criteria."
    >
      {target && (
        <DecisionForm
          key={
            target.mode === 'edit'
              ? JSON.stringify([target.sectionId, target.decision.next_section_id, target.decision.criteria])
              : `new:${target.from ?? ''}:${target.to ?? ''}`
          }
          target={target}
          sections={sections}
          mutations={mutations}
          onClose={onClose}
        />
      )}
    </FormDialog>
  );
}

function DecisionForm({ target, sections, mutations, onClose }: Props & { target: NonNullable<DecisionDialogTarget> }) {
  const { register, handleSubmit, formState, setError } = useForm<DecisionFormValues>({
    resolver: zodResolver(decisionFormSchema),
    defaultValues:
      target.mode === 'edit'
        ? { from: target.sectionId, to: target.decision.next_section_id, criteria: target.decision.criteria }
        : { from: target.from ?? '', to: target.to ?? '', criteria: '' },
  });
  const { errors, isSubmitting } = formState;

  const submit = handleSubmit(async (values) => {
    try {
      await mutations.changeDecision.mutateAsync({
        sectionId: values.from,
        decision: target.mode === 'edit' ? target.decision : null,
        next: { criteria: values.criteria, next_section_id: values.to },
      });
      onClose();
    } catch (error) {
      // Changed or deleted meanwhile (in another tab, say): nothing here to save it onto.
      if (error instanceof GoneError && target.mode === 'edit') {
        toast.error(error.message);
        onClose();
        return;
      }
      routeServerError(error, setError, [
        [/next_section_id|no section/i, 'to'],
        [/criteria/i, 'criteria'],
        [/decisions|no longer in the graph/i, 'from'],
      ]);
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="space-y-4">
      {target.mode === 'edit' ? (
        <p className="text-sm text-zinc-700">
          From <span className="font-medium">“{nameOf(sections, target.sectionId)}”</span>
        </p>
      ) : (
        <Field label="From section" error={errors.from?.message}>
          {(control) => (
            <Select {...control} {...register('from')}>
              <option value="">Choose a section…</option>
              <SectionOptions sections={sections} />
            </Select>
          )}
        </Field>
      )}
      <Field label="To section" error={errors.to?.message}>
        {(control) => (
          <Select {...control} {...register('to')}>
            <option value="">Choose a section…</option>
            <SectionOptions sections={sections} />
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
      <FormFooter
        error={errors.root?.server?.message}
        busy={isSubmitting}
        submitLabel={target.mode === 'edit' ? 'Save decision' : 'Add decision'}
        onCancel={onClose}
      />
    </form>
  );
}
