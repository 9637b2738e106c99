import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { VersionSummary } from '@contract/schemas/versions';
import { versionQueries } from '@/api/versions';
import { voiceQueries } from '@/api/voices';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/input';
import { QueryStatus, type QueryLike } from '@/components/ui/query-status';
import { diffSnapshots, type Lookups } from '../snapshot-diff';
import { DifferenceList } from './difference-list';

type Props = {
  charID: string;
  versions: VersionSummary[];
  from: number;
  to: number;
  onChange: (pair: { from: number; to: number }) => void;
};

const optionLabel = (version: VersionSummary, current: boolean) =>
  `Version ${version.number}${version.name ? ` · ${version.name}` : ''}${current ? ' (current)' : ''}`;

/** Two versions side by side: what changed from the one to the other. */
export function VersionComparison({ charID, versions, from, to, onChange }: Props) {
  const before = useQuery(versionQueries.detail(charID, from));
  const after = useQuery(versionQueries.detail(charID, to));
  const lookups = useLookups();
  const differences = useMemo(
    () => (before.data && after.data ? diffSnapshots(before.data.snapshot, after.data.snapshot, lookups) : []),
    [before.data, after.data, lookups],
  );
  const both: QueryLike<true> = {
    isPending: before.isPending || after.isPending,
    isError: before.isError || after.isError,
    error: before.error ?? after.error,
    data: before.data && after.data ? true : undefined,
    refetch: () => {
      if (before.isError) void before.refetch();
      if (after.isError) void after.refetch();
    },
  };

  return (
    <section aria-labelledby="comparison-heading" className="space-y-3">
      <h2 id="comparison-heading" className="text-base font-semibold text-zinc-900">
        {from === to ? `Version ${to}` : `Changes from version ${from} to version ${to}`}
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <VersionSelect label="From" versions={versions} value={from} onChange={(number) => onChange({ from: number, to })} />
        <VersionSelect label="To" versions={versions} value={to} onChange={(number) => onChange({ from, to: number })} />
      </div>
      {from === to ? (
        <p className="text-sm text-zinc-600">Choose two different versions to see what changed between them.</p>
      ) : (
        <QueryStatus query={both} loading="Loading the two versions" errorTitle="The versions could not be loaded.">
          {() =>
            differences.length === 0 ? (
              <p className="rounded-lg bg-surface p-4 text-sm text-zinc-600 shadow-sm ring-1 ring-zinc-950/5">
                These two versions are the same.
              </p>
            ) : (
              <DifferenceList differences={differences} />
            )
          }
        </QueryStatus>
      )}
    </section>
  );
}

function VersionSelect({
  label,
  versions,
  value,
  onChange,
}: {
  label: string;
  versions: VersionSummary[];
  value: number;
  onChange: (number: number) => void;
}) {
  return (
    <Field label={label} className="min-w-0 flex-1 basis-40">
      {(control) => (
        <Select {...control} value={value} onChange={(event) => onChange(Number(event.target.value))}>
          {versions.map((version, index) => (
            <option key={version.number} value={version.number}>
              {optionLabel(version, index === 0)}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

/** Voice and language names for the diff, once their lists have loaded (ids until then). */
function useLookups(): Lookups {
  const voices = useQuery(voiceQueries.voices());
  const languages = useQuery(voiceQueries.languages());
  return useMemo(() => {
    const voiceNames = new Map(voices.data?.map((voice) => [voice.value, voice.name]));
    const languageNames = new Map(languages.data?.map((language) => [language.code, language.name]));
    return { voiceName: (value) => voiceNames.get(value), languageName: (code) => languageNames.get(code) };
  }, [voices.data, languages.data]);
}
