// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/client';
import type { Language, Voice } from '@/api/voices';
import { modelKeys } from '@/api/models';
import type { SupportedModel } from '@contract/schemas/characters';
import { createTestQueryClient, renderWithRouter } from '@/testing/render';
import type { CharacterFormInput, CharacterFormValues } from '../character-form-schema';
import { CharacterForm } from './character-form';

const voices: Voice[] = [
  { name: 'Ava', section: 'Convai', value: 'ava', gender: 'FEMALE', languages: ['en-US'], sample: null },
  { name: 'Bram', section: 'Convai', value: 'bram', gender: 'MALE', languages: ['en-US'], sample: null },
];
const languages: Language[] = [
  { code: 'en-US', name: 'English (US)' },
  { code: 'fr-FR', name: 'French' },
];
const models: SupportedModel[] = [
  { model_group_name: 'gpt-4o-mini', display_name: 'GPT-4o mini', reasoning: null },
  { model_group_name: 'gpt-5', display_name: 'GPT-5', reasoning: { levels: ['none', 'low', 'high'], supports_auto: true, default: 'low' } },
];
const initialValues: CharacterFormInput = {
  name: 'Ada',
  voiceType: 'ava',
  languageCodes: ['en-US'],
  actions: ['wave'],
  backstory: 'Keeps the lighthouse.',
  model: 'gpt-4o-mini',
  temperature: 0.7,
  reasoningEffort: '',
  memory: false,
};

function renderForm(onSubmit: (values: CharacterFormValues) => Promise<unknown>, onSaved = vi.fn()) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(modelKeys.all, models);
  renderWithRouter(
    [
      {
        path: '/characters/c1',
        element: (
          <CharacterForm
            initialValues={initialValues}
            voices={voices}
            languages={languages}
            submitLabel="Save changes"
            requireChanges
            onSubmit={onSubmit}
            onSaved={onSaved}
          />
        ),
      },
    ],
    '/characters/c1',
    queryClient,
  );
  return { onSaved };
}

const nameBox = () => screen.getByRole<HTMLInputElement>('textbox', { name: 'Name' });
const backstoryBox = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Backstory' });

/** Types what a user would: a new name and a longer backstory. */
function edit() {
  fireEvent.change(nameBox(), { target: { value: 'Ada Lovelace' } });
  fireEvent.change(backstoryBox(), { target: { value: 'Keeps the lighthouse, and the logbook.' } });
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

/** The texts an element's aria-describedby points at. */
function descriptionsOf(element: HTMLElement): string[] {
  const ids = element.getAttribute('aria-describedby')?.split(/\s+/).filter(Boolean) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? `(no element #${id})`);
}

/** What the user typed is still there, and still counts as unsaved. */
function expectTypedValuesKept() {
  expect(nameBox().value).toBe('Ada Lovelace');
  expect(backstoryBox().value).toBe('Keeps the lighthouse, and the logbook.');
  expect(screen.getByText('Unsaved changes', { exact: true })).toBeDefined();
}

afterEach(() => {
  cleanup();
});

