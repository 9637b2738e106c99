/**
 * The local server's voice catalogue, answered by `GET /tts/get_available_voices`.
 *
 * Shaped exactly like the hosted Voice List API: section name -> list of one-key objects
 * `{ "<display name>": CatalogueVoice }`. `voice_value` is what `voiceType` takes and is unique across
 * the whole catalogue. `sample_link` is the path of the voice's sample on this server, spoken by the
 * local synthesizer (server/speech/voice-samples.ts); the route makes it an absolute URL.
 */

export interface CatalogueVoice {
  voice_value: string;
  lang_codes: string[];
  gender: 'MALE' | 'FEMALE';
  deployment_env: string[];
  sample_link: string;
}

const BOTH_ENVS = ['PRODUCTION', 'DEVELOPMENT'];

/** Where a voice's sample is served. */
export const samplePath = (voiceValue: string) => `/voice-samples/${encodeURIComponent(voiceValue)}.wav`;

function voice(
  displayName: string,
  voice_value: string,
  gender: 'MALE' | 'FEMALE',
  lang_codes: string[],
  deployment_env: string[] = BOTH_ENVS,
): Record<string, CatalogueVoice> {
  return { [displayName]: { voice_value, lang_codes, gender, deployment_env: [...deployment_env], sample_link: samplePath(voice_value) } };
}

