import { Check, ClipboardCopy, Copy } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { cn } from '@/lib/cn';
import { Button } from './button';

type Props = {
  text: string;
  /** What the button copies, for its label: "message", "character ID". */
  what: string;
  /** A small icon alone (in a row of text), or a button with its word. */
  variant?: 'icon' | 'button';
  className?: string;
};

/** Copies a text to the clipboard and says so for a moment. */
export function CopyButton({ text, what, variant = 'button', className }: Props) {
  const [copied, setCopied] = useState(false);
  const copy = () =>
    void navigator.clipboard.writeText(text).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      },
      () => toast.error(`The ${what} could not be copied.`),
    );
  if (variant === 'icon') {
    return (
      <button
        type="button"
        aria-label={copied ? `${upper(what)} copied` : `Copy ${what}`}
        onClick={copy}
        className={cn('rounded p-0.5 hover:bg-zinc-100', className)}
      >
        {copied ? <Check aria-hidden className="size-3.5 text-emerald-600" /> : <Copy aria-hidden className="size-3.5" />}
      </button>
    );
  }
  return (
    <Button size="sm" onClick={copy} className={className}>
      {copied ? <Check aria-hidden className="size-4 text-emerald-600" /> : <ClipboardCopy aria-hidden className="size-4" />}
      {copied ? 'Copied' : 'Copy'}
    </Button>
  );
}

const upper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
