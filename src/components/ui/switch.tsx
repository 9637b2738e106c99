import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { cn } from '@/lib/cn';

/** The switch itself, for a checkbox labelled some other way (a table's row, by its name). */
export const switchControl = cn(
  'relative mt-0.5 h-5 w-9 shrink-0 cursor-pointer appearance-none rounded-full bg-zinc-500 transition-colors',
  'before:absolute before:top-0.5 before:left-0.5 before:size-4 before:rounded-full before:bg-white before:shadow before:transition-transform',
  'checked:bg-brand-600 checked:before:translate-x-4',
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus disabled:cursor-not-allowed disabled:opacity-50',
);

type SwitchProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'role'> & {
  label: ReactNode;
  /** One line under the label: what turning it on does. */
  description?: ReactNode;
};

/** An on/off setting: a checkbox with the switch role, its label and what it does. */
export function Switch({ label, description, className, id, ...props }: SwitchProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const descriptionId = description ? `${inputId}-description` : undefined;
  return (
    <div className={cn('flex items-start justify-between gap-4', className)}>
      <div className="min-w-0">
        <label htmlFor={inputId} className="text-sm font-medium text-zinc-800">
          {label}
        </label>
        {description && (
          <p id={descriptionId} className="text-xs text-zinc-500">
            {description}
          </p>
        )}
      </div>
      <input id={inputId} type="checkbox" role="switch" aria-describedby={descriptionId} className={switchControl} {...props} />
    </div>
  );
}
