/**
 * Review of conversations: a rating, labels and a note per exchange, and a status per session. Kept
 * by the dashboard's server in its own database in both arrangements (Convai keeps no reviews). The
 * dashboard server's own API (`/dashboard/characters/:id/sessions/:sessionId/review…`,
 * `/dashboard/characters/:id/reviews`, `/dashboard/characters/:id/labels`), not Convai's.
 */
import { z } from 'zod/mini';

export const ratings = ['good', 'bad'] as const;
export type Rating = (typeof ratings)[number];

export const reviewStatuses = ['unreviewed', 'reviewed', 'flagged'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

export const annotationLimits = { labels: 20, labelMax: 40, noteMax: 2_000, labelSet: 100 } as const;

/**
 * Which exchange of a session an annotation belongs to: its timestamp as the chat history gives it,
 * and, when several exchanges share one, its place among them ("2026-12-02 04:20:11.123456#1").
 */
export const exchangeKey = (timestamp: string, ordinal: number) => (ordinal === 0 ? timestamp : `${timestamp}#${ordinal}`);

const label = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'A label cannot be empty.'),
    z.maxLength(annotationLimits.labelMax, `A label is at most ${annotationLimits.labelMax} characters.`),
  );

/** One exchange's review: `rating` null when not rated. */
export const exchangeAnnotationSchema = z.looseObject({
  exchange: z.string(),
  rating: z.nullable(z.enum(ratings)),
  labels: z.array(z.string()),
  note: z.string(),
  updated_at: z.string(),
});
export type ExchangeAnnotation = z.infer<typeof exchangeAnnotationSchema>;

/** A session's review: its status and the annotated exchanges (those never annotated are left out). */
export const sessionReviewSchema = z.looseObject({
  session_id: z.string(),
  status: z.enum(reviewStatuses),
  exchanges: z.array(exchangeAnnotationSchema),
});
export type SessionReview = z.infer<typeof sessionReviewSchema>;

/** What changing an exchange's review sends: the fields given change, the others stay. */
export const exchangeAnnotationRequest = z.strictObject({
  rating: z.optional(z.nullable(z.enum(ratings, 'rating must be "good", "bad" or null.'))),
  labels: z.optional(
    z.array(label).check(z.maxLength(annotationLimits.labels, `An exchange has at most ${annotationLimits.labels} labels.`)),
  ),
  note: z.optional(z.string().check(z.maxLength(annotationLimits.noteMax, `A note is at most ${annotationLimits.noteMax} characters.`))),
});
export type ExchangeAnnotationInput = z.infer<typeof exchangeAnnotationRequest>;

export const sessionStatusRequest = z.strictObject({
  status: z.enum(reviewStatuses, 'status must be "unreviewed", "reviewed" or "flagged".'),
});

/** A session in the character's review summary (sessions never reviewed are left out). */
export const sessionReviewSummarySchema = z.looseObject({
  session_id: z.string(),
  status: z.enum(reviewStatuses),
  good: z.number(),
  bad: z.number(),
  labels: z.array(z.string()),
  notes: z.number(),
});
export type SessionReviewSummary = z.infer<typeof sessionReviewSummarySchema>;
export const reviewSummaryListSchema = z.looseObject({ sessions: z.array(sessionReviewSummarySchema) });

/** The labels offered for a character's exchanges: its own set and the set shared by every character. */
export const labelSetsSchema = z.looseObject({ character: z.array(z.string()), shared: z.array(z.string()) });
export type LabelSets = z.infer<typeof labelSetsSchema>;
export const labelSetRequest = z.strictObject({
  scope: z.enum(['character', 'shared'], 'scope must be "character" or "shared".'),
  labels: z.array(label).check(z.maxLength(annotationLimits.labelSet, `A label set holds at most ${annotationLimits.labelSet} labels.`)),
});

/**
 * Every reviewed session of a character with its annotated exchanges, in one answer
 * (`GET /dashboard/characters/:id/reviews/exchanges`): what an export needs to carry the reviews.
 */
export const characterExchangeReviewsSchema = z.looseObject({ sessions: z.array(sessionReviewSchema) });
export type CharacterExchangeReviews = z.infer<typeof characterExchangeReviewsSchema>;
