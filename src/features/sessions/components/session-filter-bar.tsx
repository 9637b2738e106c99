import { useId } from 'react';
import type { ReviewStatus } from '@contract/schemas/annotations';
import { Button } from '@/components/ui/button';
import { DateRangeFields } from '@/components/ui/date-range-fields';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { ratingFilters, type RatingFilter, type SessionFilters } from '../session-filters';

type Props = {
  filters: SessionFilters;
  onChange: (filters: SessionFilters) => void;
  /** Every label used in the character's reviews. */
  labels: readonly string[];
  /** The narrative sections the loaded transcripts reached; the filter is offered only when there are some. */
  sections: readonly string[];
};

const ratingOptions: Record<RatingFilter, string> = { good: 'Has a good rating', bad: 'Has a bad rating', none: 'None rated' };
const statusOptions: Record<ReviewStatus, string> = { unreviewed: 'Unreviewed', reviewed: 'Reviewed', flagged: 'Flagged' };

/** The controls that narrow the session list; what they hold lives in the address. */
export function SessionFilterBar({ filters, onChange, labels, sections }: Props) {
  const set = <K extends keyof SessionFilters>(key: K, value: SessionFilters[K]) => onChange({ ...filters, [key]: value });
  // A filter from the address stays offered (and shown) even before the reviews or transcripts say it occurs.
  const labelOptions = filters.label && !labels.includes(filters.label) ? [...labels, filters.label] : labels;
  const sectionOptions = filters.section && !sections.includes(filters.section) ? [...sections, filters.section] : sections;

  return (
    <div
      role="group"
      aria-label="Filters"
      className="flex flex-wrap items-end gap-3 rounded-xl bg-surface p-3 shadow-sm ring-1 ring-zinc-950/5"
    >
      <DateRangeFields from={filters.from} to={filters.to} onChange={set} inputClassName="w-36" />
      <Field label="Rating">
        {({ id }) => (
          <Select
            id={id}
            value={filters.rating}
            onChange={(event) => set('rating', event.target.value as RatingFilter | '')}
            className="w-40"
          >
            <option value="">Any</option>
            {ratingFilters.map((rating) => (
              <option key={rating} value={rating}>
                {ratingOptions[rating]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Label">
        {({ id }) => (
          <Select
            id={id}
            value={filters.label}
            onChange={(event) => set('label', event.target.value)}
            className="w-44"
            disabled={labelOptions.length === 0}
          >
            <option value="">{labelOptions.length === 0 ? 'None used yet' : 'Any'}</option>
            {labelOptions.map((label) => (
              <option key={label} value={label}>
                {label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Review status">
        {({ id }) => (
          <Select
            id={id}
            value={filters.status}
            onChange={(event) => set('status', event.target.value as ReviewStatus | '')}
            className="w-36"
          >
            <option value="">Any</option>
            {Object.entries(statusOptions).map(([status, text]) => (
              <option key={status} value={status}>
                {text}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Minimum exchanges">
        {({ id }) => (
          <Input
            id={id}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={filters.minExchanges ?? ''}
            onChange={(event) => {
              const value = Number.parseInt(event.target.value, 10);
              set('minExchanges', Number.isFinite(value) && value > 0 ? value : null);
            }}
            className="w-28"
          />
        )}
      </Field>
      {sectionOptions.length > 0 && (
        <Field label="Section reached">
          {({ id }) => (
            <Select id={id} value={filters.section} onChange={(event) => set('section', event.target.value)} className="w-44">
              <option value="">Any</option>
              {sectionOptions.map((section) => (
                <option key={section} value={section}>
                  {section}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      <TriggerCheckbox checked={filters.trigger} onChange={(checked) => set('trigger', checked)} />
    </div>
  );
}

function TriggerCheckbox({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="flex h-9 items-center gap-2">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="size-4 rounded border-zinc-300 text-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
      />
      <label htmlFor={id} className="text-sm text-zinc-800">
        Has a trigger
      </label>
    </div>
  );
}

type SummaryProps = {
  shown: number;
  total: number;
  filtering: boolean;
  onClear: () => void;
  /** Transcripts still to read for the filters or the sort, while they are read. */
  reading: number;
  onCancelReading: () => void;
  /** Transcripts a filter needs that are not read (failed, or the reading was cancelled). */
  unread: number;
  onRead: () => void;
  /** When the list holds only the latest sessions and there may be more: the way to filter them all. */
  onWiden?: () => void;
};

/** How many sessions the filters leave, the transcripts being read for them, and the way back. */
export function FilterSummary({ shown, total, filtering, onClear, reading, onCancelReading, unread, onRead, onWiden }: SummaryProps) {
  return (
    <div className="flex min-h-8 flex-wrap items-center gap-x-4 gap-y-2 text-sm text-zinc-600">
      <p role="status" className="tabular-nums">
        {shown.toLocaleString()} of {total.toLocaleString()} {total === 1 ? 'session' : 'sessions'}
      </p>
      {filtering && onWiden && (
        <p className="flex items-center gap-2">
          <span>Only the latest {total.toLocaleString()} are filtered.</span>
          <Button size="xs" variant="ghost" onClick={onWiden}>
            Filter all sessions
          </Button>
        </p>
      )}
      {reading > 0 && (
        <p className="flex items-center gap-2">
          <span role="status">
            Reading {reading.toLocaleString()} {reading === 1 ? 'transcript' : 'transcripts'}…
          </span>
          <Button size="xs" variant="ghost" onClick={onCancelReading}>
            Stop reading
          </Button>
        </p>
      )}
      {reading === 0 && unread > 0 && (
        <p className="flex items-center gap-2">
          <span>
            {unread.toLocaleString()} {unread === 1 ? 'transcript is' : 'transcripts are'} not read: those sessions are left out.
          </span>
          <Button size="xs" variant="ghost" onClick={onRead}>
            Read them
          </Button>
        </p>
      )}
      {filtering && (
        <Button size="sm" onClick={onClear} className="ml-auto">
          Clear filters
        </Button>
      )}
    </div>
  );
}
