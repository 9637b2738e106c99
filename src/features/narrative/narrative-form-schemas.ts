import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { z } from 'zod';
import { limits } from '@contract/limits';
import { plainText, textField } from '@contract/schemas/fields';
import { errorHint } from '@/api/client';
import { getErrorMessage } from '@/lib/errors';

/** A section's form: the contract's rules, with the labels the designer reads. */
export const sectionFormSchema = z.object({
  name: textField('Name', limits.sectionNameMax),
  objective: plainText('Objective', limits.objectiveMax),
});
export type SectionFormValues = z.output<typeof sectionFormSchema>;

/** A decision's form. The API keeps empty criteria, but a decision without them is never taken: the form asks for them. */
export const decisionFormSchema = z.object({
  from: z.string().min(1, 'Choose the section the decision leads from.'),
  to: z.string().min(1, 'Choose the section the decision leads to.'),
  criteria: textField('Criteria', limits.criteriaMax),
});
export type DecisionFormValues = z.output<typeof decisionFormSchema>;

/** A trigger's form; `destination` "" is none yet. */
export const triggerFormSchema = z.object({
  name: textField('Name', limits.triggerNameMax),
  message: plainText('Message', limits.triggerMessageMax),
  destination: z.string(),
});
export type TriggerFormValues = z.output<typeof triggerFormSchema>;

/** A refusal's message with what to do about it, for the field it is about or the form. */
export function serverMessage(error: unknown): string {
  const reason = getErrorMessage(error);
  const hint = errorHint(error);
  return hint ? `${reason} ${hint}` : reason;
}

/** Puts a refusal on the first field whose pattern its message matches, else on the form. */
export function routeServerError<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, routes: Array<[RegExp, Path<T>]>) {
  const message = serverMessage(error);
  const field = routes.find(([pattern]) => pattern.test(message))?.[1];
  setError(field ?? 'root.server', { type: 'server', message });
}
