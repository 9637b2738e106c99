import { queryOptions } from '@tanstack/react-query';
import type { LocalModelChoice } from '@contract/schemas/local-models';
import { apiRequest } from './client';

// Loaded with the first call: only the Settings page makes these.
const schemas = () => import('@contract/schemas/local-models');

const DASHBOARD = '/dashboard';

export const localModelKeys = { all: ['local-models'] as const };

/** The local model servers (Ollama, LM Studio) the server found, their models, and the one in use. */
export const listLocalModels = (signal?: AbortSignal) =>
  apiRequest('/local-models', {
    method: 'GET',
    base: DASHBOARD,
    schema: () => schemas().then((module) => module.localModelsAnswer),
    signal,
  });

/** Makes a model of one of the servers listed write backstories and replies. */
export const chooseLocalModel = (choice: LocalModelChoice) =>
  apiRequest('/local-model', { base: DASHBOARD, body: choice, schema: () => schemas().then((module) => module.localModelChange) });

/** The offline writer again. */
export const chooseOfflineWriter = () =>
  apiRequest('/local-model', { method: 'DELETE', base: DASHBOARD, schema: () => schemas().then((module) => module.localModelChange) });

export const localModelQueries = {
  // Looked at each time Settings opens: a model server is started and stopped more often than the dashboard.
  list: () => queryOptions({ queryKey: localModelKeys.all, queryFn: ({ signal }) => listLocalModels(signal), staleTime: 0 }),
};
