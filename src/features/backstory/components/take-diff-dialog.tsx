import { diffWords } from 'diff';
import { useMemo } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

type Props = {
  open: boolean;
  before: string;
  after: string;
  onApply: () => void;
  onCancel: () => void;
};

const wordCount = (text: string) => text.match(/\S+/g)?.length ?? 0;

/** Shows, word by word, what applying a take changes in the backstory, and applies it on request. */
export function TakeDiffDialog({ open, before, after, onApply, onCancel }: Props) {
  const parts = useMemo(() => (open ? diffWords(before, after) : []), [open, before, after]);
  const added = parts.filter((part) => part.added).reduce((sum, part) => sum + wordCount(part.value), 0);
  const removed = parts.filter((part) => part.removed).reduce((sum, part) => sum + wordCount(part.value), 0);

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && onCancel()}
      title="Apply this take to the backstory?"
      description="Removed words are struck through in red, new ones underlined in green. Applying changes the form; nothing is saved until you save the character."
      wide
    >
      <p className="mb-2 text-sm text-zinc-600">
        <span className="font-medium text-emerald-700">+{added.toLocaleString()} words</span>
        {' · '}
        <span className="font-medium text-red-700">−{removed.toLocaleString()} words</span>
      </p>
      <div
        className="max-h-[55vh] overflow-y-auto rounded-lg bg-zinc-50 p-4 text-sm leading-relaxed break-words whitespace-pre-wrap ring-1 ring-zinc-200"
        data-testid="take-diff"
        role="region"
        aria-label="Differences"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- it scrolls when long, and must scroll by keyboard too
        tabIndex={0}
      >
        {parts.map((part, index) =>
          part.added ? (
            <ins key={index} className="bg-emerald-100 text-emerald-900 decoration-emerald-500">
              {part.value}
            </ins>
          ) : part.removed ? (
            <del key={index} className="bg-red-100 text-red-800 decoration-red-500">
              {part.value}
            </del>
          ) : (
            <span key={index}>{part.value}</span>
          ),
        )}
      </div>
      <div className="mt-4 flex justify-end gap-2">
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant="primary" onClick={onApply}>
          Apply to backstory
        </Button>
      </div>
    </Dialog>
  );
}
