import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useWatch, type Control, type UseFormGetValues, type UseFormSetValue } from 'react-hook-form';
import { modelQueries } from '@/api/models';
import { reasoningValues } from '@contract/models';
import type { SupportedModel } from '@contract/schemas/characters';
import { Field, FieldError } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { QueryStatus } from '@/components/ui/query-status';
import { Switch } from '@/components/ui/switch';
import type { CharacterFormInput } from '../character-form-schema';

type Props = {
  control: Control<CharacterFormInput>;
  setValue: UseFormSetValue<CharacterFormInput>;
  getValues: UseFormGetValues<CharacterFormInput>;
};

/** The character's model, temperature, reasoning effort and long-term memory. */
export function AiSettings({ control, setValue, getValues }: Props) {
  const models = useQuery(modelQueries.list());
  return (
    <section aria-labelledby="ai-settings-heading" className="space-y-4 rounded-xl bg-surface p-4 shadow-sm ring-1 ring-zinc-950/5">
      <div>
        <h2 id="ai-settings-heading" className="text-sm font-semibold text-zinc-900">
          AI settings
        </h2>
        <p className="text-xs text-zinc-500">How the character thinks when it answers players.</p>
      </div>
      <QueryStatus query={models} loading="Loading the models" errorTitle="The list of models could not be loaded.">
        {(list) => <ModelSettings control={control} setValue={setValue} getValues={getValues} models={list} />}
      </QueryStatus>
      <Controller
        control={control}
        name="memory"
        render={({ field, fieldState }) => (
          <div>
            <Switch
              label="Long-term memory"
              description="Remembers what each player said in earlier sessions and brings it up again."
              checked={field.value}
              onChange={(event) => field.onChange(event.target.checked)}
              onBlur={field.onBlur}
            />
            <FieldError message={fieldState.error?.message} />
          </div>
        )}
      />
    </section>
  );
}

function ModelSettings({ control, setValue, getValues, models }: Props & { models: SupportedModel[] }) {
  const chosen = useWatch({ control, name: 'model' });
  const model = models.find((entry) => entry.model_group_name === chosen);
  const levels = reasoningValues(model);
  return (
    <>
      <Controller
        control={control}
        name="model"
        render={({ field, fieldState }) => (
          <Field label="Model" description="The language model that writes the character's replies." error={fieldState.error?.message}>
            {(controlProps) => (
              <Select
                {...controlProps}
                value={field.value}
                onBlur={field.onBlur}
                onChange={(event) => {
                  const next = models.find((entry) => entry.model_group_name === event.target.value);
                  field.onChange(event.target.value);
                  // A level the new model does not have goes back to its default.
                  const effort = getValues('reasoningEffort');
                  if (effort && !reasoningValues(next).includes(effort)) setValue('reasoningEffort', '', { shouldDirty: true });
                }}
              >
                {!field.value && <option value="">The service's default</option>}
                {field.value && !model && <option value={field.value}>{field.value}</option>}
                {models.map((entry) => (
                  <option key={entry.model_group_name} value={entry.model_group_name}>
                    {entry.display_name || entry.model_group_name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        )}
      />
      <Controller
        control={control}
        name="temperature"
        render={({ field, fieldState }) => (
          <TemperatureField value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} />
        )}
      />
      <Controller
        control={control}
        name="reasoningEffort"
        render={({ field, fieldState }) => (
          <Field
            label="Reasoning effort"
            description={
              levels.length > 0
                ? 'How much the model thinks before it answers: more is slower and more careful.'
                : 'This model answers without a separate reasoning step, so there is nothing to set.'
            }
            error={fieldState.error?.message}
          >
            {(controlProps) => (
              <Select {...controlProps} value={field.value} onChange={field.onChange} onBlur={field.onBlur} disabled={levels.length === 0}>
                <option value="">
                  {model?.reasoning?.default ? `The model's default (${model.reasoning.default})` : "The model's default"}
                </option>
                {levels.map((level) => (
                  <option key={level} value={level}>
                    {level === 'auto' ? 'auto (the model decides)' : level}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        )}
      />
    </>
  );
}

/** Temperature as a slider and a number, 0 to 1; the number keeps what is typed until it is a number. */
function TemperatureField({
  value,
  onChange,
  onBlur,
  error,
}: {
  value: number;
  onChange: (value: number) => void;
  onBlur: () => void;
  error?: string;
}) {
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  // The slider moved (or the form was reset): the box follows. (Object.is: NaN, a box being
  // emptied, is the same value as itself.)
  if (!Object.is(shown, value)) {
    setShown(value);
    if (Number(text) !== value) setText(String(value));
  }
  return (
    <Field label="Temperature" description="Lower keeps replies steady and predictable; higher makes them more surprising." error={error}>
      {(controlProps) => (
        <div className="flex items-center gap-3">
          <input
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={Number.isFinite(value) ? value : 0}
            onChange={(event) => onChange(Number(event.target.value))}
            onBlur={onBlur}
            aria-label="Temperature (slider)"
            className="h-2 flex-1 cursor-pointer accent-brand-600"
          />
          <Input
            {...controlProps}
            type="number"
            inputMode="decimal"
            min={0}
            max={1}
            step={0.01}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              onChange(event.target.value.trim() === '' ? Number.NaN : Number(event.target.value));
            }}
            onBlur={onBlur}
            className="w-20"
          />
        </div>
      )}
    </Field>
  );
}
