import { Copy, Trash2 } from 'lucide-react';
import type { CharacterSummary } from '@contract/character';
import { Button } from '@/components/ui/button';

/**
 * A row's actions in the list: clone and delete (the row itself opens the editor). Plain buttons,
 * not a menu: one click each, and no menu code on the first page the dashboard loads.
 */
export function CharacterRowActions({
  character,
  onClone,
  onDelete,
}: {
  character: CharacterSummary;
  onClone: () => void;
  onDelete: () => void;
}) {
  return (
    <div className="flex gap-0.5">
      <Button variant="ghost" size="icon" aria-label={`Clone ${character.character_name}`} title="Clone…" onClick={onClone}>
        <Copy aria-hidden className="size-4" />
      </Button>
      <Button
        variant="ghost"
        size="icon"
        aria-label={`Delete ${character.character_name}`}
        title="Delete…"
        onClick={onDelete}
        className="hover:bg-red-50 hover:text-red-700"
      >
        <Trash2 aria-hidden className="size-4" />
      </Button>
    </div>
  );
}
