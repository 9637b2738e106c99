import { cn } from '@/lib/cn';

export function Spinner({ className, label = 'Loading' }: { className?: string; label?: string }) {
  return (
    <span role="status" className={cn('inline-flex items-center gap-2 text-sm text-zinc-500', className)}>
      <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-zinc-300 border-t-brand-600" />
      <span>{label}…</span>
    </span>
  );
}
