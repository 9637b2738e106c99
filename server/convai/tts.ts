import { Hono } from 'hono';
import { languageNames } from '../../contract/languages';
import { absoluteUrl } from './character-record';
import { authenticate, type KeyRing } from './endpoint';
import { voiceCatalogue } from './voice-catalogue';

/** The Voice List and Language List APIs, mounted at /tts. */
export function ttsRoutes(keys: KeyRing) {
  const routes = new Hono();
  const languages = Object.entries(languageNames).map(([code, name]) => ({
    [code]: { lang_code: code, lang_name: name },
  }));

  routes.get('/get_available_voices', (c) => {
    const user = authenticate(c, keys, 'ERROR', 400);
    if (user instanceof Response) return user;
    const origin = new URL(c.req.url).origin;
    const voices = Object.fromEntries(
      Object.entries(voiceCatalogue).map(([section, entries]) => [
        section,
        entries.map((entry) =>
          Object.fromEntries(
            Object.entries(entry).map(([name, voice]) => [name, { ...voice, sample_link: absoluteUrl(voice.sample_link, origin) }]),
          ),
        ),
      ]),
    );
    return c.json(voices);
  });

  routes.get('/get_available_languages', (c) => {
    const user = authenticate(c, keys, 'ERROR', 400);
    if (user instanceof Response) return user;
    return c.json(languages);
  });

  return routes;
}
