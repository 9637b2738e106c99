import type { ReactNode } from 'react';
import type { ChangedItem, Difference, ItemChanges, ItemsDiff, NamedItem, ValueDiff } from '../snapshot-diff';
import { BackstoryDiffView } from './backstory-diff-view';

/** Every field that differs between two versions, each under its own heading. */
export function DifferenceList({ differences }: { differences: Difference[] }) {
  return (
    <div className="space-y-3">
      {differences.map((difference) => (
        <section
          key={difference.field}
          aria-labelledby={`difference-${difference.field}`}
          className="rounded-lg bg-surface p-4 shadow-sm ring-1 ring-zinc-950/5"
        >
          <h3 id={`difference-${difference.field}`} className="mb-2 text-sm font-semibold text-zinc-900">
            {difference.label}
          </h3>
          <DifferenceBody difference={difference} />
        </section>
      ))}
    </div>
  );
}

function DifferenceBody({ difference }: { difference: Difference }) {
  switch (difference.kind) {
    case 'text':
      return <BackstoryDiffView before={difference.before} after={difference.after} />;
    case 'value':
      return <WasNow difference={difference} />;
    case 'items':
      return <AddedRemoved difference={difference} />;
    case 'narrative':
      return (
        <div className="space-y-3">
          <NarrativeItems title="Sections" changes={difference.sections} />
          <NarrativeItems title="Triggers" changes={difference.triggers} />
        </div>
      );
  }
}

const Added = ({ children }: { children: ReactNode }) => (
  <ins className="rounded bg-emerald-50 px-1 text-emerald-900 no-underline">
    <span className="sr-only">added: </span>
    {children}
  </ins>
);
const Removed = ({ children }: { children: ReactNode }) => (
  <del className="rounded bg-red-50 px-1 text-red-800 decoration-red-400">
    <span className="sr-only">removed: </span>
    {children}
  </del>
);

/** A setting as it was and as it is: "0.7 → 0.2". */
function WasNow({ difference }: { difference: ValueDiff }) {
  return (
    <p className="text-sm break-words whitespace-pre-wrap text-zinc-800">
      <span className="sr-only">was: </span>
      <del className="rounded bg-red-50 px-1 text-red-800 decoration-red-400">{difference.before}</del>
      <span aria-hidden className="px-1.5 text-zinc-400">
        →
      </span>
      <span className="sr-only">, now: </span>
      <ins className="rounded bg-emerald-50 px-1 text-emerald-900 no-underline">{difference.after}</ins>
    </p>
  );
}

/** Items added (+) and removed (−), each on its line. */
function AddedRemoved({ difference }: { difference: Pick<ItemsDiff, 'label' | 'added' | 'removed'> }) {
  return (
    <ul aria-label={difference.label} className="space-y-1 text-sm">
      {difference.added.map((item) => (
        <li key={`+${item}`} className="flex gap-2">
          <span aria-hidden className="w-3 shrink-0 font-medium text-emerald-700">
            +
          </span>
          <Added>{item}</Added>
        </li>
      ))}
      {difference.removed.map((item) => (
        <li key={`-${item}`} className="flex gap-2">
          <span aria-hidden className="w-3 shrink-0 font-medium text-red-700">
            −
          </span>
          <Removed>{item}</Removed>
        </li>
      ))}
    </ul>
  );
}

/** Sections or triggers added, removed and changed. */
function NarrativeItems({ title, changes }: { title: string; changes: ItemChanges }) {
  if (changes.added.length + changes.removed.length + changes.changed.length === 0) return null;
  const names = (items: NamedItem[]) => items.map((item) => item.name);
  return (
    <div>
      <h4 className="mb-1 text-xs font-semibold tracking-wide text-zinc-500 uppercase">{title}</h4>
      <AddedRemoved difference={{ label: `${title} added and removed`, added: names(changes.added), removed: names(changes.removed) }} />
      {changes.changed.length > 0 && (
        <ul aria-label={`${title} changed`} className="mt-1 space-y-2 text-sm">
          {changes.changed.map((item) => (
            <ChangedEntry key={item.id} item={item} />
          ))}
        </ul>
      )}
    </div>
  );
}

function ChangedEntry({ item }: { item: ChangedItem }) {
  return (
    <li className="flex gap-2">
      <span aria-hidden className="w-3 shrink-0 font-medium text-amber-700">
        ~
      </span>
      <div className="min-w-0 flex-1">
        <p className="font-medium text-zinc-800">
          {item.name} <span className="font-normal text-zinc-500">changed</span>
        </p>
        <dl className="mt-1 space-y-1">
          {item.details.map((detail) => (
            <div key={detail.label}>
              <dt className="text-xs text-zinc-500">{detail.label}</dt>
              <dd>{detail.kind === 'value' ? <WasNow difference={detail} /> : <AddedRemoved difference={detail} />}</dd>
            </div>
          ))}
        </dl>
      </div>
    </li>
  );
}
