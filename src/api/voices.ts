import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from './client';
import type { LanguageList } from '@contract/schemas/languages';
import { isSafeUrl } from '@contract/check';
import { voiceListCheck, type VoiceList } from '@contract/voices';

const languageListSchema = () => import('@contract/schemas/languages').then((module) => module.languageListSchema);

/** One voice of the Voice List API, flattened out of its section and one-key wrapper. */
export type Voice = {
  name: string;
  section: string;
  value: string;
  gender: string;
  languages: string[];
  sample: string | null;
};

export type Language = { code: string; name: string };

export const voiceKeys = { all: ['voices'] as const };
export const languageKeys = { all: ['languages'] as const };

export function flattenVoices(list: VoiceList): Voice[] {
  const voices: Voice[] = [];
  for (const [section, entries] of Object.entries(list)) {
    for (const entry of entries) {
      for (const [name, voice] of Object.entries(entry)) {
        // Only a web address plays: "NULL", "" and anything else (javascript:, data:) mean no sample.
        const sample = isSafeUrl(voice.sample_link) ? voice.sample_link : null;
        voices.push({ name, section, value: voice.voice_value, gender: voice.gender.toUpperCase(), languages: voice.lang_codes, sample });
      }
    }
  }
  return voices;
}

export function flattenLanguages(list: LanguageList): Language[] {
  return list.flatMap((entry) => Object.values(entry).map((language) => ({ code: language.lang_code, name: language.lang_name })));
}

// The catalogues change rarely: fetch once per visit.
export const voiceQueries = {
  voices: () =>
    queryOptions({
      queryKey: voiceKeys.all,
      queryFn: ({ signal }) =>
        apiRequest('/tts/get_available_voices', { method: 'GET', schema: voiceListCheck, signal }).then(flattenVoices),
      staleTime: Infinity,
    }),
  languages: () =>
    queryOptions({
      queryKey: languageKeys.all,
      queryFn: ({ signal }) =>
        apiRequest('/tts/get_available_languages', { method: 'GET', schema: languageListSchema, signal }).then(flattenLanguages),
      staleTime: Infinity,
    }),
};
