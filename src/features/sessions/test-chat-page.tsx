import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Flag, Pause, Play, RotateCcw, Send, Zap } from 'lucide-react';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { sessionKeys, sessionQueries, streamTurn } from '@/api/chat-history';
import { characterQueries } from '@/api/characters';
import { narrativeQueries } from '@/api/narrative';
import { statusQueries } from '@/api/status';
import type { ExchangeNarrative } from '@contract/schemas/conversation';
import type { ReplySource } from '@contract/schemas/knowledge';
import { limits } from '@contract/limits';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { StreamAnnouncer } from '@/components/ui/stream-announcer';
import { Select, Textarea } from '@/components/ui/input';
import { Switch } from '@/components/ui/switch';
import { paths } from '@/config/paths';
import { useAudioPlayer } from '@/hooks/use-audio-player';
import { cn } from '@/lib/cn';
import { sectionLabel } from '@/lib/section-name';
import { ReplySources, useSourceViewer, type SourceViewer } from './components/reply-sources';
import { SectionNote } from './components/section-note';
import { movedFromName, sectionNames } from './section-names';

/** A line of the conversation; a character's has its spoken audio, and the passages it drew on, once they have come. */
type Line = {
  id: number;
  from: 'player' | 'trigger' | 'character';
  text: string;
  audio?: string;
  sources?: ReplySource[];
  writing?: boolean;
};
type Turn = { kind: 'text'; text: string } | { kind: 'trigger'; name: string; message: string };

/** Convai's REST API takes typed text only: a trigger goes over its Live API, which test chat does not speak. */
const HOSTED_TRIGGERS =
  'Convai’s REST API cannot fire a narrative trigger (a game fires triggers over Convai’s Live API), so test chat cannot send one here.';

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

/**
 * Talk to the character through the Interaction API, continuing one session, as a player would.
 * `sourceViewer` opens a reply's sources (the knowledge bank's document view, lent by the app).
 */
