import { cn } from '@/lib/cn';

type Props<T extends string> = {
  /** Names the group for assistive technology. */
  label: string;
  /** The radio group's name, unique on the page. */
  name: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T;
  onChange: (value: T) => void;
  className?: string;
};

/** A few mutually exclusive choices side by side: radios underneath, so the keyboard works as usual. */
export function SegmentedControl<T extends string>({ label, name, options, value, onChange, className }: Props<T>) {
  return (
    <div role="radiogroup" aria-label={label} className={cn('flex h-9 rounded-md bg-zinc-100 p-0.5', className)}>
      {options.map((option) => (
        <label
          key={option.value}
          className={cn(
            'flex cursor-pointer items-center rounded px-2.5 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-focus',
            value === option.value ? 'bg-surface font-medium text-zinc-900 shadow-sm' : 'text-zinc-600 hover:text-zinc-900',
          )}
        >
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            className="sr-only"
          />
          {option.label}
        </label>
      ))}
    </div>
  );
}
