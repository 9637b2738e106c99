import { RotateCcw, Sparkles, Square, Trash2 } from 'lucide-react';
import { memo, useEffect, useState, type ReactNode } from 'react';
import { toast } from 'sonner';
import { limits } from '@contract/limits';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { Field } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { StreamAnnouncer, writingWords } from '@/components/ui/stream-announcer';
import { cn } from '@/lib/cn';
import { isActive, isKept, useBackstoryTakes, type Take } from '../hooks/use-backstory-takes';
import { TakeDiffDialog } from './take-diff-dialog';

export type BackstoryGeneratorProps = {
  defaultName: string;
  defaultDescription: string;
  /** The backstory a take would replace (the editor's field); leave out where there is none. */
  currentBackstory?: () => string;
  /** Puts the chosen take into the editor; with it, the panel offers "Apply…". */
  onApply?: (text: string) => void;
  /** More actions for a finished take (the drafting page: start a character with it). */
  takeActions?: (take: Take) => ReactNode;
  /** Where this character's drafts are kept (see useBackstoryTakes); without it, takes last the visit. */
  draftsKey?: string;
  className?: string;
};

const statusLabels: Record<Take['status'], string> = {
  connecting: 'Starting…',
  streaming: 'Writing…',
  done: 'Finished',
  stopped: 'Stopped',
  failed: 'Failed',
};

/**
 * Generates backstories from a few words and a name, streaming them in: Generate, Stop (keeps what
 * arrived), Regenerate (a new take); the takes of this visit stay to compare, copy and apply.
 */
export function BackstoryGenerator({
  defaultName,
  defaultDescription,
  currentBackstory,
  onApply,
  takeActions,
  draftsKey,
  className,
}: BackstoryGeneratorProps) {
  const [name, setName] = useState(defaultName);
  const [description, setDescription] = useState(defaultDescription);
  const [errors, setErrors] = useState<{ name?: string; description?: string }>({});
  const { takes, generate, stop, discard } = useBackstoryTakes({ storageKey: draftsKey });
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [diffOpen, setDiffOpen] = useState(false);

  const selected = takes.find((take) => take.id === selectedId) ?? takes.at(-1);
  const running = takes.some(isActive);

  const start = () => {
    const found: typeof errors = {};
    if (!name.trim()) found.name = 'Give the character a name.';
    else if (name.trim().length > limits.nameMax) found.name = `At most ${limits.nameMax} characters.`;
    if (!description.trim()) found.description = 'Describe the character in a few words.';
    else if (description.trim().length > limits.inputTextMax)
      found.description = `At most ${limits.inputTextMax.toLocaleString()} characters.`;
    setErrors(found);
    if (found.name || found.description) return;
    setSelectedId(generate({ inputText: description.trim(), charName: name.trim() }));
  };

  const retry = (take: Take) => setSelectedId(generate(take.input));
  const newest = takes.at(-1);

  return (
    <section aria-label="Backstory generator" className={cn('space-y-4', className)}>
      <StreamAnnouncer
        says={announcerWords}
        stream={newest ? { key: newest.id, state: newest.status === 'connecting' ? 'starting' : newest.status, text: newest.text } : null}
      />
      {/* Not a <form>: the panel also sits inside the character editor's form, and forms do not nest. */}
      <div className="grid gap-3 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
        <Field label="Name" error={errors.name}>
          {(control) => (
            <Input
              {...control}
              value={name}
              onChange={(event) => setName(event.target.value)}
              autoComplete="off"
              onKeyDown={(event) => {
                if (event.key !== 'Enter') return;
                // Enter generates here, and must not submit the editor around the panel.
                event.preventDefault();
                if (!running) start();
              }}
            />
          )}
        </Field>
        <Field
          label="Description"
          error={errors.description}
          aside={<span className="text-xs text-zinc-500">a few words: role, place, traits</span>}
        >
          {(control) => (
            <Textarea
              {...control}
              rows={2}
              value={description}
              placeholder="Lawyer in New York City. Achiever. Stubborn."
              onChange={(event) => setDescription(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.metaKey || event.ctrlKey) && !running) start();
              }}
            />
          )}
        </Field>
        <div className="flex flex-wrap gap-2 sm:col-span-2">
          {running ? (
            <Button variant="danger" onClick={stop}>
              <Square aria-hidden className="size-4" /> Stop
            </Button>
          ) : (
            <Button variant="primary" onClick={start}>
              {takes.length === 0 ? <Sparkles aria-hidden className="size-4" /> : <RotateCcw aria-hidden className="size-4" />}
              {takes.length === 0 ? 'Generate' : 'Regenerate'}
            </Button>
          )}
        </div>
      </div>

      {selected && (
        <TakeView
          take={selected}
          onRetry={() => retry(selected)}
          actions={
            !isActive(selected) &&
            selected.text && (
              <>
                <CopyButton text={selected.text} what="backstory" />
                {onApply && (
                  <Button size="sm" variant="primary" onClick={() => setDiffOpen(true)}>
                    Apply…
                  </Button>
                )}
                {takeActions?.(selected)}
              </>
            )
          }
        />
      )}

      {/* With drafts, even one take is listed: its row holds the Discard button. */}
      {(takes.length > 1 || (draftsKey && takes.some(isKept))) && (
        <div>
          <h3 className="text-sm font-medium text-zinc-800">{draftsKey ? 'Takes' : 'Takes of this visit'}</h3>
          {draftsKey && (
            <p className="mt-0.5 text-xs text-zinc-500">
              Finished takes stay here as drafts of this character, after a reload too, until you apply or discard them.
            </p>
          )}
          <ol aria-label="Takes" className="mt-2 space-y-1.5">
            {takes.map((take, index) => (
              <li key={take.id} className="flex items-start gap-1.5">
                <button
                  type="button"
                  aria-current={take.id === selected?.id ? 'true' : undefined}
                  onClick={() => setSelectedId(take.id)}
                  className={cn(
                    'min-w-0 flex-1 rounded-md px-3 py-2 text-left text-sm ring-1 ring-zinc-200 hover:bg-zinc-50',
                    take.id === selected?.id && 'bg-brand-50 ring-brand-300 hover:bg-brand-50',
                  )}
                >
                  <span className="font-medium">Take {index + 1}</span>
                  <span className="text-zinc-600">
                    {' · '}
                    {statusLabels[take.status]} · {wordCount(take.text)} words
                  </span>
                  <span className="mt-0.5 block truncate text-zinc-600">{take.text.slice(0, 160) || '—'}</span>
                </button>
                {!isActive(take) && (
                  <Button
                    size="icon"
                    variant="ghost"
                    aria-label={`Discard take ${index + 1}`}
                    title="Discard"
                    onClick={() => discard(take.id)}
                  >
                    <Trash2 aria-hidden className="size-4" />
                  </Button>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}

      {selected && onApply && (
        <TakeDiffDialog
          open={diffOpen}
          before={currentBackstory?.() ?? ''}
          after={selected.text}
          onCancel={() => setDiffOpen(false)}
          onApply={() => {
            onApply(selected.text);
            setDiffOpen(false);
            // Applied, it is no longer a draft: the backstory field holds it now.
            discard(selected.id);
            toast.success('The take is in the backstory field. Save to keep it.');
          }}
        />
      )}
    </section>
  );
}

const announcerWords = writingWords('the backstory');

const wordCount = (text: string) => text.match(/\S+/g)?.length ?? 0;

/**
 * The text, one block per paragraph: as pieces arrive only the last paragraph changes, so the
 * browser re-lays out one paragraph per frame, not the whole text (a long, fast stream stays smooth).
 */
function StreamedText({ text, caret }: { text: string; caret: boolean }) {
  const paragraphs = text.split('\n\n');
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <Paragraph key={index} text={paragraph} caret={caret && index === paragraphs.length - 1} />
      ))}
    </>
  );
}

