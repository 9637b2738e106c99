import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { RotateCcw, Send, Zap } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { sendTurn, sessionKeys } from '@/api/chat-history';
import { characterQueries } from '@/api/characters';
import { limits } from '@contract/limits';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input, Textarea } from '@/components/ui/input';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';

type Line = { id: number; from: 'player' | 'trigger' | 'character'; text: string };
type Turn = { kind: 'text'; text: string } | { kind: 'trigger'; name: string; message: string };

const NEW_SESSION = '-1';

/** Talk to the character through the Interaction API, continuing one session, as a player would. */
export function TestChatPage() {
  const { characterId = '' } = useParams();
  const queryClient = useQueryClient();
  const character = useQuery(characterQueries.detail(characterId));
  const [sessionID, setSessionID] = useState(NEW_SESSION);
  const [lines, setLines] = useState<Line[]>([]);
  const [draft, setDraft] = useState('');
  const [showTrigger, setShowTrigger] = useState(false);
  const [trigger, setTrigger] = useState({ name: 'player_enters', message: 'User entered the scene' });
  const nextId = useRef(1);
  const bottom = useRef<HTMLDivElement>(null);
  const name = character.data?.character_name ?? 'The character';

  const turn = useMutation({
    mutationFn: (input: Turn) =>
      sendTurn(
        input.kind === 'text'
          ? { charID: characterId, sessionID, userText: input.text }
          : { charID: characterId, sessionID, trigger_name: input.name, trigger_message: input.message },
      ),
    onSuccess: (answer, input) => {
      setSessionID(answer.sessionID);
      setLines((current) => [
        ...current,
        {
          id: nextId.current++,
          from: input.kind === 'text' ? 'player' : 'trigger',
          text: input.kind === 'text' ? input.text : input.message,
        },
        { id: nextId.current++, from: 'character', text: answer.text },
      ]);
      if (input.kind === 'text') setDraft('');
      void queryClient.invalidateQueries({ queryKey: sessionKeys.lists(characterId) });
      void queryClient.invalidateQueries({ queryKey: sessionKeys.detail(characterId, answer.sessionID) });
    },
  });

  // A block body on purpose: scrollIntoView may return a promise, which an effect must not return.
  useEffect(() => {
    bottom.current?.scrollIntoView({ block: 'end' });
  }, [lines.length, turn.isPending]);

  const send = (event?: FormEvent) => {
    event?.preventDefault();
    const text = draft.trim();
    if (!text || turn.isPending) return;
    turn.mutate({ kind: 'text', text });
  };

  const exchanges = lines.length / 2;
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex shrink-0 flex-wrap items-center justify-between gap-3 border-b border-zinc-200 bg-white px-4 py-3 sm:px-6 lg:px-8">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Test chat</h1>
          <p className="text-sm text-zinc-500" data-testid="chat-session">
            {sessionID === NEW_SESSION ? (
              'A new session starts with your first message.'
            ) : (
              <>
                Session <span className="font-mono text-xs">{sessionID.slice(0, 8)}</span> · {exchanges}{' '}
                {exchanges === 1 ? 'exchange' : 'exchanges'} ·{' '}
                <Link className="font-medium text-brand-700 hover:underline" to={paths.characters.session(characterId, sessionID)}>
                  View the transcript
                </Link>
              </>
            )}
          </p>
        </div>
        <Button
          disabled={sessionID === NEW_SESSION || turn.isPending}
          onClick={() => {
            setSessionID(NEW_SESSION);
            setLines([]);
            turn.reset();
          }}
        >
          <RotateCcw aria-hidden className="size-4" /> New session
        </Button>
      </div>

      <div className="min-h-0 flex-1 overflow-y-auto bg-zinc-50 px-4 py-6 sm:px-6 lg:px-8">
        <ol aria-label="Conversation" className="mx-auto max-w-3xl space-y-3">
          {lines.length === 0 && (
            <li className="py-12 text-center text-sm text-zinc-500">
              Say hello to {name}. Everything you say is recorded as a session, like a player's.
            </li>
          )}
          {lines.map((line) =>
            line.from === 'trigger' ? (
              <li key={line.id} className="flex justify-center">
                <span className="inline-flex items-center gap-1.5 rounded-full bg-amber-50 px-3 py-1 text-xs text-amber-900 ring-1 ring-amber-200">
                  <Zap aria-hidden className="size-3.5" /> <span className="font-medium">Trigger</span> {line.text}
                </span>
              </li>
            ) : (
              <li key={line.id} className={cn('flex', line.from === 'player' ? 'justify-end' : 'justify-start')}>
                <div
                  className={cn(
                    'max-w-[75%] rounded-2xl px-3.5 py-2 text-sm break-words whitespace-pre-wrap shadow-sm',
                    line.from === 'player'
                      ? 'rounded-tr-sm bg-brand-600 text-white'
                      : 'rounded-tl-sm bg-white text-zinc-800 ring-1 ring-zinc-200',
                  )}
                  data-speaker={line.from}
                >
                  <p className={cn('mb-0.5 text-xs font-medium', line.from === 'player' ? 'text-brand-100' : 'text-zinc-500')}>
                    {line.from === 'player' ? 'You' : name}
                  </p>
                  {line.text}
                </div>
              </li>
            ),
          )}
          {turn.isPending && (
            <li className="flex justify-start" aria-label={`${name} is answering`}>
              <span className="rounded-2xl rounded-tl-sm bg-white px-4 py-2.5 text-zinc-400 ring-1 ring-zinc-200">
                <span className="animate-pulse">● ● ●</span>
              </span>
            </li>
          )}
        </ol>
        <div ref={bottom} />
      </div>

      <div className="shrink-0 border-t border-zinc-200 bg-white px-4 py-3 sm:px-6 lg:px-8">
        <div className="mx-auto max-w-3xl space-y-2">
          {turn.error && (
            <ErrorAlert
              title="That message was not answered."
              error={turn.error}
              action={
                <Button size="sm" onClick={() => turn.variables && turn.mutate(turn.variables)}>
                  Retry
                </Button>
              }
            />
          )}
          {showTrigger && (
            <form
              className="flex flex-wrap items-end gap-2 rounded-lg bg-amber-50/60 p-2 ring-1 ring-amber-200"
              onSubmit={(event) => {
                event.preventDefault();
                if (trigger.message.trim() || trigger.name.trim())
                  turn.mutate({ kind: 'trigger', name: trigger.name.trim(), message: trigger.message.trim() });
              }}
            >
              <label className="text-xs text-zinc-600">
                Trigger name
                <Input
                  className="mt-1 w-44"
                  value={trigger.name}
                  onChange={(event) => setTrigger({ ...trigger, name: event.target.value })}
                />
              </label>
              <label className="min-w-48 flex-1 text-xs text-zinc-600">
                Trigger message
                <Input
                  className="mt-1"
                  value={trigger.message}
                  onChange={(event) => setTrigger({ ...trigger, message: event.target.value })}
                />
              </label>
              <Button type="submit" disabled={turn.isPending}>
                <Zap aria-hidden className="size-4" /> Send trigger
              </Button>
            </form>
          )}
          <form onSubmit={send} className="flex items-end gap-2">
            <Textarea
              aria-label={`Message to ${name}`}
              rows={2}
              maxLength={limits.userTextMax}
              placeholder={`Say something to ${name}…  (Enter sends, Shift+Enter for a new line)`}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && !event.shiftKey) {
                  event.preventDefault();
                  send();
                }
              }}
              className="resize-none"
            />
            <div className="flex flex-col gap-1.5">
              <Button type="submit" variant="primary" disabled={!draft.trim() || turn.isPending}>
                <Send aria-hidden className="size-4" /> Send
              </Button>
              <Button size="sm" variant="ghost" aria-expanded={showTrigger} onClick={() => setShowTrigger((open) => !open)}>
                <Zap aria-hidden className="size-3.5" /> Trigger
              </Button>
            </div>
          </form>
        </div>
      </div>
    </div>
  );
}
