import { useQuery } from '@tanstack/react-query';
import { RotateCcw, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TrashedCharacter } from '@contract/schemas/versions';
import { ApiError } from '@/api/client';
import { trashQueries } from '@/api/trash';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { QueryStatus } from '@/components/ui/query-status';
import { paths } from '@/config/paths';
import { useRestoreFromTrash } from '@/hooks/use-restore-from-trash';
import { formatDate, formatDateTime } from '@/lib/dates';

// A 400 is a refusal that stays one (in front of Convai the trash is not kept): trying again cannot help.
const isRefusal = (error: unknown) => error instanceof ApiError && error.status === 400;

/** A character brought back: its id now (a new one in front of Convai), and what could not come back with it. */
type Restored = { id: string; name: string; sameId: boolean; notRestored: string[] };

/** Deleted characters, each restorable with its sessions, documents and history until it expires. */
export function TrashPage() {
  const trash = useQuery(trashQueries.list());
  const [restored, setRestored] = useState<Restored[]>([]);

  return (
    <div className="min-h-0 flex-1 overflow-y-auto px-4 py-6 sm:px-6 lg:px-8">
      <div className="max-w-3xl">
        <h1 className="text-xl font-semibold tracking-tight">Trash</h1>
        <p className="mt-1 text-sm text-zinc-500">
          {trash.data?.same_id === false
            ? `Characters deleted from this dashboard are gone from Convai, but their last version waits here for ${trash.data.days} days with its history. Restoring one makes it again on Convai under a new ID; its past sessions do not come back.`
            : `Deleted characters wait here${trash.data ? ` for ${trash.data.days} days` : ''} with their sessions, documents and history, then are deleted for good. Restore one to bring it back as it was, under the same ID.`}
        </p>

        {restored.length > 0 && (
          <ul role="status" aria-label="Restored" className="mt-4 space-y-2">
            {restored.map((character) => (
              <li key={character.id} className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
                {character.sameId ? `“${character.name}” is back. ` : `“${character.name}” is back, under a new ID (${character.id}). `}
                {character.notRestored.length > 0 && `Not brought back: ${character.notRestored.join('; ')}. `}
                <Link to={paths.characters.edit(character.id)} className="font-medium underline">
                  Open “{character.name}”
                </Link>
              </li>
            ))}
          </ul>
        )}

        <div className="mt-6">
          <QueryStatus
            query={trash}
            loading="Loading the trash"
            errorTitle={(error) => (isRefusal(error) ? 'The trash is not available.' : 'The trash could not be loaded.')}
            canRetry={(error) => !isRefusal(error)}
          >
            {({ characters }) =>
              characters.length === 0 ? (
                <div className="flex flex-col items-center rounded-lg border border-dashed border-zinc-300 px-6 py-12 text-center">
                  <Trash2 aria-hidden className="size-6 text-zinc-400" />
                  <p className="mt-2 text-sm font-medium text-zinc-700">The trash is empty.</p>
                  <p className="mt-1 text-sm text-zinc-500">A character you delete comes here, and can be restored from here.</p>
                </div>
              ) : (
                <ul aria-label="Deleted characters" className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-surface">
                  {characters.map((character) => (
                    <TrashRow
                      key={character.character_id}
                      character={character}
                      onRestored={({ charID, sameId, notRestored }) =>
                        setRestored((list) => [
                          { id: charID, name: character.character_name, sameId, notRestored },
                          ...list.filter((item) => item.id !== charID),
                        ])
                      }
                    />
                  ))}
                </ul>
              )
            }
          </QueryStatus>
        </div>
      </div>
    </div>
  );
}

function TrashRow({
  character,
  onRestored,
}: {
  character: TrashedCharacter;
  onRestored: (restored: { charID: string; sameId: boolean; notRestored: string[] }) => void;
}) {
  const restore = useRestoreFromTrash();
  const name = character.character_name;
  return (
    <li aria-label={name} className="px-4 py-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1">
          <p className="truncate font-medium text-zinc-900">{name}</p>
          <p className="text-sm text-zinc-500">
            Deleted {formatDateTime(new Date(character.deleted_at))} · Restorable until {formatDate(new Date(character.expires_at))}
          </p>
        </div>
        <Button
          size="sm"
          aria-label={`Restore ${name}`}
          disabled={restore.isPending}
          onClick={() => {
            restore.mutateAsync(character.character_id).then(onRestored, () => undefined);
          }}
        >
          <RotateCcw aria-hidden className="size-4" /> {restore.isPending ? 'Restoring…' : 'Restore'}
        </Button>
      </div>
      {restore.error && <ErrorAlert className="mt-3" title={`“${name}” was not restored.`} error={restore.error} />}
    </li>
  );
}
