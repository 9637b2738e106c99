import { History, Tag } from 'lucide-react';
import { useRef, useState } from 'react';
import type { VersionSummary } from '@contract/schemas/versions';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/cn';
import { formatDateTime, parseApiTimestamp } from '@/lib/dates';
import { beginsHistory, changedFieldsText, sourceLabel } from '../version-labels';
import { VersionNameForm } from './version-name-form';

type Props = {
  versions: VersionSummary[];
  /** The two versions compared. */
  from: number | null;
  to: number;
  /** The version whose name is being edited. */
  naming: number | null;
  onCompare: (version: VersionSummary) => void;
  onName: (number: number | null) => void;
  onSaveName: (number: number, name: string) => Promise<unknown>;
  onRestore: (version: VersionSummary) => void;
};

/** The character's versions, newest first: when, from where, what changed, the name given. */
export function VersionTimeline({ versions, from, to, naming, onCompare, onName, onSaveName, onRestore }: Props) {
  // Where the focus goes back when a name is saved or left: the button that opened it.
  const focusAfterNaming = useRef<number | null>(null);
  // A long history shows its newest versions first and the older ones on request: a thousand at
  // once would take half a second to draw.
  const [shown, setShown] = useState(PAGE);
  const older = versions.length - shown;
  return (
    <div className="space-y-2">
      <ol aria-label="Versions" className="space-y-2">
        {versions.slice(0, shown).map((version, index) => {
          const current = index === 0;
          const first = index === versions.length - 1;
          const created = parseApiTimestamp(version.created_at);
          const headingId = `version-${version.number}`;
          const compared = version.number === to || version.number === from;
          // Every field is "changed" in a version that begins the history: the source says it better.
          const changed = first && beginsHistory(version.source) ? '' : changedFieldsText(version.changed);
          return (
            <li
              key={version.number}
              aria-labelledby={headingId}
              className={cn('rounded-lg bg-surface p-3 shadow-sm ring-1', compared ? 'ring-2 ring-brand-500' : 'ring-zinc-950/5')}
            >
              <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                <h3 id={headingId} className="text-sm font-semibold text-zinc-900">
                  Version {version.number}
                </h3>
                {current && <span className="rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-medium text-emerald-800">Current</span>}
                {version.number === from && <span className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs text-zinc-700">Compared from</span>}
                {version.number === to && from !== null && (
                  <span className="rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-800">Compared to</span>
                )}
              </div>
              {version.name && naming !== version.number && (
                <p className="mt-1 flex items-start gap-1 text-sm font-medium text-zinc-800">
                  <Tag aria-hidden className="mt-0.5 size-3.5 shrink-0 text-zinc-500" />
                  <span className="min-w-0 break-words">{version.name}</span>
                </p>
              )}
              <p className="mt-1 text-sm text-zinc-700">{sourceLabel(version)}</p>
              {changed && (
                <p className="text-sm text-zinc-600">
                  <span className="text-zinc-500">Changed: </span>
                  {changed}
                </p>
              )}
              {!changed && !(first && beginsHistory(version.source)) && <p className="text-sm text-zinc-500">Nothing changed</p>}
              {created && (
                <p className="mt-0.5 text-xs text-zinc-500">
                  <time dateTime={created.toISOString()}>{formatDateTime(created)}</time>
                </p>
              )}
              {naming === version.number ? (
                <VersionNameForm
                  number={version.number}
                  name={version.name}
                  onSave={(name) => onSaveName(version.number, name)}
                  onDone={() => {
                    focusAfterNaming.current = version.number;
                    onName(null);
                  }}
                />
              ) : (
                <div className="mt-2 flex flex-wrap gap-1.5">
                  {/* Labelled whole: "Compare" alone, said once per version, would not say which. */}
                  <Button
                    size="xs"
                    variant={version.number === to ? 'primary' : 'secondary'}
                    aria-label={`Compare version ${version.number}`}
                    onClick={() => onCompare(version)}
                  >
                    Compare
                  </Button>
                  <Button
                    size="xs"
                    variant="ghost"
                    aria-label={`${version.name ? 'Rename' : 'Name'} version ${version.number}`}
                    ref={(button) => {
                      if (button && focusAfterNaming.current === version.number) {
                        focusAfterNaming.current = null;
                        button.focus();
                      }
                    }}
                    onClick={() => onName(version.number)}
                  >
                    <Tag aria-hidden className="size-3.5" />
                    {version.name ? 'Rename' : 'Name'}
                  </Button>
                  {!current && (
                    <Button size="xs" variant="ghost" aria-label={`Restore version ${version.number}…`} onClick={() => onRestore(version)}>
                      <History aria-hidden className="size-3.5" />
                      Restore…
                    </Button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {older > 0 && (
        <Button size="sm" onClick={() => setShown((count) => count + PAGE)}>
          {older === 1
            ? 'Show the oldest version'
            : older <= PAGE
              ? `Show the ${older.toLocaleString()} older versions`
              : `Show ${PAGE.toLocaleString()} older versions (of ${older.toLocaleString()})`}
        </Button>
      )}
    </div>
  );
}

/** How many versions the timeline adds at a time. */
const PAGE = 100;
