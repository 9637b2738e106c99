import type { CardChoice, CardFileFormat } from '@contract/schemas/cards';
import { apiDownload, apiRequest } from './client';

// Imported by the card dialogs only (lazy): the schemas load with them.
const contract = () => import('@contract/schemas/cards');
const DASHBOARD = '/dashboard';

const formOf = (files: File[]) => {
  const form = new FormData();
  for (const file of files) form.append('file', file, file.name);
  return form;
};

/** Reads character card files (JSON, PNG, CHARX) and says what each would become; nothing is saved. */
export const previewCards = (files: File[]) =>
  apiRequest('/cards/preview', {
    base: DASHBOARD,
    body: formOf(files),
    schema: () => contract().then((module) => module.cardPreviewSchema),
  }).then((body) => body.files);

/** Imports card files, each as chosen (import, as a copy, replacing the character of its name, or skipped); each succeeds or fails on its own. */
export const importCards = (files: File[], choices: CardChoice[]) => {
  const form = formOf(files);
  form.append('choices', JSON.stringify(choices));
  return apiRequest('/cards/import', {
    base: DASHBOARD,
    body: form,
    schema: () => contract().then((module) => module.cardImportSchema),
  }).then((body) => body.files);
};

/** Exports characters as cards: one gives its card file, several a zip of them. */
export const exportCards = (characterIds: string[], format: CardFileFormat) =>
  apiDownload('/cards/export', {
    base: DASHBOARD,
    body: { character_ids: characterIds, format },
    fallbackName: characterIds.length === 1 ? `character.${format === 'json' ? 'json' : format}` : 'characters.zip',
  });
