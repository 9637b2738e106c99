import { Sparkles, X } from 'lucide-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { draftsKey, readDrafts } from '../utils/backstory-drafts';
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

/**
 * The backstory generator inside the character editor, opened on demand, prefilled from the
 * character. A saved character keeps its takes as drafts (a new one has no id to keep them under);
 * the closed panel's button says how many wait.
 */
export function EditorBackstoryTools({ name, getBackstory, applyBackstory }: Props) {
  // The editor's route names the character; the editor's props do not.
  const { characterId } = useParams<{ characterId: string }>();
  const key = characterId ? draftsKey(characterId) : undefined;
  const [open, setOpen] = useState(false);
  if (!open) {
    // Read when shown: closing the panel re-renders this, after the drafts were last written.
    const drafts = key ? readDrafts(key).length : 0;
    return (
      <Button size="sm" onClick={() => setOpen(true)}>
        <Sparkles aria-hidden className="size-4 text-brand-600" /> Generate a backstory…
        {drafts > 0 && <span className="text-zinc-500">{` (${drafts === 1 ? '1 draft' : `${drafts} drafts`})`}</span>}
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
        // Another character is another set of drafts: a fresh generator, never one carried over.
        key={key}
        draftsKey={key}
        defaultName={name}
        defaultDescription={descriptionFrom(getBackstory())}
        currentBackstory={getBackstory}
        onApply={applyBackstory}
      />
    </div>
  );
}
