import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { annotationLimits } from '@contract/schemas/annotations';
import { annotationQueries } from '@/api/annotations';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { useSetLabelSet } from '../hooks/use-review';

type Props = {
  charID: string;
  characterName: string;
  number: number;
  /** The exchange's labels when the dialog opened. */
  selected: string[];
  onChange: (labels: string[]) => void;
  onClose: () => void;
};

const same = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/**
 * The labels of one exchange, chosen from the character's own set and the set every character
 * shares; a new label joins the character's set. Each tick is saved as it is made.
 */
export function LabelsDialog({ charID, characterName, number, selected: initial, onChange, onClose }: Props) {
  const sets = useQuery(annotationQueries.labels(charID));
  // The ticks are the dialog's while it is open: each shows at once, and is saved as it is made.
  const [selected, setSelected] = useState(initial);
  const choose = (labels: string[]) => {
    setSelected(labels);
    onChange(labels);
  };
  const addToSet = useSetLabelSet(charID);
  const [fresh, setFresh] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();

  const offered = [...(sets.data?.shared ?? []), ...(sets.data?.character ?? [])];
  // A label the exchange has that no set holds any more is still shown, so it can be taken off.
  const all = [...offered, ...selected].filter((label, index, list) => list.findIndex((other) => same(other, label)) === index);
  const toggle = (label: string, on: boolean) => choose(on ? [...selected, label] : selected.filter((other) => !same(other, label)));

  const add = (event: FormEvent) => {
    event.preventDefault();
    const label = fresh.trim();
    if (!label) return setProblem('Type the new label first.');
    if (label.length > annotationLimits.labelMax) return setProblem(`A label is at most ${annotationLimits.labelMax} characters.`);
    if (selected.length >= annotationLimits.labels) return setProblem(`An exchange has at most ${annotationLimits.labels} labels.`);
    setProblem(null);
    const known = all.find((other) => same(other, label));
    if (!known) addToSet.mutate({ scope: 'character', labels: [...(sets.data?.character ?? []), label] });
    if (!selected.some((other) => same(other, label))) choose([...selected, known ?? label]);
    setFresh('');
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={`Labels of exchange ${number}`}
      description={`Tick what fits the reply. A new label joins ${characterName}’s own labels; the others are shared by every character.`}
    >
      <div className="space-y-4">
        {sets.isError && <ErrorAlert title="The labels could not be loaded." error={sets.error} />}
        <fieldset>
          <legend className="sr-only">Labels</legend>
          <ul className="max-h-64 space-y-1 overflow-y-auto">
            {all.map((label) => (
              <li key={label}>
                <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-1 text-sm hover:bg-zinc-50">
                  <input
                    type="checkbox"
                    className="size-4 accent-brand-600"
                    checked={selected.some((other) => same(other, label))}
                    onChange={(event) => toggle(label, event.target.checked)}
                  />
                  {label}
                  {sets.data?.character.some((other) => same(other, label)) && (
                    <span className="text-xs text-zinc-500">this character</span>
                  )}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <form onSubmit={add} className="space-y-1">
          <label htmlFor={inputId} className="text-sm font-medium text-zinc-800">
            New label
          </label>
          <div className="flex gap-2">
            <Input
              id={inputId}
              value={fresh}
              maxLength={annotationLimits.labelMax + 10}
              onChange={(event) => setFresh(event.target.value)}
              aria-describedby={problem ? `${inputId}-problem` : undefined}
              placeholder="e.g. breaks the fourth wall"
            />
            <Button type="submit">Add</Button>
          </div>
          {problem && (
            <p id={`${inputId}-problem`} role="alert" className="text-sm text-red-700">
              {problem}
            </p>
          )}
          {addToSet.isError && <ErrorAlert title="The label was not added to the character's set." error={addToSet.error} />}
        </form>
        <div className="flex justify-end">
          <Button variant="primary" onClick={onClose}>
            Done
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
