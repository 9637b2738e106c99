import { MessageSquareText, Tag, ThumbsDown, ThumbsUp } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { annotationLimits, type ExchangeAnnotation, type ExchangeAnnotationInput } from '@contract/schemas/annotations';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/input';
import { cn } from '@/lib/cn';

type Props = {
  number: number;
  annotation: ExchangeAnnotation | undefined;
  onChange: (input: ExchangeAnnotationInput) => void;
  onEditLabels: () => void;
  /** A new value opens the note's box (the review queue's N key). */
  noteRequest?: number;
};

const chip = 'inline-flex items-center gap-1 rounded-md px-2 py-1 ring-1 transition-colors';

/**
 * An exchange's review, under the reply: good or bad (pressed again, the rating goes), its labels,
 * and a note. Each change is saved as it is made.
 */
export function ExchangeReview({ number, annotation, onChange, onEditLabels, noteRequest = 0 }: Props) {
  const rating = annotation?.rating ?? null;
  const labels = annotation?.labels ?? [];
  const note = annotation?.note ?? '';
  const [draft, setDraft] = useState<string | null>(null);
  const [noteAsked, setNoteAsked] = useState(noteRequest);
  if (noteRequest !== noteAsked) {
    setNoteAsked(noteRequest);
    // 0: the request is for another exchange now.
    if (noteRequest > 0 && draft === null) setDraft(note);
  }
  const noteId = useId();
  // The note's box takes the focus when it opens (a click on "Add note" means to type).
  const noteBox = useRef<HTMLTextAreaElement>(null);
  const editing = draft !== null;
  useEffect(() => {
    if (editing) noteBox.current?.focus();
  }, [editing]);

  const saveNote = (event: FormEvent) => {
    event.preventDefault();
    if (draft === null) return;
    onChange({ note: draft.trim() });
    setDraft(null);
  };

  return (
    <div role="group" aria-label={`Review of exchange ${number}`} className="space-y-2 pl-1 text-xs">
      <div className="flex flex-wrap items-center gap-1.5">
        <button
          type="button"
          aria-pressed={rating === 'good'}
          onClick={() => onChange({ rating: rating === 'good' ? null : 'good' })}
          className={cn(
            chip,
            rating === 'good'
              ? 'bg-emerald-50 font-medium text-emerald-800 ring-emerald-300'
              : 'text-zinc-500 ring-zinc-200 hover:bg-surface hover:text-zinc-800',
          )}
        >
          <ThumbsUp aria-hidden className="size-3.5" /> Good
        </button>
        <button
          type="button"
          aria-pressed={rating === 'bad'}
          onClick={() => onChange({ rating: rating === 'bad' ? null : 'bad' })}
          className={cn(
            chip,
            rating === 'bad'
              ? 'bg-red-50 font-medium text-red-800 ring-red-300'
              : 'text-zinc-500 ring-zinc-200 hover:bg-surface hover:text-zinc-800',
          )}
        >
          <ThumbsDown aria-hidden className="size-3.5" /> Bad
        </button>
        {labels.length > 0 && (
          <ul aria-label="Labels" className="flex flex-wrap gap-1">
            {labels.map((label) => (
              <li key={label} className="rounded-full bg-sky-50 px-2 py-0.5 font-medium text-sky-800 ring-1 ring-sky-200">
                {label}
              </li>
            ))}
          </ul>
        )}
        <button
          type="button"
          onClick={onEditLabels}
          className={cn(chip, 'text-zinc-500 ring-zinc-200 hover:bg-surface hover:text-zinc-800')}
        >
          <Tag aria-hidden className="size-3.5" /> Labels…
        </button>
        {draft === null && (
          <button
            type="button"
            onClick={() => setDraft(note)}
            className={cn(chip, 'text-zinc-500 ring-zinc-200 hover:bg-surface hover:text-zinc-800')}
          >
            <MessageSquareText aria-hidden className="size-3.5" /> {note ? 'Edit note' : 'Add note'}
          </button>
        )}
      </div>
      {draft === null && note && (
        <p className="max-w-[75%] rounded-md bg-amber-50 px-2.5 py-1.5 text-sm whitespace-pre-wrap text-amber-950 ring-1 ring-amber-200">
          <span className="sr-only">Note: </span>
          {note}
        </p>
      )}
      {draft !== null && (
        <form onSubmit={saveNote} className="max-w-[75%] space-y-1.5">
          <label htmlFor={noteId} className="sr-only">
            Note on exchange {number}
          </label>
          <Textarea
            id={noteId}
            ref={noteBox}
            rows={3}
            maxLength={annotationLimits.noteMax}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.stopPropagation();
                setDraft(null);
              }
              // Ctrl+Enter (Cmd+Enter) saves, as in most editors; Enter alone is a new line.
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) saveNote(event);
            }}
            placeholder="What was wrong, or right, with this reply? (Ctrl+Enter saves)"
            className="text-sm"
          />
          <div className="flex items-center gap-2">
            <Button type="submit" size="sm" variant="primary">
              Save note
            </Button>
            <Button size="sm" onClick={() => setDraft(null)}>
              Cancel
            </Button>
            <span className="ml-auto text-zinc-500 tabular-nums">
              {draft.length.toLocaleString()} / {annotationLimits.noteMax.toLocaleString()}
            </span>
          </div>
        </form>
      )}
    </div>
  );
}
