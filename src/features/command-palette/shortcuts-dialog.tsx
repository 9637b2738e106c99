import { useId } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { shortcutGroups } from '@/config/shortcuts';
import { Keys } from './keys';

/** Every keyboard shortcut, listed from src/config/shortcuts.ts (`?` opens it). */
export function ShortcutsDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const id = useId();
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Keyboard shortcuts"
      description="Single keys work when the focus is not in a field and no dialog is open."
      wide
    >
      <div className="grid max-h-[65vh] gap-x-8 gap-y-5 overflow-y-auto sm:grid-cols-2">
        {shortcutGroups.map((group, index) => (
          <section key={group.title} aria-labelledby={`${id}-${index}`}>
            <h3 id={`${id}-${index}`} className="mb-2 text-xs font-semibold tracking-wide text-zinc-500 uppercase">
              {group.title}
            </h3>
            <dl className="space-y-2 text-sm">
              {group.shortcuts.map((shortcut) => (
                <div key={`${shortcut.keys} ${shortcut.label}`} className="grid grid-cols-[6.5rem_minmax(0,1fr)] items-baseline gap-3">
                  <dt>
                    <Keys keys={shortcut.keys} />
                  </dt>
                  <dd className="text-zinc-700">{shortcut.label}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
