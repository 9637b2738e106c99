import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useQueryClient } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { useId, useState } from 'react';
import { toast } from 'sonner';
import { listExchangeReviews } from '@/api/annotations';
import { characterQueries } from '@/api/characters';
import { sessionKeys } from '@/api/chat-history';
import type { SessionReview } from '@contract/schemas/annotations';
import type { Exchange, SessionSummary } from '@contract/schemas/conversation';
import { Button } from '@/components/ui/button';
import { downloadFile, exportFileName, exportFormats, exportSessions, type ExportFormat } from '../export-sessions';
import { useTranscriptLoader } from '../hooks/use-transcripts';

type Props = {
  charID: string;
  characterName: string;
  /** The sessions to put in the file, in order. */
  sessions: SessionSummary[];
  label: string;
};

const item =
  'flex cursor-default items-center rounded px-2 py-1.5 text-sm text-zinc-700 outline-none select-none data-[highlighted]:bg-zinc-100 data-[highlighted]:text-zinc-900';

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Downloads sessions as JSON, JSON Lines, CSV or Markdown with their reviews, or the exchanges rated
 * good as fine-tuning JSONL; fetches any transcript not yet here, and the character's reviews.
 */
export function ExportMenu({ charID, characterName, sessions, label }: Props) {
  const queryClient = useQueryClient();
  const id = useId();
  const { progress, load, cancel } = useTranscriptLoader(charID, sessions);
  const [busy, setBusy] = useState(false);

  const exportAs = async (format: ExportFormat) => {
    setBusy(true);
    try {
      await load();
      const exported = sessions.map((session) => ({
        session,
        exchanges: queryClient.getQueryData<Exchange[]>(sessionKeys.detail(charID, session.sessionID)),
      }));
      const missing = exported.filter((entry) => !entry.exchanges).length;
      if (missing > 0) {
        toast.error(`${missing} of ${sessions.length} transcripts could not be loaded; nothing was exported.`);
        return;
      }
      // A file without its reviews would look like a file of unreviewed sessions: better none.
      let reviews: SessionReview[];
      try {
        reviews = await listExchangeReviews(charID);
      } catch (error) {
        toast.error(`The reviews could not be loaded (${reasonOf(error)}); nothing was exported.`);
        return;
      }
      let backstory = '';
      if (format === 'finetune') {
        try {
          backstory = (await queryClient.fetchQuery(characterQueries.detail(charID))).backstory ?? '';
        } catch (error) {
          toast.error(`The character's backstory could not be loaded (${reasonOf(error)}); nothing was exported.`);
          return;
        }
      }
      const reviewOf = new Map(reviews.map((review) => [review.session_id, review]));
      const content = exportSessions(
        {
          character: { id: charID, name: characterName, backstory },
          sessions: (exported as Array<{ session: SessionSummary; exchanges: Exchange[] }>).map((entry) => ({
            ...entry,
            review: reviewOf.get(entry.session.sessionID),
          })),
        },
        format,
      );
      if (format === 'finetune' && content === '') {
        toast.info(
          sessions.length === 1
            ? 'Nothing in this session is rated good yet (trigger events are left out): no file was made.'
            : 'Nothing is rated good yet (trigger events are left out): no file was made.',
        );
        return;
      }
      const option = exportFormats.find((candidate) => candidate.value === format)!;
      const what = sessions.length === 1 ? `${sessions[0].date} ${sessions[0].time.replaceAll(':', '')}` : 'all-sessions';
      downloadFile(exportFileName(characterName, what, format), option.mime, content);
    } finally {
      setBusy(false);
    }
  };

  if (busy && progress.running) {
    return (
      <div className="flex items-center gap-2 text-sm text-zinc-600" role="status">
        Preparing {progress.loaded} of {progress.total}…
        <Button size="sm" variant="ghost" onClick={cancel}>
          Cancel
        </Button>
      </div>
    );
  }

  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <Button disabled={busy}>
          <Download aria-hidden className="size-4" /> {label}
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={4}
          className="z-30 min-w-48 rounded-lg bg-surface p-1 shadow-lg ring-1 ring-zinc-950/10"
        >
          <DropdownMenu.Label className="px-2 py-1 text-xs font-medium text-zinc-500">Download as</DropdownMenu.Label>
          {exportFormats.map((format) => (
            <DropdownMenu.Item
              key={format.value}
              className={format.description ? `${item} max-w-80 flex-col items-start gap-0.5` : item}
              aria-labelledby={`${id}-${format.value}`}
              aria-describedby={format.description ? `${id}-${format.value}-about` : undefined}
              onSelect={() => void exportAs(format.value)}
            >
              <span id={`${id}-${format.value}`}>{format.label}</span>
              {format.description && (
                <span id={`${id}-${format.value}-about`} className="text-xs text-zinc-500">
                  {format.description}
                </span>
              )}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
