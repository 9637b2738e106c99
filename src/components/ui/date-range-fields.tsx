import { Field } from './field';
import { Input } from './input';

type Props = {
  from: string;
  to: string;
  /** A day written YYYY-MM-DD, or '' when the field is emptied. */
  onChange: (end: 'from' | 'to', day: string) => void;
  /** The width of each date field. */
  inputClassName?: string;
};

/** "From" and "To" date fields, each keeping the other's bound (From never after To). */
export function DateRangeFields({ from, to, onChange, inputClassName }: Props) {
  return (
    <>
      <Field label="From">
        {({ id }) => (
          <Input
            id={id}
            type="date"
            value={from}
            max={to || undefined}
            onChange={(event) => onChange('from', event.target.value)}
            className={inputClassName}
          />
        )}
      </Field>
      <Field label="To">
        {({ id }) => (
          <Input
            id={id}
            type="date"
            value={to}
            min={from || undefined}
            onChange={(event) => onChange('to', event.target.value)}
            className={inputClassName}
          />
        )}
      </Field>
    </>
  );
}
