import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Pause, Play, RotateCcw, Send, Zap } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { sessionKeys, streamTurn } from '@/api/chat-history';
import { characterQueries } from '@/api/characters';
import { limits } from '@contract/limits';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input, Textarea } from '@/components/ui/input';
import { Switch } from '@/components/ui/switch';
import { paths } from '@/config/paths';
import { useAudioPlayer } from '@/hooks/use-audio-player';
import { cn } from '@/lib/cn';

/** A line of the conversation; a character's has its spoken audio once it has come. */
type Line = { id: number; from: 'player' | 'trigger' | 'character'; text: string; audio?: string; writing?: boolean };
type Turn = { kind: 'text'; text: string } | { kind: 'trigger'; name: string; message: string };

const NEW_SESSION = '-1';
const SPEAK_KEY = 'test-chat.speak-replies';

/** Whether new replies are read aloud: the user's choice, kept in this browser. */
function useSpeakReplies() {
  const [speak, setSpeak] = useState(() => localStorage.getItem(SPEAK_KEY) === 'true');
  const change = (value: boolean) => {
    setSpeak(value);
    localStorage.setItem(SPEAK_KEY, String(value));
  };
  return [speak, change] as const;
}

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

  const player = useAudioPlayer();
  const [speak, setSpeak] = useSpeakReplies();
  const speakRef = useRef(speak);
  useEffect(() => {
    speakRef.current = speak;
  }, [speak]);
  // Leaving the page stops a reply being written, and lets go of the replies' audio. Made in the
  // effect, so that a remount (React's strict mode does one) gets a live one again.
  const leaving = useRef<AbortController | null>(null);
  const audioUrls = useRef<string[]>([]);
  useEffect(() => {
    const abort = new AbortController();
    leaving.current = abort;
    const urls = audioUrls.current;
    return () => {
      abort.abort();
      for (const url of urls.splice(0)) URL.revokeObjectURL(url);
    };
  }, []);

  const update = (id: number, change: (line: Line) => Line) =>
    setLines((current) => current.map((line) => (line.id === id ? change(line) : line)));

  const turn = useMutation({
    mutationFn: async (input: Turn) => {
      const said = nextId.current++;
      const reply = nextId.current++;
      setLines((current) => [
        ...current,
        { id: said, from: input.kind === 'text' ? 'player' : 'trigger', text: input.kind === 'text' ? input.text : input.message },
        { id: reply, from: 'character', text: '', writing: true },
      ]);
      const signal = leaving.current?.signal ?? AbortSignal.abort();
      try {
        const session = await streamTurn(
          input.kind === 'text'
            ? { charID: characterId, sessionID, userText: input.text }
            : { charID: characterId, sessionID, trigger_name: input.name, trigger_message: input.message },
          signal,
          {
            onPiece: (piece, session) => {
              setSessionID(session);
              update(reply, (line) => ({ ...line, text: line.text + piece }));
            },
            onAudio: (wav) => {
              if (signal.aborted) return;
              const url = URL.createObjectURL(wav);
              audioUrls.current.push(url);
              update(reply, (line) => ({ ...line, audio: url }));
              if (speakRef.current) player.play(url);
            },
          },
        );
        update(reply, (line) => ({ ...line, writing: false }));
        return session;
      } catch (error) {
        // Nothing said: the turn is taken back (and can be sent again); part said: it stays, cut off.
        setLines((current) =>
          current.flatMap((line) => {
            if (line.id !== said && line.id !== reply) return [line];
            const partial = current.find((entry) => entry.id === reply)?.text;
            return partial ? [{ ...line, writing: false }] : [];
          }),
        );
        throw error;
      }
    },
    onSuccess: (session, input) => {
      if (input.kind === 'text') setDraft('');
      void queryClient.invalidateQueries({ queryKey: sessionKeys.lists(characterId) });
      void queryClient.invalidateQueries({ queryKey: sessionKeys.detail(characterId, session) });
    },
  });

  // A block body on purpose: scrollIntoView may return a promise, which an effect must not return.
  const lastText = lines.at(-1)?.text;
  useEffect(() => {
    bottom.current?.scrollIntoView({ block: 'end' });
  }, [lines.length, lastText]);

  const send = (event?: FormEvent) => {
    event?.preventDefault();
    const text = draft.trim();
    if (!text || turn.isPending) return;
    turn.mutate({ kind: 'text', text });
  };

  const exchanges = lines.filter((line) => line.from === 'character').length;
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
        <div className="flex flex-wrap items-center gap-4">
          <Switch
            label="Speak replies"
            description="Reads each new reply aloud in the character's voice."
            checked={speak}
            onChange={(event) => setSpeak(event.target.checked)}
            className="max-w-64"
          />
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
                  <span data-testid={line.from === 'character' ? 'reply-text' : undefined}>{line.text}</span>
                  {line.writing && (
                    <span aria-hidden className="ml-0.5 inline-block h-4 w-1.5 animate-pulse bg-zinc-400 align-text-bottom" />
                  )}
                  {line.writing && !line.text && <span className="sr-only">{name} is answering</span>}
                </div>
                {line.audio && (
                  <Button
                    size="icon"
                    variant="ghost"
                    className="ml-1 self-end"
                    aria-label={player.playing === line.audio ? 'Stop the reply' : 'Play the reply'}
                    aria-pressed={player.playing === line.audio}
                    onClick={() => line.audio && player.toggle(line.audio)}
                  >
                    {player.playing === line.audio ? <Pause aria-hidden className="size-4" /> : <Play aria-hidden className="size-4" />}
                  </Button>
                )}
              </li>
            ),
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
