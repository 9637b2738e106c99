import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ArrowLeft, Copy, Download, FilePlus2, Globe, Trash2 } from 'lucide-react';
import { lazy, Suspense, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { toast } from 'sonner';
import { ApiError } from '@/api/client';
import { characterQueries } from '@/api/characters';
import { statusQueries } from '@/api/status';
import { versionKeys, versionQueries } from '@/api/versions';
import type { Character } from '@contract/schemas/characters';
import { voiceQueries, type Language, type Voice } from '@/api/voices';
import { ErrorAlert } from '@/components/ui/alert';
import { Button, buttonClass } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { QueryStatus, type QueryLike } from '@/components/ui/query-status';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { formatDateTime, parseApiTimestamp } from '@/lib/dates';
import { changedFields, emptyCharacterForm, formValuesOf } from './character-form-schema';
import { CharacterAvatar } from './components/character-avatar';
import { CharacterForm, type BackstoryToolsProps } from './components/character-form';
import { CloneCharacterDialog } from './components/clone-character-dialog';
import { DeleteCharacterDialog } from './components/delete-character-dialog';
import { useCreateCharacter, useUpdateCharacter } from './hooks/use-character-mutations';

const ExportCardsDialog = lazy(() => import('./components/export-cards-dialog').then((module) => ({ default: module.ExportCardsDialog })));

/** The voice and language catalogues the form needs, as one query: one loading and one error state. */
function useCatalogues(): QueryLike<{ voices: Voice[]; languages: Language[] }> {
  const voices = useQuery(voiceQueries.voices());
  const languages = useQuery(voiceQueries.languages());
  return {
    isPending: voices.isPending || languages.isPending,
    isError: voices.isError || languages.isError,
    error: voices.error ?? languages.error,
    data: voices.data && languages.data ? { voices: voices.data, languages: languages.data } : undefined,
    refetch: () => {
      if (voices.isError) void voices.refetch();
      if (languages.isError) void languages.refetch();
    },
  };
}

/** Where a draft comes from: the backstory generator's "Create a character with this". */
type NewCharacterState = { draft?: { name?: string; backstory?: string } } | null;

type EditorProps = { backstoryTools?: ComponentType<BackstoryToolsProps> };

export function NewCharacterPage({ backstoryTools }: EditorProps) {
  const navigate = useNavigate();
  const draft = (useLocation().state as NewCharacterState)?.draft;
  const catalogues = useCatalogues();
  const create = useCreateCharacter();

  return (
    <EditorFrame title="New character" subtitle="Give it a name, a voice and a backstory.">
      <Catalogues query={catalogues}>
        {({ voices, languages }) => (
          <CharacterForm
            initialValues={emptyCharacterForm}
            draft={draft}
            backstoryTools={backstoryTools}
            voices={voices}
            languages={languages}
            submitLabel="Create character"
            onSubmit={(values) => create.mutateAsync(values)}
            onSaved={({ charID, settingsError }) => {
              if (settingsError)
                toast.error(`The character was created, but its languages and AI settings were not saved: ${settingsError}`);
              else toast.success('Character created.');
              void navigate(paths.characters.edit(charID), { replace: true });
            }}
          />
        )}
      </Catalogues>
    </EditorFrame>
  );
}

export function EditCharacterPage({ backstoryTools }: EditorProps) {
  const { characterId = '' } = useParams();
  const navigate = useNavigate();
  // Always read afresh when the editor opens, and shown once read: a form filled from a cached copy
  // (another tab may have saved since) would save over that change with the newest version's number.
  const character = useQuery({ ...characterQueries.detail(characterId), refetchOnMount: 'always' });
  const fresh = character.isFetchedAfterMount || !character.isFetching;
  // The user's own characters are in their list; one that is not, yet opens, is another account's
  // public character: readable, not theirs to change. Decided by a settled list only (one being
  // refreshed, after a create for instance, may not hold it yet), and kept while the list refreshes.
  const ownList = useQuery(characterQueries.list());
  const [ownership, setOwnership] = useState<{ id: string; foreign: boolean } | null>(null);
  if (ownList.isSuccess && !ownList.isFetching) {
    const settled = !ownList.data.some((summary) => summary.character_id === characterId);
    if (ownership?.id !== characterId || ownership.foreign !== settled) setOwnership({ id: characterId, foreign: settled });
  }
  const foreign = ownership?.id === characterId && ownership.foreign;
  const catalogues = useCatalogues();
  const update = useUpdateCharacter();
  const queryClient = useQueryClient();
  // The version this page shows, sent with each save so that a save over another tab's is refused
  // rather than silently overwriting it (the dashboard's server keeps versions in both arrangements;
  // when the list is refused, saves say nothing of versions).
  const versions = useQuery({ ...versionQueries.list(characterId), enabled: !foreign });
  const baseVersion = versions.data?.[0]?.number;
  // The last generated take put into the form, if any.
  const appliedTake = useRef<string | null>(null);
  const [cloning, setCloning] = useState<Character | null>(null);
  const [deleting, setDeleting] = useState<Character | null>(null);
  const [exporting, setExporting] = useState(false);
  // Cards go out through the local server (in front of Convai, not yet).
  const local = useQuery(statusQueries.status()).data?.backend === 'local';

  if (character.isPending || !fresh) {
    return (
      <EditorFrame title="Character">
        <div className="flex flex-1 items-center justify-center py-16">
          <Spinner label="Loading the character" />
        </div>
      </EditorFrame>
    );
  }
  if (character.isError) {
    const missing = character.error instanceof ApiError && character.error.status === 400;
    return (
      <EditorFrame title={missing ? 'Character not found' : 'Character'}>
        <div className="px-4 py-6 sm:px-6 lg:px-8">
          <ErrorAlert
            title={missing ? 'There is no character with this ID, or it is not yours to see.' : 'The character could not be loaded.'}
            error={character.error}
            action={
              missing ? (
                <Link to={paths.characters.list()} className={buttonClass('secondary', 'sm')}>
                  Back to characters
                </Link>
              ) : (
                <Button size="sm" onClick={() => void character.refetch()}>
                  Try again
                </Button>
              )
            }
          />
        </div>
      </EditorFrame>
    );
  }

  const record = character.data;
  const initialValues = formValuesOf(record);
  return (
    <EditorFrame
      title={record.character_name}
      character={record}
      actions={
        foreign ? (
          <Button
            onClick={() =>
              void navigate(paths.characters.new(), {
                state: { draft: { name: record.character_name, backstory: record.backstory ?? '' } },
              })
            }
          >
            <FilePlus2 aria-hidden className="size-4" /> Start a character from this
          </Button>
        ) : (
          <>
            <Button onClick={() => setCloning(record)}>
              <Copy aria-hidden className="size-4" /> Clone…
            </Button>
            {local && (
              <Button onClick={() => setExporting(true)}>
                <Download aria-hidden className="size-4" /> Export…
              </Button>
            )}
            <Button variant="ghost" className="text-red-700 hover:bg-red-50" onClick={() => setDeleting(record)}>
              <Trash2 aria-hidden className="size-4" /> Delete…
            </Button>
          </>
        )
      }
    >
      {foreign && (
        <p
          role="status"
          className="flex items-start gap-2 border-b border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900 sm:px-6 lg:px-8"
        >
          <Globe aria-hidden className="mt-0.5 size-4 shrink-0" />
          <span>
            This is another account’s public character: you can read it and talk to it in the test chat, but not change, clone or delete it.
            To build on it, start a character of your own from it.
          </span>
        </p>
      )}
      <Catalogues query={catalogues}>
        {({ voices, languages }) => (
          <CharacterForm
            // A different character, or the same one saved elsewhere, starts a fresh form.
            key={record.character_id}
            initialValues={initialValues}
            backstoryTools={backstoryTools}
            voices={voices}
            languages={languages}
            submitLabel="Save changes"
            requireChanges
            readOnly={foreign}
            onSubmit={async (values) => {
              const changes = changedFields(initialValues, values);
              if (Object.keys(changes).length === 0) return;
              try {
                // A backstory saved as it was generated is the generator's change (the version says so).
                const generated = changes.backstory !== undefined && changes.backstory === appliedTake.current;
                await update.mutateAsync({ input: { charID: record.character_id, ...changes }, baseVersion, generated });
              } finally {
                // After a save the next one goes over it; after a conflict the designer has been told
                // (the server says "compare …, then save again"), so saving again goes over the newer version.
                void queryClient.invalidateQueries({ queryKey: versionKeys.list(record.character_id) });
              }
            }}
            conflictAction={
              <Link to={paths.characters.history(record.character_id)} className="font-medium underline">
                Compare the versions in History
              </Link>
            }
            onSaved={() => toast.success('Changes saved.')}
            onTakeApplied={(text) => (appliedTake.current = text)}
          />
        )}
      </Catalogues>
      <CloneCharacterDialog
        character={cloning}
        onClose={() => setCloning(null)}
        onCloned={(charID) => void navigate(paths.characters.edit(charID))}
      />
      <DeleteCharacterDialog
        character={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={() => void navigate(paths.characters.list(), { replace: true })}
      />
      <Suspense fallback={null}>
        {exporting && <ExportCardsDialog initial={[record.character_id]} onClose={() => setExporting(false)} />}
      </Suspense>
    </EditorFrame>
  );
}

/** The editor's header. Editing happens inside the character's own frame (breadcrumb, tabs); creating does not, so it links back itself. */
function EditorFrame({
  title,
  subtitle,
  character,
  actions,
  children,
}: {
  title: string;
  subtitle?: string;
  character?: Character;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const created = parseApiTimestamp(character?.timestamp);
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <header className="shrink-0 border-b border-zinc-200 bg-surface px-4 py-4 sm:px-6 lg:px-8">
        {!character && (
          <Link to={paths.characters.list()} className="mb-2 inline-flex items-center gap-1 text-sm text-zinc-500 hover:text-zinc-800">
            <ArrowLeft aria-hidden className="size-4" /> Characters
          </Link>
        )}
        <div className="flex flex-wrap items-center gap-4">
          {character && <CharacterAvatar character={character} size="lg" />}
          <div className="min-w-0 flex-1">
            <h1 className="truncate text-2xl font-semibold tracking-tight">{title}</h1>
            {subtitle && <p className="mt-0.5 text-sm text-zinc-500">{subtitle}</p>}
            {character && (
              <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-zinc-500">
                <span className="inline-flex items-center gap-1">
                  ID <code className="font-mono text-zinc-700">{character.character_id}</code>
                  <CopyButton text={character.character_id} what="character ID" variant="icon" />
                </span>
                {created && <span>Created {formatDateTime(created)}</span>}
                {character.listing && <span className="rounded bg-zinc-100 px-1.5 py-0.5 text-zinc-600">{character.listing}</span>}
              </div>
            )}
          </div>
          {actions && <div className="flex gap-2">{actions}</div>}
        </div>
      </header>
      {children}
    </div>
  );
}

/** The form waits for the voice and language catalogues. */
function Catalogues({
  query,
  children,
}: {
  query: QueryLike<{ voices: Voice[]; languages: Language[] }>;
  children: (data: { voices: Voice[]; languages: Language[] }) => ReactNode;
}) {
  return (
    <QueryStatus
      query={query}
      loading="Loading voices and languages"
      errorTitle="The voice and language lists could not be loaded."
      fill
      padded
    >
      {children}
    </QueryStatus>
  );
}
