import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { characterQueries } from '@/api/characters';
import type { KnowledgeDocument } from '@contract/schemas/knowledge';
import { QueryStatus } from '@/components/ui/query-status';
import { paths } from '@/config/paths';
import { formatBytes } from '@/lib/bytes';
import { KnowledgeWorkspace } from './components/knowledge-workspace';
import { useDocumentUsers } from './hooks/use-document-users';
import { useKnowledgeList } from './hooks/use-knowledge-list';
import { useUploads } from './hooks/use-uploads';

const totalBytes = (documents: KnowledgeDocument[]) =>
  documents.reduce((total, document) => {
    const size = Number(document.file_size);
    return Number.isFinite(size) ? total + size : total;
  }, 0);

/** The account's knowledge bank: every document, its size and state, and which characters use it. */
export function KnowledgeBankPage() {
  const characters = useQuery(characterQueries.list());
  // The list is the account's whatever character it is asked for: the first character's list is
  // one of those asked for "used by" below, so it is asked for once. Without characters, it is asked alone.
  const first = characters.data?.[0]?.character_id ?? null;
  const documents = useKnowledgeList(first, { enabled: characters.isSuccess });
  const users = useDocumentUsers(characters.data);
  const uploads = useUploads();
  const docs = documents.data;

  // The characters' list first, then the documents: one spinner, one error.
  const loading: UseQueryResult<unknown> = characters.isSuccess ? documents : characters;

  const usedBy = (document: KnowledgeDocument) => {
    if (users.isPending) return <span className="text-zinc-500">Checking…</span>;
    const using = users.byDocument.get(document.id) ?? [];
    if (using.length === 0) return <span className="text-zinc-500">{users.isError ? 'Could not be checked' : 'No character'}</span>;
    return (
      <ul aria-label={`Characters using ${document.file_name}`} className="flex flex-wrap gap-1">
        {using.map((character) => (
          <li key={character.character_id}>
            <Link
              to={paths.characters.knowledge(character.character_id)}
              className="inline-block max-w-40 truncate rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800 ring-1 ring-brand-200 hover:bg-brand-100"
              title={`${character.character_name}’s knowledge`}
            >
              {character.character_name}
            </Link>
          </li>
        ))}
      </ul>
    );
  };

  return (
    <div className="min-h-0 flex-1 overflow-y-auto px-4 py-6 sm:px-6 lg:px-8">
      <div className="max-w-2xl">
        <h1 className="text-xl font-semibold tracking-tight">Knowledge bank</h1>
        <p className="mt-1 text-sm text-zinc-500">
          The documents your characters can draw on: lore, histories, rules. Every document belongs to your account; connect one to a
          character on that character’s Knowledge tab.
        </p>
      </div>

      <KnowledgeWorkspace
        documents={docs}
        uploads={uploads}
        status={
          docs === undefined ? (
            <QueryStatus query={loading} loading="Loading the documents" errorTitle="The documents could not be loaded.">
              {() => null}
            </QueryStatus>
          ) : null
        }
        summary={
          docs &&
          docs.length > 0 &&
          `${docs.length.toLocaleString()} ${docs.length === 1 ? 'document' : 'documents'}, ${formatBytes(totalBytes(docs))} in all.`
        }
        empty="No documents yet. Upload the lore your characters should know: a world’s history, a town’s people, a quest’s rules."
        usedBy={usedBy}
      />
    </div>
  );
}
