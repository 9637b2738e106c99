/** The Language List API's answer: `[{"en-US": {"lang_code": "en-US", "lang_name": "English"}}, …]`. */
import { z } from 'zod/mini';

export const languageEntrySchema = z.object({ lang_code: z.string(), lang_name: z.string() });
export const languageListSchema = z.array(z.record(z.string(), languageEntrySchema));
export type LanguageList = z.infer<typeof languageListSchema>;
