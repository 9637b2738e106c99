import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ExchangeAnnotationInput } from '@contract/schemas/annotations';
import type { Exchange } from '@contract/schemas/conversation';
import { annotationQueries } from '@/api/annotations';
import { LabelsDialog } from '../components/labels-dialog';
import type { TranscriptReview } from '../components/transcript-view';
import { exchangeKeysOf } from '../exchange-keys';
import { useAnnotateExchange } from './use-review';

/**
 * A transcript's review: the session's annotations, what TranscriptView needs to show and change
 * them (`transcriptReview`, undefined until they are loaded), and the labels dialog to render when
 * an exchange's labels are open. `openLabels` and `openNote` let keys do what the buttons do.
 */
export function useTranscriptReview(charID: string, sessionID: string, exchanges: Exchange[] | undefined, characterName: string) {
  const review = useQuery({ ...annotationQueries.review(charID, sessionID), enabled: sessionID !== '' });
  const annotate = useAnnotateExchange(charID, sessionID);
  const [labelling, setLabelling] = useState<number | null>(null);
  const [noteRequest, setNoteRequest] = useState<{ index: number; token: number } | null>(null);
  const keys = useMemo(() => (exchanges ? exchangeKeysOf(exchanges) : []), [exchanges]);
  const annotations = useMemo(() => new Map((review.data?.exchanges ?? []).map((item) => [item.exchange, item])), [review.data]);
  const annotateExchange = annotate.mutate;
  const transcriptReview = useMemo<TranscriptReview | undefined>(
    () =>
      review.isSuccess
        ? {
            keys,
            annotations,
            onChange: (exchange: string, input: ExchangeAnnotationInput) => annotateExchange({ exchange, input }),
            onEditLabels: setLabelling,
            noteRequest: noteRequest ?? undefined,
          }
        : undefined,
    [review.isSuccess, keys, annotations, annotateExchange, setLabelling, noteRequest],
  );

  const labellingKey = labelling === null ? null : (keys[labelling] ?? null);
  const labelsDialog =
    labelling !== null && labellingKey !== null ? (
      <LabelsDialog
        charID={charID}
        characterName={characterName}
        number={labelling + 1}
        selected={annotations.get(labellingKey)?.labels ?? []}
        onChange={(labels) => annotateExchange({ exchange: labellingKey, input: { labels } })}
        onClose={() => setLabelling(null)}
      />
    ) : null;

  return {
    review,
    keys,
    annotations,
    transcriptReview,
    labelsDialog,
    /** Changes the review of the exchange with this key. */
    annotate: (exchange: string, input: ExchangeAnnotationInput) => annotateExchange({ exchange, input }),
    openLabels: setLabelling,
    /** Opens the note of the exchange at `index` (0-based). */
    openNote: (index: number) => setNoteRequest((current) => ({ index, token: (current?.token ?? 0) + 1 })),
    /** Forgets a note asked for (the queue moved on to another exchange). */
    forgetNote: () => setNoteRequest(null),
  };
}
