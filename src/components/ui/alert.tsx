import type { ReactNode } from 'react';
import { CircleAlert } from 'lucide-react';
import { errorHint } from '@/api/client';
import { cn } from '@/lib/cn';
import { getErrorMessage } from '@/lib/errors';

type Props = {
  title?: string;
  /** The message; or give the `error`, whose message and advice are shown. */
  message?: string;
  error?: unknown;
  action?: ReactNode;
  className?: string;
};

/** An error message, what to do about it when something can be done, and an optional action (retry, go back). */
export function ErrorAlert({ title, message, error, action, className }: Props) {
  const text = message ?? getErrorMessage(error);
  const hint = error ? errorHint(error) : null;
  return (
    <div role="alert" className={cn('flex gap-3 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800', className)}>
      <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 flex-1 space-y-1">
        {title && <p className="font-medium">{title}</p>}
        <p className="break-words">{text}</p>
        {hint && <p className="text-red-700">{hint}</p>}
        {action && <div className="pt-1">{action}</div>}
      </div>
    </div>
  );
}
