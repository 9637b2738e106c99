import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Copy, MoreHorizontal, Pencil, Trash2 } from 'lucide-react';
import { useNavigate } from 'react-router';
import type { Character } from '@/api/contract';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';

const item =
  'flex cursor-default items-center gap-2 rounded px-2 py-1.5 text-sm text-zinc-700 outline-none select-none data-[highlighted]:bg-zinc-100 data-[highlighted]:text-zinc-900';

/** The per-character menu of the list: edit, clone, delete. */
export function CharacterRowMenu({ character, onClone, onDelete }: { character: Character; onClone: () => void; onDelete: () => void }) {
  const navigate = useNavigate();
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <Button variant="ghost" size="icon" aria-label={`Actions for ${character.character_name}`}>
          <MoreHorizontal aria-hidden className="size-4" />
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={4} className="z-30 min-w-40 rounded-lg bg-white p-1 shadow-lg ring-1 ring-zinc-950/10">
          <DropdownMenu.Item className={item} onSelect={() => navigate(paths.characters.edit(character.character_id))}>
            <Pencil aria-hidden className="size-4" /> Edit
          </DropdownMenu.Item>
          <DropdownMenu.Item className={item} onSelect={onClone}>
            <Copy aria-hidden className="size-4" /> Clone…
          </DropdownMenu.Item>
          <DropdownMenu.Separator className="my-1 h-px bg-zinc-100" />
          <DropdownMenu.Item className={`${item} text-red-700 data-[highlighted]:bg-red-50 data-[highlighted]:text-red-800`} onSelect={onDelete}>
            <Trash2 aria-hidden className="size-4" /> Delete…
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
