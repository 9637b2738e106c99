import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useQueryClient } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { sessionKeys } from '@/api/chat-history';
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

/** Downloads sessions as JSON, JSON Lines, CSV or Markdown, fetching any transcript not yet here. */
export function ExportMenu({ charID, characterName, sessions, label }: Props) {
  const queryClient = useQueryClient();
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
      const option = exportFormats.find((candidate) => candidate.value === format)!;
      const what = sessions.length === 1 ? `${sessions[0].date} ${sessions[0].time.replaceAll(':', '')}` : 'all-sessions';
      downloadFile(
        exportFileName(characterName, what, format),
        option.mime,
        exportSessions(
          {
            character: { id: charID, name: characterName },
            sessions: exported as Array<{ session: SessionSummary; exchanges: Exchange[] }>,
          },
          format,
        ),
      );
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
          className="z-30 min-w-48 rounded-lg bg-white p-1 shadow-lg ring-1 ring-zinc-950/10"
        >
          <DropdownMenu.Label className="px-2 py-1 text-xs font-medium text-zinc-500">Download as</DropdownMenu.Label>
          {exportFormats.map((format) => (
            <DropdownMenu.Item key={format.value} className={item} onSelect={() => void exportAs(format.value)}>
              {format.label}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
