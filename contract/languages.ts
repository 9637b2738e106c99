/** The Language List API's documented languages, by code. */
export const languageNames = {
  'en-US': 'English',
  'es-ES': 'Spanish (Spain)',
  'fr-FR': 'French',
  ar: 'Arabic',
  'hi-IN': 'Hindi',
  'ja-JP': 'Japanese',
  'ko-KR': 'Korean',
  'ru-RU': 'Russian',
  'nl-NL': 'Dutch (Netherlands)',
  'nl-BE': 'Dutch (Belgium)',
  'cmn-CN': 'Mandarin Chinese',
  'de-DE': 'German',
  'vi-VN': 'Vietnamese',
  'it-IT': 'Italian',
  'tr-TR': 'Turkish',
  'pt-BR': 'Portuguese (Brazil)',
  'es-MX': 'Spanish (Mexico)',
  'zh-HK': 'Cantonese',
  'pl-PL': 'Polish',
  'pt-PT': 'Portuguese (Portugal)',
  'es-US': 'Spanish (US)',
  'sv-SE': 'Swedish',
  'kk-KZ': 'Kazakh',
  'fi-FI': 'Finnish',
} as const satisfies Record<string, string>;

export type LanguageCode = keyof typeof languageNames;
export const languageCodes = Object.keys(languageNames) as LanguageCode[];
