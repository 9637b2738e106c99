import { Sparkles, X } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { BackstoryGenerator } from './backstory-generator';

type Props = {
  /** The name in the editor now. */
  name: string;
  getBackstory: () => string;
  applyBackstory: (text: string) => void;
};

/** A description to start from: the backstory's first sentence, short enough to edit. */
export function descriptionFrom(backstory: string): string {
  const first = backstory.trim().split(/(?<=[.!?])\s+/)[0] ?? '';
  return first.length > 240 ? `${first.slice(0, 237).trimEnd()}…` : first;
}

/** The backstory generator inside the character editor, opened on demand, prefilled from the character. */
export function EditorBackstoryTools({ name, getBackstory, applyBackstory }: Props) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button size="sm" onClick={() => setOpen(true)}>
        <Sparkles aria-hidden className="size-4 text-brand-600" /> Generate a backstory…
      </Button>
    );
  }
  return (
    <div className="rounded-xl bg-brand-50/40 p-4 ring-1 ring-brand-200">
      <div className="mb-3 flex items-center justify-between">
        <h2 className="text-sm font-semibold text-zinc-900">Backstory generator</h2>
        <Button size="icon" variant="ghost" aria-label="Close the backstory generator" onClick={() => setOpen(false)}>
          <X aria-hidden className="size-4" />
        </Button>
      </div>
      <BackstoryGenerator
        defaultName={name}
        defaultDescription={descriptionFrom(getBackstory())}
        currentBackstory={getBackstory}
        onApply={applyBackstory}
      />
    </div>
  );
}