describe('a save the server refuses', () => {
  const updateFailed = 'Could not update all_characters table.';
  const fields = [
    {
      field: 'Name',
      message: `${updateFailed} charName: Too big: expected string to have <=200 characters`,
      control: nameBox,
    },
    {
      field: 'Voice',
      message: `${updateFailed} voiceType: Unknown voice.`,
      control: () => screen.getByRole('group', { name: 'Voice' }),
    },
    {
      field: 'Languages',
      message: `${updateFailed} languageCodes: Unknown language code "xx-XX".`,
      control: () => screen.getByRole('group', { name: 'Languages' }),
    },
    {
      field: 'Actions',
      message: `${updateFailed} action: An action must be at most 100 characters.`,
      control: () => screen.getByRole('textbox', { name: 'Actions' }),
    },
    {
      field: 'Backstory',
      message: `${updateFailed} backstory: Too big: expected string to have <=10000 characters`,
      control: backstoryBox,
    },
  ];

  it.each(fields)('a message naming the $field field shows beside it, linked to it', async ({ message, control }) => {
    renderForm(() => Promise.reject(new ApiError(message, 400, { ERROR: message })));
    edit();
    save();

    const shown = await screen.findByText(message, { exact: true });
    expect(shown.getAttribute('role')).toBe('alert');
    expect(descriptionsOf(control())).toContain(message);
    expect(control().getAttribute('aria-invalid')).toBe('true');
    // Only there: not on the form, not on another field.
    expect(screen.queryByText('The character was not saved.', { exact: true })).toBeNull();
    expect(screen.getAllByText(message, { exact: true })).toHaveLength(1);
    expectTypedValuesKept();
  });

  it('a message naming no field shows on the form, and no field is marked', async () => {
    const message = 'Could not fetch character details from all_characters table.';
    renderForm(() => Promise.reject(new ApiError(message, 400, { ERROR: message })));
    edit();
    save();

    const alert = await screen.findByText('The character was not saved.', { exact: true });
    expect(alert.closest('[role="alert"]')?.textContent).toContain(message);
    expect(nameBox().getAttribute('aria-invalid')).toBe('false');
    expect(backstoryBox().getAttribute('aria-invalid')).toBe('false');
    expect(screen.getByRole('group', { name: 'Voice' }).getAttribute('aria-invalid')).toBeNull();
    expectTypedValuesKept();
  });

  it('a word that merely contains a field name ("interaction") names no field', async () => {
    const message = 'The interaction service is not available.';
    renderForm(() => Promise.reject(new ApiError(message, 400, { ERROR: message })));
    edit();
    save();

    await screen.findByText('The character was not saved.', { exact: true });
    expect(screen.getByRole('textbox', { name: 'Actions' }).getAttribute('aria-invalid')).not.toBe('true');
  });

  it('the form-level message carries the advice for the status', async () => {
    renderForm(() => Promise.reject(new ApiError('Rate limit exceeded.', 429, { ERROR: 'Rate limit exceeded.' })));
    edit();
    save();

    const alert = await screen.findByText('The character was not saved.', { exact: true });
    expect(alert.closest('[role="alert"]')?.textContent).toContain(
      'Rate limit exceeded. Convai limits how many calls a key may make. Wait a minute, then try again.',
    );
    expectTypedValuesKept();
  });

  it('an unreachable server shows on the form', async () => {
    renderForm(() => Promise.reject(new ApiError('Could not reach the server. Check that it is running and try again.', 0)));
    edit();
    save();

    const alert = await screen.findByText('The character was not saved.', { exact: true });
    expect(alert.closest('[role="alert"]')?.textContent).toContain('Could not reach the server.');
    expectTypedValuesKept();
  });

  it('a field’s server message goes once the user edits that field', async () => {
    const message = `${updateFailed} charName: Too big: expected string to have <=200 characters`;
    renderForm(() => Promise.reject(new ApiError(message, 400)));
    edit();
    save();
    await screen.findByText(message, { exact: true });

    fireEvent.change(nameBox(), { target: { value: 'Ada L.' } });
    await waitFor(() => expect(screen.queryByText(message, { exact: true })).toBeNull());
    expect(nameBox().getAttribute('aria-invalid')).toBe('false');
  });

  it('saving again after a refusal sends what the user typed', async () => {
    const message = `${updateFailed} charName: Too big: expected string to have <=200 characters`;
    const onSubmit = vi.fn<(values: CharacterFormValues) => Promise<unknown>>().mockRejectedValueOnce(new ApiError(message, 400));
    onSubmit.mockResolvedValueOnce({ saved: true });
    const { onSaved } = renderForm(onSubmit);
    edit();
    save();
    await screen.findByText(message, { exact: true });

    save();
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ saved: true }));
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(onSubmit.mock.calls[1][0]).toMatchObject({ name: 'Ada Lovelace', backstory: 'Keeps the lighthouse, and the logbook.' });
    expect(screen.queryByText(message, { exact: true })).toBeNull();
    expect(screen.getByText('All changes saved', { exact: true })).toBeDefined();
  });
});

describe('AI settings and memory', () => {
  const modelBox = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Model' });
  const effortBox = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Reasoning effort' });
  const options = (select: HTMLSelectElement) => [...select.options].map((option) => option.value);

  it('offers only the chosen model’s reasoning levels, and a level the new model lacks goes back to its default', async () => {
    const onSubmit = vi.fn<(values: CharacterFormValues) => Promise<unknown>>().mockResolvedValue(undefined);
    renderForm(onSubmit);
    expect(effortBox().disabled).toBe(true);

    fireEvent.change(modelBox(), { target: { value: 'gpt-5' } });
    await waitFor(() => expect(effortBox().disabled).toBe(false));
    expect(options(effortBox())).toEqual(['', 'none', 'low', 'high', 'auto']);
    fireEvent.change(effortBox(), { target: { value: 'high' } });

    fireEvent.change(modelBox(), { target: { value: 'gpt-4o-mini' } });
    await waitFor(() => expect(effortBox().value).toBe(''));
  });

  it('keeps a temperature being typed, refuses one out of range beside the field, and saves the settings chosen', async () => {
    const onSubmit = vi.fn<(values: CharacterFormValues) => Promise<unknown>>().mockResolvedValue(undefined);
    renderForm(onSubmit);
    const temperature = screen.getByRole<HTMLInputElement>('spinbutton', { name: 'Temperature' });

    fireEvent.change(temperature, { target: { value: '1.5' } });
    save();
    const error = await screen.findByText('Temperature must be between 0 and 1.', { exact: true });
    expect(descriptionsOf(temperature)).toContain(error.textContent);
    expect(temperature.value).toBe('1.5');
    expect(onSubmit).not.toHaveBeenCalled();

    // An emptied box is not a number: said beside it, and the page carries on.
    fireEvent.change(temperature, { target: { value: '' } });
    save();
    await screen.findByText('Temperature must be a number.', { exact: true });

    fireEvent.change(temperature, { target: { value: '0.25' } });
    fireEvent.click(screen.getByRole('switch', { name: 'Long-term memory' }));
    save();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toMatchObject({ temperature: 0.25, memory: true, model: 'gpt-4o-mini', reasoningEffort: '' });
  });
});
