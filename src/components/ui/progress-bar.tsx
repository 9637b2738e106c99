import { cn } from '@/lib/cn';

type Props = {
  /** From 0 to 1. */
  value: number;
  /** What is progressing, for screen readers: "Uploading lore.md". */
  label: string;
  className?: string;
};

/** A determinate progress bar, announced as a percentage. */
export function ProgressBar({ value, label, className }: Props) {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}%`}
      className={cn('h-1.5 w-full overflow-hidden rounded-full bg-zinc-200', className)}
    >
      <div className="h-full rounded-full bg-brand-600 transition-[width] duration-200" style={{ width: `${percent}%` }} />
    </div>
  );
}
