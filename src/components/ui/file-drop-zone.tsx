import { FileUp } from 'lucide-react';
import { useId, useRef, useState, type DragEvent } from 'react';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/cn';

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

type Props = {
  onFiles: (files: File[]) => void;
  /** The region's name ("Upload documents"). */
  label: string;
  /** What to do, before the button ("Drag documents here to upload them, several at once, or"). */
  prompt: string;
  /** What it takes, under the button, in words. */
  hint: string;
  /** The file input's `accept` (".txt,.pdf"). */
  accept: string;
  /** The file input's name for assistive technology ("Files to upload"). */
  inputLabel?: string;
  className?: string;
};

/**
 * Where files are dropped, several at once; the button beside the words opens the file picker (a
 * hidden file input behind it), so the keyboard does everything a mouse does.
 */
export function FileDropZone({ onFiles, label, prompt, hint, accept, inputLabel = 'Files to upload', className }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  // Entering a child fires dragenter before the parent's dragleave: count, so the outline does not flicker.
  const [depth, setDepth] = useState(0);
  const over = depth > 0;

  const onDragEnter = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    setDepth((current) => current + 1);
  };
  const onDragOver = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const onDragLeave = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    setDepth((current) => Math.max(0, current - 1));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDepth(0);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFiles(files);
  };

  return (
    <section
      aria-label={label}
      onDragEnter={onDragEnter}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      className={cn(
        'flex flex-col items-center gap-2 rounded-xl border-2 border-dashed px-6 py-6 text-center transition-colors',
        over ? 'border-brand-500 bg-brand-50' : 'border-zinc-300 bg-surface',
        className,
      )}
    >
      <FileUp aria-hidden className={cn('size-7', over ? 'text-brand-600' : 'text-zinc-400')} />
      <p className="text-sm text-zinc-700">{over ? 'Drop to upload' : prompt}</p>
      <Button variant="primary" aria-describedby={hintId} onClick={() => input.current?.click()}>
        Choose files
      </Button>
      <p id={hintId} className="text-xs text-zinc-500">
        {hint}
      </p>
      <input
        ref={input}
        type="file"
        multiple
        accept={accept}
        className="hidden"
        aria-label={inputLabel}
        tabIndex={-1}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Emptied, so that choosing the same file again (after fixing it) is a change too.
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </section>
  );
}
