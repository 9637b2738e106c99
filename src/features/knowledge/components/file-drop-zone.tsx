import { FileUp } from 'lucide-react';
import { useId, useRef, useState, type DragEvent } from 'react';
import { knowledgeUpload } from '@contract/schemas/knowledge';
import { Button } from '@/components/ui/button';
import { formatBytes } from '@/lib/bytes';
import { cn } from '@/lib/cn';

/** What the knowledge bank reads, for people. */
export const ACCEPTED_KINDS = `Text (.txt, .md, .csv), PDF and Word (.docx) files of up to ${formatBytes(knowledgeUpload.maxBytes)} each.`;

const accept = knowledgeUpload.extensions.join(',');

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/**
 * Where files are dropped to upload them, several at once; the button beside the words opens the
 * file picker (a hidden file input behind it), so the keyboard does everything a mouse does.
 */
export function FileDropZone({ onFiles, className }: { onFiles: (files: File[]) => void; className?: string }) {
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
      aria-label="Upload documents"
      onDragEnter={onDragEnter}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      className={cn(
        'flex flex-col items-center gap-2 rounded-xl border-2 border-dashed px-6 py-6 text-center transition-colors',
        over ? 'border-brand-500 bg-brand-50' : 'border-zinc-300 bg-white',
        className,
      )}
    >
      <FileUp aria-hidden className={cn('size-7', over ? 'text-brand-600' : 'text-zinc-400')} />
      <p className="text-sm text-zinc-700">{over ? 'Drop to upload' : 'Drag documents here to upload them, several at once, or'}</p>
      <Button variant="primary" aria-describedby={hintId} onClick={() => input.current?.click()}>
        Choose files
      </Button>
      <p id={hintId} className="text-xs text-zinc-500">
        {ACCEPTED_KINDS}
      </p>
      <input
        ref={input}
        type="file"
        multiple
        accept={accept}
        className="hidden"
        aria-label="Files to upload"
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
