/**
 * How each voice of the local catalogue sounds in eSpeak NG: its language, a male or female
 * variant and pitch, an older or younger delivery. A voice the catalogue does not know (a hosted
 * voice name, say) is read for its gender and language from its name where it can be.
 */
import { catalogueVoices } from '../convai/voice-catalogue';

/** eSpeak NG's language for each of the contract's language codes. */
const espeakLanguages: Record<string, string> = {
  'en-US': 'en-us',
  'en-GB': 'en-gb',
  'en-IN': 'en-gb',
  'es-ES': 'es',
  'es-MX': 'es-419',
  'es-US': 'es-419',
  'fr-FR': 'fr',
  ar: 'ar',
  'hi-IN': 'hi',
  'ja-JP': 'ja',
  'ko-KR': 'ko',
  'ru-RU': 'ru',
  'nl-NL': 'nl',
  'nl-BE': 'nl',
  'cmn-CN': 'cmn',
  'de-DE': 'de',
  'vi-VN': 'vi',
  'it-IT': 'it',
  'tr-TR': 'tr',
  'pt-BR': 'pt-br',
  'zh-HK': 'yue',
  'pl-PL': 'pl',
  'pt-PT': 'pt',
  'sv-SE': 'sv',
  'kk-KZ': 'kk',
  'fi-FI': 'fi',
};

/** Languages written in the Latin alphabet: text in Latin letters is read in the voice's own language. */
const latinScript = new Set(['en-us', 'en-gb', 'es', 'es-419', 'fr', 'nl', 'de', 'vi', 'it', 'tr', 'pt-br', 'pl', 'pt', 'sv', 'fi']);

export type VoiceProfile = { language: string; gender: 'MALE' | 'FEMALE'; variant: string; pitch: number; rate: number; range: number };

/** A small, stable number from a name: voices of the same kind differ a little, and always the same way. */
const spread = (name: string, range: number) => [...name].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7) % range;

/** How a voice sounds; `voiceType` is a catalogue value ("MALE", "fr-FR-DeniseNeural") or any other name. */
export function voiceProfile(voiceType: string): VoiceProfile {
  const known = catalogueVoices.get(voiceType);
  const gender = known?.gender ?? (/female|woman|girl|\bf\b/i.test(voiceType) ? 'FEMALE' : 'MALE');
  const code = known?.lang_codes[0] ?? /^[a-z]{2,3}-[A-Z]{2}/.exec(voiceType)?.[0] ?? 'en-US';
  const language = espeakLanguages[code] ?? espeakLanguages[`${code.split('-')[0]}`] ?? 'en-us';
  const elder = /ELDER|old/i.test(voiceType);
  const young = /YOUNG|young/i.test(voiceType);
  const variant = gender === 'FEMALE' ? `f${1 + spread(voiceType, 5)}` : `m${1 + spread(voiceType, 7)}`;
  const basePitch = gender === 'FEMALE' ? 62 + spread(voiceType, 12) : 30 + spread(voiceType, 12);
  return {
    language,
    gender,
    variant,
    pitch: Math.max(5, Math.min(95, basePitch + (young ? 12 : 0) - (elder ? 14 : 0))),
    rate: elder ? 150 : young ? 185 : 170,
    range: elder ? 40 : 55,
  };
}

/**
 * The eSpeak NG language to read `text` in with a voice of `language`: the script decides (kana is
 * Japanese, Hangul Korean, Han characters Chinese…); text in Latin letters is read in the voice's
 * language when that is written in Latin letters, else in English.
 */
export function readingLanguage(text: string, language: string): string {
  if (/[\u3040-\u30ff]/.test(text)) return 'ja';
  if (/[\uac00-\ud7af\u1100-\u11ff]/.test(text)) return 'ko';
  if (/[\u4e00-\u9fff]/.test(text)) return language === 'yue' || language === 'ja' ? language : 'cmn';
  if (/[\u0600-\u06ff]/.test(text)) return 'ar';
  if (/[\u0900-\u097f]/.test(text)) return 'hi';
  if (/[\u0400-\u04ff]/.test(text)) return language === 'kk' ? 'kk' : 'ru';
  return latinScript.has(language) ? language : 'en-us';
}

/** A line each voice says as its sample, in its own language (Japanese in kana, which eSpeak NG reads). */
export const sampleLines: Record<string, string> = {
  'en-us': 'Hello, traveller. This is how I sound when I speak to you.',
  'en-gb': 'Hello, traveller. This is how I sound when I speak to you.',
  es: 'Hola, viajero. Así suena mi voz cuando te hablo.',
  'es-419': 'Hola, viajero. Así suena mi voz cuando te hablo.',
  fr: 'Bonjour, voyageur. Voici comment sonne ma voix.',
  ar: 'مرحبا أيها المسافر. هكذا يبدو صوتي.',
  hi: 'नमस्ते यात्री। मेरी आवाज़ ऐसी सुनाई देती है।',
  ja: 'こんにちは、たびびとさん。わたしの こえは こんなふうに きこえます。',
  ko: '안녕하세요, 여행자님. 제 목소리는 이렇게 들립니다.',
  ru: 'Здравствуй, путник. Вот так звучит мой голос.',
  nl: 'Hallo, reiziger. Zo klinkt mijn stem.',
  cmn: '你好，旅行者。这就是我的声音。',
  yue: '你好，旅人。我嘅聲音就係咁。',
  de: 'Hallo, Reisender. So klingt meine Stimme.',
  vi: 'Xin chào, lữ khách. Giọng của tôi nghe như thế này.',
  it: 'Ciao, viaggiatore. Ecco come suona la mia voce.',
  tr: 'Merhaba yolcu. Sesim böyle duyuluyor.',
  'pt-br': 'Olá, viajante. É assim que soa a minha voz.',
  pt: 'Olá, viajante. É assim que soa a minha voz.',
  pl: 'Witaj, wędrowcze. Tak brzmi mój głos.',
  sv: 'Hej, resenär. Så här låter min röst.',
  kk: 'Сәлем, жолаушы. Менің дауысым осылай естіледі.',
  fi: 'Hei, matkalainen. Tältä minun ääneni kuulostaa.',
};
