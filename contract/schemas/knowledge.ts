/**
 * The knowledge bank: documents that belong to an account and are connected to any number of its
 * characters. Request bodies as the local server validates them, and the records both the server
 * answers with and the app reads.
 */
import { z } from 'zod/mini';
import { jsonOrText, textField } from './fields';

/** Where a document is in its processing: the local server's addition, beside Convai's `is_available`. */
export const processingStates = ['processing', 'ready', 'failed'] as const;
export type ProcessingState = (typeof processingStates)[number];

/**
 * A document as Convai prints it (`id`, `file_name`, `is_available`, `status`, `timestamp`,
 * `file_size` as a string of bytes), with the local server's additions: the processing state, why
 * processing failed, how many passages were indexed, and (listed) which characters use it.
 */
export const knowledgeDocumentSchema = z.looseObject({
  id: z.string(),
  file_name: z.string(),
  is_available: z.catch(z.boolean(), false),
  /** `active` where connected to the character the list was asked for. */
  status: z.catch(z.enum(['active', 'inactive']), 'inactive'),
  timestamp: z.nullish(z.string()),
  file_size: z.nullish(z.union([z.string(), z.number()])),
  processing_status: z.optional(z.catch(z.enum(processingStates), 'processing')),
  processing_error: z.nullish(z.string()),
  passage_count: z.nullish(z.number()),
  /** In a list from the local server: every character connected to the document. */
  character_ids: z.optional(z.array(z.string())),
});
export type KnowledgeDocument = z.infer<typeof knowledgeDocumentSchema>;

/** Convai's documentation prints each listed document as a JSON string: both forms are read. */
const listedDocument = jsonOrText(knowledgeDocumentSchema);

export const knowledgeListSchema = z.looseObject({ docs: z.array(listedDocument) });

/** The local server takes list without `character_id` too (every document `inactive`): an account may have no character yet. */
export const knowledgeListRequest = z.object({ character_id: z.optional(textField('character_id', 200)) });
/**
 * Upload and update: multipart bodies whose `file` is a file part. `file_name` is text, or (as
 * Convai's Python sample sends it, `files={"file_name": ..., "file": ...}`) a part holding the name.
 */
export const knowledgeUploadRequest = z.object({ file_name: z.optional(z.unknown()), file: z.optional(z.unknown()) });
export const knowledgeUpdateRequest = z.object({
  document_id: textField('document_id', 200),
  file_name: z.optional(z.unknown()),
  file: z.optional(z.unknown()),
});
export const knowledgeDocumentRequest = z.object({ document_id: textField('document_id', 200) });

/** What delete answers. */
export const knowledgeDeletedSchema = z.looseObject({ STATUS: z.optional(z.string()) });

/** One indexed passage of a document's extracted text, in reading order. */
export const passageSchema = z.looseObject({ passage_id: z.number(), text: z.string() });
export type Passage = z.infer<typeof passageSchema>;

/** The local server's `/character/knowledge-bank/passages`: a document and its extracted text, passage by passage. */
export const documentPassagesSchema = z.looseObject({
  document: knowledgeDocumentSchema,
  passages: z.array(passageSchema),
});
export type DocumentPassages = z.infer<typeof documentPassagesSchema>;

/**
 * A passage a reply drew on (the local server's addition to getResponse and to chat-history
 * exchanges): the document, the passage's id, and its text as it was when the reply was written.
 */
export const replySourceSchema = z.looseObject({
  document_id: z.string(),
  file_name: z.string(),
  passage_id: z.number(),
  text: z.string(),
});
export type ReplySource = z.infer<typeof replySourceSchema>;
export const replySourcesSchema = z.array(replySourceSchema);

/** What upload and update take: the largest file, and the kinds of file read. */
export const knowledgeUpload = {
  maxBytes: 25 * 1024 * 1024,
  /** By extension: the file's name decides how it is read. */
  extensions: ['.txt', '.md', '.markdown', '.csv', '.pdf', '.docx'],
} as const;
