/**
 * The demo characters seeded into a new database, read from `demo-data/characters.json`.
 *
 * Every `voiceType` is a `voice_value` of `server/convai/voice-catalogue.ts`; every language code is one
 * of the 24 documented codes (the first is the primary); `avatar` names a file in `public/avatars/`.
 */
import { z } from 'zod';
import { readDemoFile } from './read-demo-file';

const demoCharacterSchema = z.object({
  name: z.string().min(1),
  voiceType: z.string().min(1), // a voice_value from the catalogue
  languageCodes: z.array(z.string()).min(1), // from the 24 documented codes; first is the primary
  actions: z.array(z.string()), // short verb phrases a game engine can trigger
  backstory: z
    .array(z.string().min(1))
    .min(1)
    .transform((paragraphs) => paragraphs.join('\n\n')), // 3–5 paragraphs in the file, one text here
  createdAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/), // UTC "YYYY-MM-DDTHH:MM:SS"
  listing: z.enum(['public', 'unlisted']),
  avatar: z.string().nullable(), // file name in public/avatars/ or null
  knowledgeBank: z.array(z.object({ name: z.string(), content: z.string() })).max(3),
});

export type DemoCharacter = z.output<typeof demoCharacterSchema>;

export const demoCharacters: DemoCharacter[] = readDemoFile('characters.json', z.array(demoCharacterSchema));
