import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import type { ExchangeAnnotation, ExchangeAnnotationInput, ReviewStatus, SessionReview } from '@contract/schemas/annotations';
import { annotateExchange, annotationKeys, setLabelSet, setSessionStatus } from '@/api/annotations';
import { getErrorMessage } from '@/lib/errors';

/** An exchange's review with a change applied, as the server will answer it. */
function withChange(current: ExchangeAnnotation | undefined, exchange: string, input: ExchangeAnnotationInput): ExchangeAnnotation {
  return {
    exchange,
    rating: input.rating !== undefined ? input.rating : (current?.rating ?? null),
    labels: input.labels ?? current?.labels ?? [],
    note: input.note ?? current?.note ?? '',
    updated_at: current?.updated_at ?? '',
  };
}

const isEmpty = (annotation: ExchangeAnnotation) => annotation.rating === null && annotation.labels.length === 0 && annotation.note === '';

/**
 * Rates, labels and notes a session's exchanges. The change shows at once (the review in the cache
 * is changed before the server answers), and is taken back, with the reason, if the server refuses it.
 */
export function useAnnotateExchange(charID: string, sessionID: string) {
  const queryClient = useQueryClient();
  const key = annotationKeys.review(charID, sessionID);
  return useMutation({
    mutationFn: ({ exchange, input }: { exchange: string; input: ExchangeAnnotationInput }) =>
      annotateExchange(charID, sessionID, exchange, input),
    onMutate: async ({ exchange, input }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<SessionReview>(key);
      if (before) {
        const changed = withChange(
          before.exchanges.find((item) => item.exchange === exchange),
          exchange,
          input,
        );
        const others = before.exchanges.filter((item) => item.exchange !== exchange);
        queryClient.setQueryData<SessionReview>(key, { ...before, exchanges: isEmpty(changed) ? others : [...others, changed] });
      }
      return { before };
    },
    onError: (error, _variables, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
      toast.error(`The review was not saved: ${getErrorMessage(error)}`);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: key });
      void queryClient.invalidateQueries({ queryKey: annotationKeys.reviews(charID) });
    },
  });
}

/** Marks the session reviewed, flagged or unreviewed; shown at once, taken back if refused. */
export function useSessionStatus(charID: string, sessionID: string) {
  const queryClient = useQueryClient();
  const key = annotationKeys.review(charID, sessionID);
  return useMutation({
    mutationFn: (status: ReviewStatus) => setSessionStatus(charID, sessionID, status),
    onMutate: async (status) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<SessionReview>(key);
      if (before) queryClient.setQueryData<SessionReview>(key, { ...before, status });
      return { before };
    },
    onError: (error, _status, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
      toast.error(`The session's status was not saved: ${getErrorMessage(error)}`);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: key });
      void queryClient.invalidateQueries({ queryKey: annotationKeys.reviews(charID) });
    },
  });
}

/** Replaces the character's own labels (or the shared ones). */
export function useSetLabelSet(charID: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ scope, labels }: { scope: 'character' | 'shared'; labels: string[] }) => setLabelSet(charID, scope, labels),
    onSuccess: (sets) => queryClient.setQueryData(annotationKeys.labels(charID), sets),
  });
}
