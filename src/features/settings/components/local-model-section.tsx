import { useQuery } from '@tanstack/react-query';
import { CheckCircle2, CircleAlert, RefreshCw } from 'lucide-react';
import { localModelQueries } from '@/api/local-models';
import type { LocalModelChoice, LocalServer } from '@contract/schemas/local-models';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { QueryStatus } from '@/components/ui/query-status';
import { cn } from '@/lib/cn';
import { useChooseLocalModel, useChooseOfflineWriter } from '../hooks/use-local-model-mutations';

/**
 * The local model servers (Ollama, LM Studio) the server found, with their models: one click makes
 * one write backstories and replies, another goes back to the offline writer. Shown only where the
 * server offers them (not with LLM_BASE_URL set, not in front of Convai).
 */
export function LocalModelSection() {
  const list = useQuery(localModelQueries.list());
  const choose = useChooseLocalModel();
  const offline = useChooseOfflineWriter();
  const busy = choose.isPending || offline.isPending;
  const failure = choose.error ?? offline.error;

  if (list.data?.offered === false) return null;
  return (
    <section aria-labelledby="local-model-heading" className="space-y-4 rounded-xl bg-surface p-4 shadow-sm ring-1 ring-zinc-950/5">
      <div className="flex items-start justify-between gap-3">
        <div>
          <h2 id="local-model-heading" className="text-base font-semibold text-zinc-900">
            Local model
          </h2>
          <p className="mt-1 text-sm text-zinc-500">
            A model server on this machine, such as Ollama or LM Studio, can write backstories and replies in place of the offline writer.
            The server remembers the choice.
          </p>
        </div>
        <Button size="sm" variant="ghost" onClick={() => void list.refetch()} disabled={list.isFetching}>
          <RefreshCw aria-hidden className={cn('size-4', list.isFetching && 'animate-spin')} />
          Look again
        </Button>
      </div>
      <QueryStatus
        query={list}
        loading="Looking for local model servers"
        errorTitle="The server could not say which local models it found."
      >
        {(answer) =>
          answer.offered ? (
            <Offer
              servers={answer.servers}
              inUse={answer.inUse}
              busy={busy}
              onChoose={(choice) => {
                offline.reset();
                choose.mutate(choice);
              }}
              onOffline={() => {
                choose.reset();
                offline.mutate();
              }}
            />
          ) : null
        }
      </QueryStatus>
      {failure && <ErrorAlert title="The choice was not made." error={failure} />}
    </section>
  );
}

/** A server as Settings names it: the program usually there ("Ollama"), else its address. */
const title = (server: LocalServer) => server.name ?? server.baseUrl;

type OfferProps = {
  servers: LocalServer[];
  inUse: LocalModelChoice | null;
  busy: boolean;
  onChoose: (choice: LocalModelChoice) => void;
  onOffline: () => void;
};

function Offer({ servers, inUse, busy, onChoose, onOffline }: OfferProps) {
  const ready = servers.filter((server) => server.state === 'ready');
  const silent = servers.filter((server) => server.state !== 'ready');
  const inUseServer = inUse ? servers.find((server) => server.baseUrl === inUse.baseUrl) : undefined;
  const inUseMissing = inUse !== null && (inUseServer?.state !== 'ready' || !inUseServer.models.includes(inUse.model));

  return (
    <div className="space-y-4">
      <div
        className="flex flex-wrap items-center justify-between gap-3 rounded-lg bg-zinc-50 px-3 py-2.5 text-sm"
        data-testid="writer-in-use"
      >
        <p className="text-zinc-700">
          {inUse ? (
            <>
              In use: <span className="font-medium text-zinc-900">{inUse.model}</span> on {inUseServer ? title(inUseServer) : inUse.baseUrl}
            </>
          ) : (
            <>
              In use: <span className="font-medium text-zinc-900">the offline writer</span>
            </>
          )}
        </p>
        {inUse && (
          <Button size="sm" onClick={onOffline} disabled={busy}>
            Use the offline writer
          </Button>
        )}
      </div>
      {inUseMissing && (
        <p role="status" className="flex gap-2 text-sm text-amber-800">
          <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
          {inUseServer?.state === 'ready'
            ? `${title(inUseServer)} no longer lists ${inUse.model}: backstories and replies fail until you choose another model or the offline writer.`
            : `${inUseServer ? title(inUseServer) : inUse.baseUrl} does not answer now: backstories and replies fail until it runs again, or until you go back to the offline writer.`}
        </p>
      )}

      {ready.length === 0 ? (
        <div className="text-sm text-zinc-600">
          <p>No local model server answers. Start one (Ollama: ollama serve; LM Studio: its local server), then look again.</p>
        </div>
      ) : (
        ready.map((server) => <ServerModels key={server.baseUrl} server={server} inUse={inUse} busy={busy} onChoose={onChoose} />)
      )}

      {silent.length > 0 && (
        <div className="text-xs text-zinc-500">
          <p>{ready.length === 0 ? 'Looked at:' : 'Also looked at:'}</p>
          <ul className="mt-1 space-y-0.5">
            {silent.map((server) => (
              <li key={server.baseUrl}>
                {server.name && `${server.name} `}
                <span className="font-mono">{server.baseUrl}</span>: {server.problem}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function ServerModels({
  server,
  inUse,
  busy,
  onChoose,
}: {
  server: LocalServer;
  inUse: LocalModelChoice | null;
  busy: boolean;
  onChoose: (choice: LocalModelChoice) => void;
}) {
  return (
    <div className="space-y-2">
      <h3 className="flex flex-wrap items-baseline gap-x-2 text-sm font-medium text-zinc-900">
        {server.name && <span>{server.name}</span>}
        <span className={cn('font-mono', server.name && 'text-xs font-normal text-zinc-500')}>{server.baseUrl}</span>
      </h3>
      {server.models.length === 0 ? (
        <p className="text-sm text-zinc-600">No models installed yet (Ollama: ollama pull llama3.1).</p>
      ) : (
        <ul aria-label={`Models on ${title(server)}`} className="divide-y divide-zinc-100 rounded-lg ring-1 ring-zinc-200">
          {server.models.map((model) => {
            const current = inUse?.baseUrl === server.baseUrl && inUse.model === model;
            return (
              <li
                key={model}
                aria-current={current ? 'true' : undefined}
                className={cn('flex items-center justify-between gap-3 px-3 py-2', current && 'bg-emerald-50/60')}
              >
                <span className="min-w-0 truncate font-mono text-sm text-zinc-800" title={model}>
                  {model}
                </span>
                {current ? (
                  <span className="inline-flex items-center gap-1.5 text-sm font-medium text-emerald-700">
                    <CheckCircle2 aria-hidden className="size-4" />
                    In use
                  </span>
                ) : (
                  <Button
                    size="sm"
                    aria-label={`Use ${model} on ${title(server)}`}
                    disabled={busy}
                    onClick={() => onChoose({ baseUrl: server.baseUrl, model })}
                  >
                    Use
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
