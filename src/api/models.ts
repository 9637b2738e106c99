import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from './client';

const supportedModelsSchema = () => import('@contract/schemas/characters').then((module) => module.supportedModelsSchema);

export const modelKeys = { all: ['models'] as const };

/** The language models a character may use, with their reasoning levels. */
export const listSupportedModels = (signal?: AbortSignal) =>
  apiRequest('/character/getSupportedModel', { body: {}, schema: supportedModelsSchema, signal });

// The catalogue changes rarely: fetch once per visit.
export const modelQueries = {
  list: () => queryOptions({ queryKey: modelKeys.all, queryFn: ({ signal }) => listSupportedModels(signal), staleTime: Infinity }),
};
