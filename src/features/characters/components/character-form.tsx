import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, type ComponentType, type FormEvent, type ReactNode } from 'react';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import { ApiError, errorHint } from '@/api/client';
import { limits } from '@contract/limits';
import type { Language, Voice } from '@/api/voices';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { cn } from '@/lib/cn';
import { getErrorMessage } from '@/lib/errors';
import { characterFormSchema, type CharacterFormInput, type CharacterFormValues } from '../character-form-schema';
import { ActionTags } from './action-tags';
import { AiSettings } from './ai-settings';
import { LanguagePicker } from './language-picker';
import { UnsavedChangesGuard } from './unsaved-changes-guard';
import { VoicePicker } from './voice-picker';

/** What the editor lends to tools that work on the backstory (the generator, composed in by the app). */
export type BackstoryToolsProps = {
  name: string;
  getBackstory: () => string;
  /** Puts a text into the backstory field as an unsaved change. */
  applyBackstory: (text: string) => void;
};

type Props<T> = {
  initialValues: CharacterFormInput;
  /** Values to start from as unsaved changes (a draft brought from elsewhere). */
  draft?: Partial<CharacterFormInput>;
  backstoryTools?: ComponentType<BackstoryToolsProps>;
  voices: Voice[];
  languages: Language[];
  submitLabel: string;
  /** Saves; a rejection's message is shown beside the form and what was typed stays. */
  onSubmit: (values: CharacterFormValues) => Promise<T>;
  /** After a save: the form is clean again, and navigating away is allowed. */
  onSaved?: (result: T) => void;
  /** Saving needs a change (editing) or not (creating). */
  requireChanges?: boolean;
  /** Shown, not editable: every control disabled, no save bar (another account's public character). */
  readOnly?: boolean;
  /** Shown with a save refused as a conflict (409: the character changed since the page opened it). */
  conflictAction?: ReactNode;
  /** Told each generated backstory put into the form (a save of it is the generator's change). */
  onTakeApplied?: (text: string) => void;
};

// Which field an update error names ("Could not update all_characters table. charName: …"): the
// API's field names, as whole words, so "interaction" is not "action".
const fieldOfServerError: Array<[RegExp, keyof CharacterFormInput]> = [
  [/\bcharName\b/i, 'name'],
  [/\bvoiceType\b/i, 'voiceType'],
  [/\bbackstory\b/i, 'backstory'],
  [/\blanguage(Codes?)?\b|\blanguage code/i, 'languageCodes'],
  [/\bactions?\b/i, 'actions'],
  [/\bmodel_group_name\b/, 'model'],
  [/\btemperature\b/i, 'temperature'],
  [/\breasoning_effort\b/, 'reasoningEffort'],
  [/\bmemorySettings\b/, 'memory'],
];

