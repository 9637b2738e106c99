/**
 * The Voice List API's answer, checked by hand (the first page reads it): sections of one-key
 * objects, `{"Section": [{"Name": {voice_value, lang_codes, gender, …}}]}`.
 */
import { handCheck, isPlainObject, isStringList } from './check';

export type VoiceEntry = {
  voice_value: string;
  lang_codes: string[];
  gender: string;
  deployment_env?: string[];
  sample_link?: string | null;
  [field: string]: unknown;
};
export type VoiceList = Record<string, Array<Record<string, VoiceEntry>>>;

/** One voice: `voice_value` must be text; unreadable languages or gender read as none. Other fields pass through. */
export function checkVoiceEntry(value: unknown): VoiceEntry | undefined {
  if (!isPlainObject(value) || typeof value.voice_value !== 'string') return undefined;
  if (value.deployment_env !== undefined && !isStringList(value.deployment_env)) return undefined;
  if (value.sample_link !== undefined && value.sample_link !== null && typeof value.sample_link !== 'string') return undefined;
  return {
    ...value,
    voice_value: value.voice_value,
    lang_codes: isStringList(value.lang_codes) ? value.lang_codes : [],
    gender: typeof value.gender === 'string' ? value.gender : '',
  };
}

export const voiceListCheck = handCheck((value): VoiceList | undefined => {
  if (!isPlainObject(value)) return undefined;
  const list: VoiceList = {};
  for (const [section, entries] of Object.entries(value)) {
    if (!Array.isArray(entries)) return undefined;
    const checked: Array<Record<string, VoiceEntry>> = [];
    for (const entry of entries) {
      if (!isPlainObject(entry)) return undefined;
      const voices: Record<string, VoiceEntry> = {};
      for (const [name, voice] of Object.entries(entry)) {
        const ok = checkVoiceEntry(voice);
        if (!ok) return undefined;
        voices[name] = ok;
      }
      checked.push(voices);
    }
    list[section] = checked;
  }
  return list;
});
