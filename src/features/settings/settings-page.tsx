import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CheckCircle2, CircleAlert, RefreshCw } from 'lucide-react';
import type { ReactNode } from 'react';
import { getStatus, signOut, statusKeys, statusQueries, type Status } from '@/api/status';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { cn } from '@/lib/cn';
import { formatDateTime } from '@/lib/dates';
import { AppearanceSection } from './components/appearance-section';
import { LocalModelSection } from './components/local-model-section';

const keyStates: Record<NonNullable<Status['key']>['state'], { label: string; good: boolean }> = {
  accepted: { label: 'Accepted', good: true },
  refused: { label: 'Refused', good: false },
  'not-allowed': { label: 'Plan without this API', good: false },
  'rate-limited': { label: 'Rate-limited', good: false },
  unreachable: { label: 'Service unreachable', good: false },
  error: { label: 'Unexpected answer', good: false },
};

/** Which backend answers, whether the server's key works, which generator writes; and a connection check. */
export function SettingsPage() {
  const queryClient = useQueryClient();
  const status = useQuery(statusQueries.status());
  const check = useMutation({
    mutationFn: () => getStatus(true),
    onSuccess: (fresh) => queryClient.setQueryData(statusKeys.all, fresh),
  });
  const leave = useMutation({ mutationFn: signOut, onSuccess: () => queryClient.invalidateQueries() });
  const data = check.data ?? status.data;

  return (
    <div className="min-h-0 flex-1 overflow-y-auto px-4 py-6 sm:px-6 lg:px-8">
      <div className="max-w-3xl space-y-6">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
          <p className="mt-1 text-sm text-zinc-500">
            How this dashboard is connected, and how it looks. The server is configured by its environment variables (see README).
          </p>
        </div>
        {status.isPending ? (
          <Spinner label="Asking the server" />
        ) : status.isError ? (
          <ErrorAlert title="The server did not say how it is connected." error={status.error} />
        ) : data ? (
          <>
            <dl className="divide-y divide-zinc-100 rounded-xl bg-surface shadow-sm ring-1 ring-zinc-950/5">
              <Row label="Backend">
                {data.backend === 'convai' ? (
                  <>
                    Convai’s hosted service <span className="font-mono text-xs text-zinc-500">{data.service}</span>
                    <p className="mt-1 text-xs text-zinc-500">
                      The server forwards the dashboard’s calls with its own API key; the key never reaches the browser.
                    </p>
                  </>
                ) : (
                  <>
                    The local Convai API
                    <p className="mt-1 text-xs text-zinc-500">
                      Characters and sessions live in this server’s SQLite database. No account, no network.
                    </p>
                  </>
                )}
              </Row>
              <Row label="API key">
                {data.key && (
                  <div data-testid="key-state">
                    <span
                      className={cn(
                        'inline-flex items-center gap-1.5 font-medium',
                        keyStates[data.key.state].good ? 'text-emerald-700' : 'text-red-700',
                      )}
                    >
                      {keyStates[data.key.state].good ? (
                        <CheckCircle2 aria-hidden className="size-4" />
                      ) : (
                        <CircleAlert aria-hidden className="size-4" />
                      )}
                      {keyStates[data.key.state].label}
                    </span>
                    <p className="mt-1 text-sm text-zinc-600">{data.key.message}</p>
                    <p className="mt-1 text-xs text-zinc-500">
                      Checked {formatDateTime(new Date(data.key.checkedAt))}
                      {data.key.latencyMs !== null && data.backend === 'convai' && ` · answered in ${data.key.latencyMs} ms`}
                    </p>
                  </div>
                )}
              </Row>
              <Row label="Backstories and replies">{data.generator?.label ?? '—'}</Row>
              <Row label="Access token">
                {data.tokenRequired ? (
                  <div className="flex items-center justify-between gap-3">
                    <span>Required; this browser has it.</span>
                    <Button size="sm" onClick={() => leave.mutate()} disabled={leave.isPending}>
                      Forget it on this browser
                    </Button>
                  </div>
                ) : (
                  'Not required: the dashboard listens on this machine only.'
                )}
              </Row>
            </dl>
            <div className="flex items-center gap-3">
              <Button onClick={() => check.mutate()} disabled={check.isPending}>
                <RefreshCw aria-hidden className={cn('size-4', check.isPending && 'animate-spin')} />
                {check.isPending ? 'Checking…' : 'Check the connection'}
              </Button>
              {check.error && <span className="text-sm text-red-700">{check.error.message}</span>}
            </div>
            {/* In front of Convai, its service writes: there is no local model to offer. */}
            {data.backend === 'local' && <LocalModelSection />}
          </>
        ) : null}
        <AppearanceSection />
      </div>
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 px-4 py-3 sm:grid-cols-[12rem_minmax(0,1fr)] sm:gap-4">
      <dt className="text-sm font-medium text-zinc-500">{label}</dt>
      <dd className="text-sm text-zinc-800">{children}</dd>
    </div>
  );
}