export function TestChatPage({ sourceViewer }: { sourceViewer?: SourceViewer }) {
  const { characterId = '' } = useParams();
  const queryClient = useQueryClient();
  const character = useQuery(characterQueries.detail(characterId));
  const [sessionID, setSessionID] = useState(NEW_SESSION);
  const [lines, setLines] = useState<Line[]>([]);
  const [draft, setDraft] = useState('');
  const [showTrigger, setShowTrigger] = useState(false);
  const [chosenTrigger, setChosenTrigger] = useState('');
  const triggerSelectId = useId();
  const nextId = useRef(1);
  const bottom = useRef<HTMLDivElement>(null);
  const name = character.data?.character_name ?? 'The character';

  // Narrative design: the character's triggers to fire, and the section the session is in (the
  // chat history says where each exchange happened; before the first, the start section).
  const backend = useQuery(statusQueries.status()).data?.backend;
  const triggers = useQuery(narrativeQueries.triggers(characterId));
  const sections = useQuery(narrativeQueries.sections(characterId));
  const narrativeDriven = character.data?.is_narrative_driven === true;
  const startSection =
    sections.data?.find((section) => section.section_id === character.data?.start_narrative_section_id) ?? sections.data?.[0];
  const fired = triggers.data?.find((trigger) => trigger.trigger_id === chosenTrigger) ?? triggers.data?.[0];

  const player = useAudioPlayer();
  const sources = useSourceViewer(sourceViewer);
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

  // The newest reply, read to screen readers as it streams in.
  const replying = lines.findLast((line) => line.from === 'character');
  const replyWords = useMemo(() => ({ start: `${name} is answering…` }), [name]);

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
            onSources: (used) => update(reply, (line) => ({ ...line, sources: used })),
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

  // Read once a turn is recorded (a session is recorded with its first reply, and asked for again after each).
  const details = useQuery({
    ...sessionQueries.detail(characterId, sessionID),
    enabled: sessionID !== NEW_SESSION && narrativeDriven && !turn.isPending,
  });
  const lastNarrative = sessionID === NEW_SESSION ? undefined : details.data?.at(-1)?.narrative;
  const currentSection = lastNarrative ? lastNarrative.section_name : sessionID === NEW_SESSION ? startSection?.section_name : undefined;

  // A block body on purpose: scrollIntoView may return a promise, which an effect must not return.
  const lastText = lines.at(-1)?.text;
  const lastSources = lines.at(-1)?.sources?.length;
  useEffect(() => {
    bottom.current?.scrollIntoView({ block: 'end' });
  }, [lines.length, lastText, lastSources]);

  const send = (event?: FormEvent) => {
    event?.preventDefault();
    const text = draft.trim();
    if (!text || turn.isPending) return;
    turn.mutate({ kind: 'text', text });
  };

  const exchanges = lines.filter((line) => line.from === 'character').length;
  const names = sectionNames(details.data ?? [], sections.data);
  // Each reply's exchange as recorded, matched by what was said (a turn taken back is not recorded).
  const narrativeOfReply = new Map<number, ExchangeNarrative>();
  if (narrativeDriven && details.data) {
    let index = 0;
    lines.forEach((line, at) => {
      if (line.from !== 'character' || line.writing) return;
      const said = lines[at - 1];
      const exchange = details.data[index];
      if (exchange && said && exchange.interaction[0]?.message === said.text) {
        if (exchange.narrative) narrativeOfReply.set(line.id, exchange.narrative);
        index += 1;
      }
    });
  }
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex shrink-0 flex-wrap items-center justify-between gap-3 border-b border-zinc-200 bg-surface px-4 py-3 sm:px-6 lg:px-8">
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
          {/* Always in the page: a live region is announced when its text changes, not when it is put in. */}
          <p className="mt-1 inline-flex items-center gap-1.5 text-sm text-zinc-700 empty:hidden" aria-live="polite">
            {narrativeDriven && currentSection !== undefined && (
              <>
                <Flag aria-hidden className="size-3.5 text-emerald-600" />
                {sessionID === NEW_SESSION ? 'Starts in' : 'Current section:'}{' '}
                <span className="font-medium text-zinc-900" data-testid="current-section">
                  {sectionLabel(currentSection)}
                </span>
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

      <StreamAnnouncer
        says={replyWords}
        stream={replying ? { key: replying.id, state: replyState(replying), text: replying.text } : null}
      />
      <div className="min-h-0 flex-1 overflow-y-auto bg-zinc-50 px-4 py-6 sm:px-6 lg:px-8">
        <ol aria-label="Conversation" className="mx-auto max-w-3xl space-y-3">
          {lines.length === 0 && (
            <li className="py-12 text-center text-sm text-zinc-500">
              Say hello to {name}. Everything you say is recorded as a session, like a player's.
            </li>
          )}
          {lines
            .map((line) =>
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
                        : 'rounded-tl-sm bg-surface text-zinc-800 ring-1 ring-zinc-200',
                    )}
                    data-speaker={line.from}
                  >
                    <p className={cn('mb-0.5 text-xs font-medium', line.from === 'player' ? 'text-white/80' : 'text-zinc-500')}>
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
            )
            .flatMap((item, at) => {
              const line = lines[at];
              const sourced = line.sources ? (
                <li key={`${line.id}-sources`} className="flex justify-start">
                  <ReplySources
                    sources={line.sources}
                    onOpen={sourceViewer ? sources.openSource : undefined}
                    className="max-w-[75%] min-w-0 pl-1"
                  />
                </li>
              ) : null;
              const withSources = sourced ? [item, sourced] : [item];
              const narrative = narrativeOfReply.get(line.id);
              if (!narrative) return withSources;
              const previous = lines.slice(0, at).findLast((line) => narrativeOfReply.has(line.id));
              const fromName = movedFromName(narrative, previous && narrativeOfReply.get(previous.id), names);
              return [
                ...withSources,
                <li key={`${lines[at].id}-section`} className={cn('flex', narrative.moved_by ? 'justify-center' : 'justify-start pl-1')}>
                  <SectionNote narrative={narrative} fromName={fromName} />
                </li>,
              ];
            })}
        </ol>
        <div ref={bottom} />
        {sources.dialog}
      </div>

      <div className="shrink-0 border-t border-zinc-200 bg-surface px-4 py-3 sm:px-6 lg:px-8">
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
          {showTrigger && backend === 'local' && (
            <form
              className="flex flex-wrap items-end gap-2 rounded-lg bg-amber-50/60 p-2 ring-1 ring-amber-200"
              aria-label="Fire a trigger"
              onSubmit={(event) => {
                event.preventDefault();
                if (fired && !turn.isPending)
                  turn.mutate({ kind: 'trigger', name: fired.trigger_name, message: fired.trigger_message || fired.trigger_name });
              }}
            >
              {triggers.data && triggers.data.length > 0 ? (
                <>
                  <div className="min-w-48 flex-1">
                    <label htmlFor={triggerSelectId} className="text-xs text-zinc-600">
                      Trigger
                    </label>
                    <Select
                      id={triggerSelectId}
                      className="mt-1"
                      value={fired?.trigger_id ?? ''}
                      onChange={(event) => setChosenTrigger(event.target.value)}
                    >
                      {triggers.data.map((trigger) => (
                        <option key={trigger.trigger_id} value={trigger.trigger_id}>
                          {trigger.trigger_name}
                          {trigger.destination_section
                            ? ` → ${sections.data?.find((section) => section.section_id === trigger.destination_section)?.section_name ?? ''}`
                            : ''}
                        </option>
                      ))}
                    </Select>
                  </div>
                  <Button type="submit" disabled={turn.isPending}>
                    <Zap aria-hidden className="size-4" /> Fire trigger
                  </Button>
                </>
              ) : (
                <p className="px-1 py-1.5 text-sm text-zinc-700">
                  {triggers.isPending ? (
                    'Loading the triggers…'
                  ) : triggers.isError ? (
                    'The triggers could not be loaded.'
                  ) : (
                    <>
                      {name} has no triggers yet. Add them on the{' '}
                      <Link className="font-medium text-brand-700 hover:underline" to={paths.characters.narrative(characterId)}>
                        Narrative
                      </Link>{' '}
                      tab.
                    </>
                  )}
                </p>
              )}
            </form>
          )}
          {backend === 'convai' && (triggers.data?.length || narrativeDriven) ? (
            <p className="text-xs text-zinc-500" data-testid="hosted-triggers">
              <Zap aria-hidden className="mr-1 inline size-3.5 align-text-bottom" />
              {HOSTED_TRIGGERS}
            </p>
          ) : null}
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
              {backend === 'local' && (
                <Button size="sm" variant="ghost" aria-expanded={showTrigger} onClick={() => setShowTrigger((open) => !open)}>
                  <Zap aria-hidden className="size-3.5" /> Trigger
                </Button>
              )}
            </div>
          </form>
        </div>
      </div>
    </div>
  );
}

const replyState = (line: Line) => (line.writing ? (line.text ? 'streaming' : 'starting') : 'done');
