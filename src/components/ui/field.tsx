import { useId, type ReactNode } from 'react';
import { cn } from '@/lib/cn';

type ControlProps = {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
};

type FieldProps = {
  label: ReactNode;
  /** Shown under the label; linked to the control for screen readers. */
  description?: ReactNode;
  error?: string;
  /** Right of the label: a counter, a hint. */
  aside?: ReactNode;
  className?: string;
  children: (control: ControlProps) => ReactNode;
};

/** A labelled control with its description and error, wired with aria-describedby. */
export function Field({ label, description, error, aside, className, children }: FieldProps) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cn('space-y-1.5', className)}>
      <div className="flex items-baseline justify-between gap-3">
        <label htmlFor={id} className="text-sm font-medium text-zinc-800">
          {label}
        </label>
        {aside}
      </div>
      {description && (
        <p id={descriptionId} className="text-xs text-zinc-500">
          {description}
        </p>
      )}
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

export function FieldError({ id, message }: { id?: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm text-red-700" role="alert">
      {message}
    </p>
  );
}

/** A group of controls (checkboxes, radios) under one legend, with its error. */
export function Fieldset({
  legend,
  description,
  error,
  aside,
  children,
  className,
}: {
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  aside?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className={cn('relative min-w-0 space-y-2', className)}
      aria-describedby={[descriptionId, errorId].filter(Boolean).join(' ') || undefined}
      aria-invalid={Boolean(error) || undefined}
    >
      {/* The legend stays the fieldset's first child: that is what names the group. */}
      <legend className="text-sm font-medium text-zinc-800">{legend}</legend>
      {aside && <div className="absolute top-0 right-0">{aside}</div>}
      {description && (
        <p id={descriptionId} className="text-xs text-zinc-500">
          {description}
        </p>
      )}
      {children}
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
