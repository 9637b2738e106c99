import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Library } from 'lucide-react';
import { Link, useParams } from 'react-router';
import { toast } from 'sonner';
import { characterQueries } from '@/api/characters';
import type { KnowledgeDocument } from '@contract/schemas/knowledge';
import { QueryStatus } from '@/components/ui/query-status';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { paths } from '@/config/paths';
import { getErrorMessage } from '@/lib/errors';
import { KnowledgeWorkspace } from './components/knowledge-workspace';
import { useConnectDocument } from './hooks/use-document-mutations';
import { useKnowledgeList } from './hooks/use-knowledge-list';
import { useUploads } from './hooks/use-uploads';

/** One character's knowledge: the account's documents, a switch each for this character, upload, preview, replace, delete. */
export function CharacterKnowledgePage() {
  const { characterId = '' } = useParams();
  const character = useQuery(characterQueries.detail(characterId));
  const documents = useKnowledgeList(characterId);
  const uploads = useUploads();
  const connect = useConnectDocument(characterId);
  const name = character.data?.character_name ?? 'This character';
  const docs = documents.data;
  const connected = docs?.filter((document) => document.status === 'active').length ?? 0;
  // All the account's documents, or only the ones this character uses (a switch turned off there
  // takes its document out of the list).
  const [shown, setShown] = useState<'all' | 'used'>('all');
  const listed = shown === 'used' ? docs?.filter((document) => document.status === 'active') : docs;

  const change = (document: KnowledgeDocument, active: boolean) =>
    connect.change({ document, active }, (error) =>
      toast.error(`${document.file_name} was not ${active ? 'connected to' : 'disconnected from'} ${name}: ${getErrorMessage(error)}`),
    );

  return (
    <div className="min-h-0 flex-1 overflow-y-auto px-4 py-6 sm:px-6 lg:px-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-2xl">
          <h1 className="text-xl font-semibold tracking-tight">Knowledge</h1>
          <p className="mt-1 text-sm text-zinc-500">
            The documents {name} draws on when answering. Your documents are shared by all your characters: switch on the ones {name} should
            know.
          </p>
        </div>
        <Link to={paths.knowledge()} className="inline-flex items-center gap-1.5 text-sm font-medium text-brand-700 hover:underline">
          <Library aria-hidden className="size-4" /> All documents in the knowledge bank
        </Link>
      </div>

      <KnowledgeWorkspace
        documents={listed}
        uploads={uploads}
        // A list asked for again (each second while a document is processed) that fails keeps what it showed.
        status={
          docs === undefined ? (
            <QueryStatus query={documents} loading="Loading the documents" errorTitle="The documents could not be loaded.">
              {() => null}
            </QueryStatus>
          ) : null
        }
        summary={
          docs &&
          docs.length > 0 && (
            <span className="flex flex-wrap items-center justify-between gap-2">
              <span>
                {name} uses {connected.toLocaleString()} of {docs.length.toLocaleString()} {docs.length === 1 ? 'document' : 'documents'}.
              </span>
              <SegmentedControl
                label="Documents shown"
                name="documents-shown"
                value={shown}
                onChange={setShown}
                options={[
                  { value: 'all', label: 'All documents' },
                  { value: 'used', label: `Used by ${name} (${connected.toLocaleString()})` },
                ]}
              />
            </span>
          )
        }
        empty={
          shown === 'used' && docs && docs.length > 0
            ? `${name} uses none of your documents yet: show all documents and switch on the ones ${name} should know.`
            : `No documents yet. Upload the lore ${name} should know: a world’s history, a town’s people, a quest’s rules.`
        }
        connection={{ characterName: name, saving: connect.saving, onChange: change }}
      />
    </div>
  );
}
