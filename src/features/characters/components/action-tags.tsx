import { X } from 'lucide-react';
import { useId, useState, type KeyboardEvent } from 'react';
import { limits } from '@contract/limits';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

type Props = {
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
};

/**
 * The character's actions as tags. Enter or a comma adds what was typed (the API keeps actions as a
 * comma-separated list, so a comma cannot be part of one); Backspace in the empty box removes the last.
 */
export function ActionTags({ value, onChange, error }: Props) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string>();

  const add = () => {
    const action = draft.trim();
    if (!action) return;
    if (action.length > limits.actionMax) return setProblem(`An action must be at most ${limits.actionMax} characters.`);
    if (value.some((item) => item.toLowerCase() === action.toLowerCase())) return setProblem(`“${action}” is already in the list.`);
    if (value.length >= limits.actionsMax) return setProblem(`At most ${limits.actionsMax} actions.`);
    onChange([...value, action]);
    setDraft('');
    setProblem(undefined);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && draft === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  };

  const message = problem ?? error;
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between">
        <label htmlFor={id} className="text-sm font-medium text-zinc-800">
          Actions
        </label>
        <span className="text-xs text-zinc-500">
          {value.length} of {limits.actionsMax}
        </span>
      </div>
      <p id={`${id}-description`} className="text-xs text-zinc-500">
        What the character can do in your game (“wave”, “pour a drink”). Press Enter to add.
      </p>
      {value.length > 0 && (
        <ul aria-label="Action list" className="flex flex-wrap gap-1.5">
          {value.map((action) => (
            <li
              key={action}
              className="inline-flex max-w-full items-center gap-1 rounded-full bg-brand-50 py-0.5 pr-1 pl-2.5 text-sm text-brand-800 ring-1 ring-brand-200"
            >
              <span className="truncate">{action}</span>
              <button
                type="button"
                aria-label={`Remove action ${action}`}
                onClick={() => onChange(value.filter((item) => item !== action))}
                className="rounded-full p-0.5 hover:bg-brand-100"
              >
                <X aria-hidden className="size-3.5" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex gap-2">
        <Input
          id={id}
          value={draft}
          placeholder="Add an action…"
          aria-invalid={Boolean(message)}
          aria-describedby={`${id}-description${message ? ` ${id}-error` : ''}`}
          onChange={(event) => {
            setDraft(event.target.value.replace(/,/g, ''));
            setProblem(undefined);
          }}
          onKeyDown={onKeyDown}
        />
        <Button onClick={add} disabled={!draft.trim()}>
          Add
        </Button>
      </div>
      <FieldError id={`${id}-error`} message={message} />
    </div>
  );
}
