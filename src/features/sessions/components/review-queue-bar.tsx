import { Check, SkipForward, X } from 'lucide-react';
import { Button } from '@/components/ui/button';

type Props = {
  /** Sessions reviewed, and in all. */
  reviewed: number;
  total: number;
  /** The exchange the keys act on (1-based), and how many the session has. */
  exchange: number;
  exchanges: number;
  finishing: boolean;
  onFinish: () => void;
  onSkip: (() => void) | null;
  onLeave: () => void;
};

const keys: Array<[string, string]> = [
  ['J', 'next exchange'],
  ['K', 'previous'],
  ['1', 'good'],
  ['2', 'bad'],
  ['L', 'labels'],
  ['N', 'note'],
  ['F', 'finish'],
];

/** The review queue's bar over a transcript: how far the queue has come, the keys, and finishing the session. */
export function ReviewQueueBar({ reviewed, total, exchange, exchanges, finishing, onFinish, onSkip, onLeave }: Props) {
  return (
    <section
      aria-label="Review queue"
      className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg bg-brand-50 px-3 py-2 ring-1 ring-brand-200"
    >
      <div className="min-w-0">
        <p className="text-sm font-medium text-brand-900">
          Review queue · {reviewed.toLocaleString()} of {total.toLocaleString()} sessions reviewed
        </p>
        <p className="text-xs text-brand-800" aria-live="polite">
          Exchange {exchange.toLocaleString()} of {exchanges.toLocaleString()}
        </p>
      </div>
      <ul aria-label="Keys" className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-brand-900">
        {keys.map(([key, what]) => (
          <li key={key}>
            <kbd className="rounded border border-brand-300 bg-surface px-1 font-mono">{key}</kbd> {what}
          </li>
        ))}
      </ul>
      <div className="ml-auto flex flex-wrap gap-2">
        <Button size="sm" variant="primary" disabled={finishing} onClick={onFinish}>
          <Check aria-hidden className="size-4" /> {finishing ? 'Finishing…' : 'Finish session'}
        </Button>
        {onSkip && (
          <Button size="sm" onClick={onSkip}>
            <SkipForward aria-hidden className="size-4" /> Skip
          </Button>
        )}
        <Button size="sm" variant="ghost" onClick={onLeave}>
          <X aria-hidden className="size-4" /> Leave the queue
        </Button>
      </div>
    </section>
  );
}