/** The character editor's form: name, voice, languages, actions and backstory. */
export function CharacterForm<T>({
  initialValues,
  draft,
  backstoryTools: BackstoryTools,
  voices,
  languages,
  submitLabel,
  onSubmit,
  onSaved,
  requireChanges = false,
  readOnly = false,
  conflictAction,
  onTakeApplied,
}: Props<T>) {
  const form = useForm<CharacterFormInput, unknown, CharacterFormValues>({
    resolver: zodResolver(characterFormSchema),
    defaultValues: initialValues,
  });
  const { register, control, handleSubmit, formState, reset, setError, setValue, getValues } = form;
  const allowLeave = useRef(false);

  // A draft arrives as changes, so it is guarded like typing; once, when the form opens.
  const draftApplied = useRef(false);
  useEffect(() => {
    if (!draft || draftApplied.current) return;
    draftApplied.current = true;
    for (const [field, value] of Object.entries(draft) as Array<[keyof CharacterFormInput, never]>) {
      setValue(field, value, { shouldDirty: true });
    }
  }, [draft, setValue]);

  const submit = (event: FormEvent) =>
    handleSubmit(async (values) => {
      try {
        const result = await onSubmit(values);
        reset(values);
        allowLeave.current = true;
        onSaved?.(result);
      } catch (error) {
        const reason = getErrorMessage(error);
        const hint = errorHint(error);
        const message = `${reason}${hint ? ` ${hint}` : ''}`;
        if (error instanceof ApiError && error.status === 409) {
          setError('root.server', { type: 'conflict', message });
          return;
        }
        const field = fieldOfServerError.find(([pattern]) => pattern.test(reason))?.[1];
        setError(field ?? 'root.server', { type: 'server', message });
      }
    })(event);

  const { errors, isDirty, isSubmitting } = formState;
  // A new edit after a save is guarded again.
  useEffect(() => {
    if (isDirty) allowLeave.current = false;
  }, [isDirty]);

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex min-h-0 flex-1 flex-col" aria-label="Character">
      <div className="min-h-0 flex-1 overflow-y-auto px-4 py-6 sm:px-6 lg:px-8">
        <fieldset disabled={readOnly} className="grid min-w-0 gap-8 xl:grid-cols-[minmax(0,28rem)_minmax(0,1fr)]">
          <div className="space-y-6">
            <Field label="Name" error={errors.name?.message}>
              {(controlProps) => <Input {...controlProps} {...register('name')} autoComplete="off" maxLength={limits.nameMax + 50} />}
            </Field>
            <Controller
              control={control}
              name="voiceType"
              render={({ field, fieldState }) => (
                <VoicePicker
                  value={field.value}
                  onChange={field.onChange}
                  voices={voices}
                  languages={languages}
                  error={fieldState.error?.message}
                />
              )}
            />
            <Controller
              control={control}
              name="languageCodes"
              render={({ field, fieldState }) => (
                <LanguagePicker value={field.value} onChange={field.onChange} languages={languages} error={fieldState.error?.message} />
              )}
            />
            <Controller
              control={control}
              name="actions"
              render={({ field, fieldState }) => (
                <ActionTags value={field.value} onChange={field.onChange} error={fieldState.error?.message} />
              )}
            />
            <AiSettings control={control} setValue={setValue} getValues={getValues} />
          </div>
          <div className="flex min-w-0 flex-col gap-4">
            {BackstoryTools && !readOnly && (
              <BackstoryToolsSlot
                control={control}
                Tools={BackstoryTools}
                getBackstory={() => getValues('backstory')}
                applyBackstory={(text) => {
                  setValue('backstory', text, { shouldDirty: true, shouldValidate: true });
                  onTakeApplied?.(text);
                }}
              />
            )}
            <Field
              label="Backstory"
              className="flex flex-1 flex-col"
              description="Who the character is: where they come from, what shaped them, what they want. The character speaks from this."
              error={errors.backstory?.message}
              aside={<BackstoryCount control={control} />}
            >
              {(controlProps) => <Textarea {...controlProps} {...register('backstory')} rows={18} className="min-h-80 flex-1 resize-y" />}
            </Field>
          </div>
        </fieldset>
      </div>

      {!readOnly && (
        <div className="shrink-0 border-t border-zinc-200 bg-surface/95 px-4 py-3 sm:px-6 lg:px-8">
          {errors.root?.server && (
            <ErrorAlert
              className="mb-3"
              title="The character was not saved."
              message={errors.root.server.message ?? ''}
              action={errors.root.server.type === 'conflict' ? conflictAction : undefined}
            />
          )}
          <div className="flex flex-wrap items-center justify-end gap-3">
            <p className="mr-auto text-sm text-zinc-500" aria-live="polite">
              {isDirty ? 'Unsaved changes' : requireChanges ? 'All changes saved' : ''}
            </p>
            {isDirty && (
              <Button onClick={() => reset(initialValues)} disabled={isSubmitting}>
                Discard changes
              </Button>
            )}
            <Button type="submit" variant="primary" disabled={isSubmitting || (requireChanges && !isDirty)}>
              {isSubmitting ? 'Saving…' : submitLabel}
            </Button>
          </div>
        </div>
      )}
      <UnsavedChangesGuard dirty={isDirty && !isSubmitting} allowLeave={allowLeave} />
    </form>
  );
}

function BackstoryToolsSlot({
  control,
  Tools,
  getBackstory,
  applyBackstory,
}: { control: Control<CharacterFormInput>; Tools: ComponentType<BackstoryToolsProps> } & Omit<BackstoryToolsProps, 'name'>) {
  const name = useWatch({ control, name: 'name' });
  return <Tools name={name} getBackstory={getBackstory} applyBackstory={applyBackstory} />;
}

function BackstoryCount({ control }: { control: Control<CharacterFormInput> }): ReactNode {
  const length = useWatch({ control, name: 'backstory' }).length;
  return (
    <span className={cn('text-xs tabular-nums', length > limits.backstoryMax ? 'font-medium text-red-700' : 'text-zinc-500')}>
      {length.toLocaleString()} / {limits.backstoryMax.toLocaleString()} characters
    </span>
  );
}
