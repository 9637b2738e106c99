import { Fragment } from 'react';
import { cn } from '@/lib/cn';

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

const names: Record<string, string> = { '?': '?', '/': '/', Escape: 'Esc', Enter: 'Enter' };

/** One key as printed on the keyboard: `Mod` is Ctrl, or ⌘ on a Mac. */
function keyName(key: string) {
  if (key === 'Mod') return isMac() ? '⌘' : 'Ctrl';
  return names[key] ?? key.toUpperCase();
}

/** Keys written as src/config/shortcuts.ts writes them ("g c", "Mod+k"), as keyboard keys; a sequence reads "G then C". */
export function Keys({ keys, className }: { keys: string; className?: string }) {
  return (
    <span className={cn('inline-flex items-center gap-1 text-xs text-zinc-500', className)}>
      {keys.split(' ').map((step, index) => (
        <Fragment key={index}>
          {index > 0 && <span>then</span>}
          {step.split('+').map((key, part) => (
            <kbd
              key={part}
              className="min-w-6 rounded border border-zinc-300 bg-zinc-50 px-1.5 py-0.5 text-center font-mono text-xs text-zinc-700 shadow-xs"
            >
              {keyName(key)}
            </kbd>
          ))}
        </Fragment>
      ))}
    </span>
  );
}
