import { queryOptions } from '@tanstack/react-query';
import {
  characterExchangeReviewsSchema,
  exchangeAnnotationSchema,
  labelSetsSchema,
  reviewSummaryListSchema,
  sessionReviewSchema,
  type ExchangeAnnotationInput,
  type ReviewStatus,
} from '@contract/schemas/annotations';
import { apiRequest } from './client';

// Imported by the sessions pages only (lazy), which read the contract's rules themselves: imported
// statically (a dynamic import beside their static ones would split nothing).
const DASHBOARD = '/dashboard';
const character = (charID: string) => `/characters/${encodeURIComponent(charID)}`;
const session = (charID: string, sessionID: string) => `${character(charID)}/sessions/${encodeURIComponent(sessionID)}`;

export const annotationKeys = {
  all: ['annotations'] as const,
  ofCharacter: (charID: string) => [...annotationKeys.all, charID] as const,
  reviews: (charID: string) => [...annotationKeys.ofCharacter(charID), 'reviews'] as const,
  review: (charID: string, sessionID: string) => [...annotationKeys.ofCharacter(charID), 'review', sessionID] as const,
  labels: (charID: string) => [...annotationKeys.ofCharacter(charID), 'labels'] as const,
};

/** A session's review: its status and its annotated exchanges. */
export const getSessionReview = (charID: string, sessionID: string, signal?: AbortSignal) =>
  apiRequest(`${session(charID, sessionID)}/review`, {
    method: 'GET',
    base: DASHBOARD,
    schema: sessionReviewSchema,
    signal,
  });

/** Rates, labels or notes an exchange (the fields given change); answers the exchange's review after the change. */
export const annotateExchange = (charID: string, sessionID: string, exchange: string, input: ExchangeAnnotationInput) =>
  apiRequest(`${session(charID, sessionID)}/exchanges/${encodeURIComponent(exchange)}`, {
    base: DASHBOARD,
    body: input,
    schema: exchangeAnnotationSchema,
  });

/** Marks a session unreviewed, reviewed or flagged. */
export const setSessionStatus = (charID: string, sessionID: string, status: ReviewStatus) =>
  apiRequest(`${session(charID, sessionID)}/status`, {
    base: DASHBOARD,
    body: { status },
    schema: sessionReviewSchema,
  });

/** Every reviewed session of a character: its status, ratings, labels and notes counted. */
export const listReviews = (charID: string, signal?: AbortSignal) =>
  apiRequest(`${character(charID)}/reviews`, {
    method: 'GET',
    base: DASHBOARD,
    schema: reviewSummaryListSchema,
    signal,
  }).then((body) => body.sessions);

/** The labels offered for a character's exchanges: its own, and those every character shares. */
export const getLabelSets = (charID: string, signal?: AbortSignal) =>
  apiRequest(`${character(charID)}/labels`, {
    method: 'GET',
    base: DASHBOARD,
    schema: labelSetsSchema,
    signal,
  });

/** Replaces the character's own labels, or the shared ones. */
export const setLabelSet = (charID: string, scope: 'character' | 'shared', labels: string[]) =>
  apiRequest(`${character(charID)}/labels`, {
    base: DASHBOARD,
    body: { scope, labels },
    schema: labelSetsSchema,
  });

export const annotationQueries = {
  review: (charID: string, sessionID: string) =>
    queryOptions({
      queryKey: annotationKeys.review(charID, sessionID),
      queryFn: ({ signal }) => getSessionReview(charID, sessionID, signal),
    }),
  reviews: (charID: string) =>
    queryOptions({ queryKey: annotationKeys.reviews(charID), queryFn: ({ signal }) => listReviews(charID, signal) }),
  labels: (charID: string) =>
    queryOptions({ queryKey: annotationKeys.labels(charID), queryFn: ({ signal }) => getLabelSets(charID, signal) }),
};

/** Every reviewed session of a character with its annotated exchanges, in one call (for exports). */
export const listExchangeReviews = (charID: string, signal?: AbortSignal) =>
  apiRequest(`${character(charID)}/reviews/exchanges`, {
    method: 'GET',
    base: DASHBOARD,
    schema: characterExchangeReviewsSchema,
    signal,
  }).then((body) => body.sessions);
