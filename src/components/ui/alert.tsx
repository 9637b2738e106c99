import type { ReactNode } from 'react';
import { CircleAlert } from 'lucide-react';
import { cn } from '@/lib/cn';

/** An error message with an optional action (retry, go back). */
export function ErrorAlert({ title, message, action, className }: { title?: string; message: string; action?: ReactNode; className?: string }) {
  return (
    <div role="alert" className={cn('flex gap-3 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800', className)}>
      <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 flex-1 space-y-1">
        {title && <p className="font-medium">{title}</p>}
        <p className="break-words">{message}</p>
        {action && <div className="pt-1">{action}</div>}
      </div>
    </div>
  );
}