/** Section name -> list of one-key objects { "<display name>": CatalogueVoice } exactly as the hosted API shapes it. */
export const voiceCatalogue: Record<string, Array<Record<string, CatalogueVoice>>> = {
  'Convai Voices': [
    voice('Male Voice', 'MALE', 'MALE', ['en-US']),
    voice('Female Voice', 'FEMALE', 'FEMALE', ['en-US']),
    voice('Gruff Old Man', 'MALE_ELDER', 'MALE', ['en-US']),
    voice('Gentle Old Woman', 'FEMALE_ELDER', 'FEMALE', ['en-US']),
    voice('Young Man (Energetic)', 'MALE_YOUNG', 'MALE', ['en-US']),
    voice('Young Woman (Cheerful)', 'FEMALE_YOUNG', 'FEMALE', ['en-US'], ['DEVELOPMENT']),
  ],
  'Azure Voices': [
    voice('Jenny (US English)', 'en-US-JennyNeural', 'FEMALE', ['en-US']),
    voice('Guy (US English)', 'en-US-GuyNeural', 'MALE', ['en-US']),
    voice('Aria (US English)', 'en-US-AriaNeural', 'FEMALE', ['en-US']),
    voice('Sonia (British English)', 'en-GB-SoniaNeural', 'FEMALE', ['en-GB']),
    voice('Ryan (British English)', 'en-GB-RyanNeural', 'MALE', ['en-GB']),
    voice('Neerja (Indian English)', 'en-IN-NeerjaNeural', 'FEMALE', ['en-IN']),
    voice('Alvaro (Castilian Spanish)', 'es-ES-AlvaroNeural', 'MALE', ['es-ES']),
    voice('Dalia (Mexican Spanish)', 'es-MX-DaliaNeural', 'FEMALE', ['es-MX']),
    voice('Denise (French)', 'fr-FR-DeniseNeural', 'FEMALE', ['fr-FR']),
    voice('Salma (Arabic)', 'ar-EG-SalmaNeural', 'FEMALE', ['ar']),
    voice('Madhur (Hindi)', 'hi-IN-MadhurNeural', 'MALE', ['hi-IN']),
    voice('Nanami (Japanese)', 'ja-JP-NanamiNeural', 'FEMALE', ['ja-JP']),
    voice('InJoon (Korean)', 'ko-KR-InJoonNeural', 'MALE', ['ko-KR']),
    voice('Svetlana (Russian)', 'ru-RU-SvetlanaNeural', 'FEMALE', ['ru-RU']),
    voice('Arnaud (Flemish)', 'nl-BE-ArnaudNeural', 'MALE', ['nl-BE']),
    voice('Yunxi (Mandarin)', 'zh-CN-YunxiNeural', 'MALE', ['cmn-CN']),
    voice('Conrad (German)', 'de-DE-ConradNeural', 'MALE', ['de-DE']),
    voice('HoaiMy (Vietnamese)', 'vi-VN-HoaiMyNeural', 'FEMALE', ['vi-VN']),
    voice('Diego (Italian)', 'it-IT-DiegoNeural', 'MALE', ['it-IT']),
    voice('Emel (Turkish)', 'tr-TR-EmelNeural', 'FEMALE', ['tr-TR']),
    voice('Female Cantonese Voice', 'HiuManNeural2', 'FEMALE', ['zh-HK']),
    voice('Male Cantonese Voice', 'zh-HK-WanLungNeural', 'MALE', ['zh-HK']),
    voice('Sofie (Swedish)', 'sv-SE-SofieNeural', 'FEMALE', ['sv-SE']),
    voice('Daulet (Kazakh)', 'kk-KZ-DauletNeural', 'MALE', ['kk-KZ']),
    voice('Harri (Finnish)', 'fi-FI-HarriNeural', 'MALE', ['fi-FI']),
  ],
  'GCP Voices': [
    voice('US English Male (Neural2-J)', 'en-US-Neural2-J', 'MALE', ['en-US']),
    voice('US English Female (Neural2-F)', 'en-US-Neural2-F', 'FEMALE', ['en-US']),
    voice('Australian English Male', 'en-AU-Neural2-B', 'MALE', ['en-AU']),
    voice('Spanish Female (Spain)', 'es-ES-Neural2-A', 'FEMALE', ['es-ES']),
    voice('US Spanish Male', 'es-US-Neural2-B', 'MALE', ['es-US']),
    voice('Arabic Male Voice', 'ar-XA-Wavenet-B', 'MALE', ['ar']),
    voice('Hindi Female Voice', 'hi-IN-Neural2-A', 'FEMALE', ['hi-IN']),
    voice('Korean Female Voice', 'ko-KR-Neural2-A', 'FEMALE', ['ko-KR']),
    voice('Mandarin Female Voice', 'cmn-CN-Wavenet-A', 'FEMALE', ['cmn-CN']),
    voice('Dutch Male Voice', 'nl-NL-Wavenet-B', 'MALE', ['nl-NL']),
    voice('Brazilian Portuguese Male', 'pt-BR-Neural2-B', 'MALE', ['pt-BR']),
    voice('European Portuguese Female', 'pt-PT-Wavenet-A', 'FEMALE', ['pt-PT']),
    voice('Polish Female Voice', 'pl-PL-Wavenet-A', 'FEMALE', ['pl-PL']),
    voice('Finnish Female Voice', 'fi-FI-Wavenet-A', 'FEMALE', ['fi-FI']),
  ],
  'Elevenlabs Voices': [
    voice('Rachel (Calm, Narration)', 'Rachel', 'FEMALE', ['en-US']),
    voice('Charlotte (Seductive, Multilingual)', 'Charlotte', 'FEMALE', ['en-US', 'sv-SE', 'de-DE', 'fr-FR']),
    voice('Domi (Strong)', 'Domi', 'FEMALE', ['en-US']),
    voice('Adam (Deep)', 'Adam', 'MALE', ['en-US']),
    voice('Antoni (Well-rounded)', 'Antoni', 'MALE', ['en-US', 'es-ES', 'it-IT']),
    voice('Josh (Young, Deep)', 'Josh', 'MALE', ['en-US']),
    voice('Daniel (British, Authoritative)', 'Daniel', 'MALE', ['en-GB']),
  ],
  'OpenAI Voices': [
    voice('Alloy', 'alloy', 'FEMALE', ['en-US', 'es-ES', 'fr-FR', 'de-DE', 'it-IT', 'pt-BR', 'ja-JP']),
    voice('Echo', 'echo', 'MALE', ['en-US', 'es-ES', 'fr-FR', 'de-DE', 'it-IT', 'pt-BR', 'ja-JP']),
    voice('Fable', 'fable', 'MALE', ['en-US', 'en-GB']),
    voice('Onyx', 'onyx', 'MALE', ['en-US', 'es-ES', 'fr-FR', 'de-DE']),
    voice('Nova', 'nova', 'FEMALE', ['en-US', 'es-ES', 'fr-FR', 'de-DE', 'ko-KR']),
    voice('Shimmer', 'shimmer', 'FEMALE', ['en-US', 'es-ES', 'fr-FR', 'de-DE']),
  ],
};

/** Every voice of the catalogue by its `voice_value`, out of its section and one-key wrapper. */
export const catalogueVoices: ReadonlyMap<string, CatalogueVoice> = new Map(
  Object.values(voiceCatalogue).flatMap((entries) =>
    entries.flatMap((entry) => Object.values(entry).map((voice) => [voice.voice_value, voice])),
  ),
);
