import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { toast } from 'sonner';
import type { VersionSummary } from '@contract/schemas/versions';
import { characterQueries } from '@/api/characters';
import { ApiError } from '@/api/client';
import { versionQueries } from '@/api/versions';
import { QueryStatus } from '@/components/ui/query-status';
import { RestoreVersionDialog } from './components/restore-version-dialog';
import { VersionComparison } from './components/version-comparison';
import { VersionTimeline } from './components/version-timeline';
import { useNameVersion, useRestoreVersion } from './hooks/use-version-mutations';
import { restoredMessage } from './version-labels';

// A 400 is a refusal that stays one (in front of Convai, the history is not kept): trying again cannot help.
const isRefusal = (error: unknown) => error instanceof ApiError && error.status === 400;

/** A character's history: every version, what changed between any two, names, and restoring an earlier one. */
export function HistoryPage() {
  const { characterId = '' } = useParams();
  const character = useQuery(characterQueries.detail(characterId));
  const versions = useQuery(versionQueries.list(characterId));
  const name = character.data?.character_name ?? 'this character';

  return (
    <div className="flex min-h-0 flex-1 flex-col overflow-y-auto lg:overflow-hidden">
      <div className="max-w-3xl shrink-0 px-4 pt-6 sm:px-6 lg:px-8">
        <h1 className="text-xl font-semibold tracking-tight">History</h1>
        <p className="mt-1 text-sm text-zinc-500">
          Every change to {name} is kept as a version: its fields and settings, its knowledge and its narrative. Compare any two, name the
          ones that matter, and restore an earlier one when a change did not work out.
        </p>
      </div>
      <QueryStatus
        query={versions}
        loading="Loading the history"
        errorTitle={(error) => (isRefusal(error) ? 'The history is not available.' : 'The history could not be loaded.')}
        canRetry={(error) => !isRefusal(error)}
        fill
        padded
      >
        {(list) => <HistoryWorkspace charID={characterId} versions={list} />}
      </QueryStatus>
    </div>
  );
}

type Pair = { from: number; to: number };

/** The version compared by default with `to` (the newest unless given): the one before it, or for the first, the current one. */
function defaultPair(versions: VersionSummary[], to?: number): Pair {
  const index = Math.max(
    0,
    versions.findIndex((version) => version.number === to),
  );
  const previous = versions[index + 1];
  if (previous) return { from: previous.number, to: versions[index].number };
  return { from: versions[index].number, to: versions[0].number };
}

function HistoryWorkspace({ charID, versions }: { charID: string; versions: VersionSummary[] }) {
  // A link may ask for a comparison (a transcript's "compare with now"): ?from=N&to=M, `to` the current one when left out.
  const [searchParams] = useSearchParams();
  const [chosen, setChosen] = useState<Pair | null>(() => {
    const from = Number(searchParams.get('from'));
    const to = searchParams.has('to') ? Number(searchParams.get('to')) : versions[0]?.number;
    return Number.isInteger(from) && from > 0 && to !== undefined && Number.isInteger(to) ? { from, to } : null;
  });
  const [naming, setNaming] = useState<number | null>(null);
  const [restoring, setRestoring] = useState<VersionSummary | null>(null);
  const restore = useRestoreVersion(charID);
  const rename = useNameVersion(charID);
  const timeline = useRef<HTMLElement>(null);
  const comparisonTop = useRef<HTMLDivElement>(null);

  if (versions.length === 0) {
    return <p className="px-4 py-6 text-sm text-zinc-600 sm:px-6 lg:px-8">No version has been recorded yet. Each save adds one.</p>;
  }
  const exists = (number: number) => versions.some((version) => version.number === number);
  // A choice whose versions are no longer listed falls back to the latest change.
  const pair = chosen && exists(chosen.from) && exists(chosen.to) ? chosen : defaultPair(versions);

  const closeRestore = () => {
    setRestoring(null);
    restore.reset();
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-6 px-4 py-6 sm:px-6 lg:flex-row lg:px-8">
      <section
        ref={timeline}
        aria-labelledby="versions-heading"
        className="lg:-mr-2 lg:w-72 lg:shrink-0 xl:w-80 lg:overflow-y-auto lg:pr-2"
      >
        <h2 id="versions-heading" className="mb-2 text-base font-semibold text-zinc-900">
          Versions <span className="font-normal text-zinc-500">· newest first</span>
        </h2>
        <VersionTimeline
          versions={versions}
          from={versions.length > 1 ? pair.from : null}
          to={pair.to}
          naming={naming}
          onCompare={(version) => {
            setChosen(defaultPair(versions, version.number));
            // Below the timeline on a narrow screen, scrolled down in its column on a wide one: brought into view.
            comparisonTop.current?.scrollIntoView({ block: 'nearest' });
          }}
          onName={setNaming}
          onSaveName={(number, name) => rename.mutateAsync({ number, name })}
          onRestore={(version) => {
            restore.reset();
            setRestoring(version);
          }}
        />
      </section>
      <div className="min-w-0 flex-1 lg:overflow-y-auto">
        <div ref={comparisonTop} />
        {versions.length === 1 ? (
          <p className="rounded-lg bg-surface p-4 text-sm text-zinc-600 shadow-sm ring-1 ring-zinc-950/5">
            This is the only version so far. Each save adds one; then you can see here what changed.
          </p>
        ) : (
          <VersionComparison charID={charID} versions={versions} from={pair.from} to={pair.to} onChange={setChosen} />
        )}
      </div>
      <RestoreVersionDialog
        version={restoring}
        restoring={restore.isPending}
        error={restore.error}
        onClose={closeRestore}
        onConfirm={(version) =>
          restore.mutate(version.number, {
            onSuccess: (restored) => {
              closeRestore();
              // The restore is the newest change: shown against the version before it, at the top of the timeline.
              setChosen(null);
              timeline.current?.scrollTo({ top: 0 });
              toast[restored.notRestored.length > 0 ? 'warning' : 'success'](restoredMessage(version.number, versions[0].number, restored));
            },
          })
        }
      />
    </div>
  );
}