const Paragraph = memo(function Paragraph({ text, caret }: { text: string; caret: boolean }) {
  return (
    // A <p> per paragraph: copying or reading the text keeps the blank line between them.
    <p className="mb-[1lh] last:mb-0">
      {text}
      {caret && <span aria-hidden className="ml-0.5 inline-block h-4 w-2 translate-y-0.5 animate-pulse bg-brand-600" />}
    </p>
  );
});

function TakeView({ take, onRetry, actions }: { take: Take; onRetry: () => void; actions: ReactNode }) {
  const active = isActive(take);
  const now = useNow(active);
  const end = take.endedAt ?? now;
  const seconds = Math.max(0, (end - take.startedAt) / 1000);
  const streamingSeconds = take.firstPieceAt ? Math.max(0.001, (end - take.firstPieceAt) / 1000) : 0;
  const rate = take.pieces > 1 && streamingSeconds > 0 ? take.pieces / streamingSeconds : 0;

  return (
    <div className="overflow-hidden rounded-lg bg-surface ring-1 ring-zinc-200">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-zinc-100 bg-zinc-50 px-3 py-2 text-xs text-zinc-600">
        <span
          data-testid="take-status"
          className={cn(
            'rounded-full px-2 py-0.5 font-medium',
            take.status === 'failed' ? 'bg-red-100 text-red-800' : active ? 'bg-brand-100 text-brand-800' : 'bg-zinc-200 text-zinc-700',
          )}
        >
          {statusLabels[take.status]}
        </span>
        <span>
          {take.generator ? (
            <>
              Written by <span className="font-medium text-zinc-800">{take.generator}</span>
            </>
          ) : active ? (
            'Waiting for the generator…'
          ) : (
            'No generator answered'
          )}
        </span>
        <span className="tabular-nums" data-testid="take-elapsed">
          {seconds.toFixed(1)} s
        </span>
        <span className="tabular-nums" data-testid="take-rate">
          {take.pieces.toLocaleString()} pieces{rate > 0 && ` · ${rate.toFixed(0)}/s`}
        </span>
        <span className="tabular-nums">{wordCount(take.text).toLocaleString()} words</span>
      </div>
      {(take.text || take.status !== 'failed') && (
        <div
          data-testid="take-text"
          aria-busy={active}
          role="region"
          aria-label="Take text"
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- it scrolls when long, and must scroll by keyboard too
          tabIndex={0}
          className="max-h-[28rem] min-h-24 overflow-y-auto px-4 py-3 text-sm leading-relaxed break-words whitespace-pre-wrap text-zinc-800"
        >
          <StreamedText text={take.text} caret={active} />
          {!take.text && !active && <span className="text-zinc-500 italic">Nothing arrived.</span>}
        </div>
      )}
      {take.error && (
        <ErrorAlert
          className="m-3"
          title={
            take.error.beforeStream
              ? 'The backstory could not be generated.'
              : take.text
                ? 'The backstory stopped part-way; what arrived is kept.'
                : 'The backstory stopped before any text arrived.'
          }
          error={take.error.error}
          action={
            <Button size="sm" onClick={onRetry}>
              <RotateCcw aria-hidden className="size-4" /> Retry
            </Button>
          }
        />
      )}
      {actions && <div className="flex flex-wrap justify-end gap-2 border-t border-zinc-100 px-3 py-2">{actions}</div>}
    </div>
  );
}

/** The current time, refreshed every tenth of a second while `ticking`. */
function useNow(ticking: boolean) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}
