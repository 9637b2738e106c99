import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AlertTriangle, CheckCircle2, XCircle } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { cardImportLimits, type CardAction, type CardImportFile, type CardPreviewFile } from '@contract/schemas/cards';
import { importCards, previewCards } from '@/api/cards';
import { characterKeys } from '@/api/characters';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FileDropZone } from '@/components/ui/file-drop-zone';
import { Select } from '@/components/ui/input';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { plural } from '@/lib/text';

const formatLabels = { png: 'PNG', json: 'JSON', charx: 'CHARX' } as const;
const specLabels = { v1: 'V1 card', v2: 'V2 card', v3: 'V3 card' } as const;

/** The choices a file offers: a name already taken cannot simply be imported. */
const actionLabels: Record<CardAction, string> = {
  import: 'Import',
  copy: 'Import as a copy',
  replace: 'Replace it (the old one stays in its History)',
  skip: 'Skip',
};
const choicesFor = (file: Extract<CardPreviewFile, { ok: true }>): CardAction[] =>
  file.name_taken ? ['copy', 'replace', 'skip'] : ['import', 'skip'];
const defaultChoice = (file: Extract<CardPreviewFile, { ok: true }>): CardAction => (file.name_taken ? 'copy' : 'import');

/**
 * Imports Character Cards (V1, V2, V3; JSON, PNG, CHARX), several at once. The files are read first
 * and shown (what each becomes, its warnings, a name already taken) before anything is saved;
 * closing before "Import" saves nothing. Each file then succeeds or fails on its own.
 */
export function ImportCardsDialog({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [choices, setChoices] = useState<Record<string, CardAction>>({});
  const [tooMany, setTooMany] = useState<string | null>(null);
  const preview = useMutation({ mutationFn: previewCards });
  const importing = useMutation({
    mutationFn: ({ chosen, actions }: { chosen: File[]; actions: Record<string, CardAction> }) =>
      importCards(
        chosen,
        Object.entries(actions).map(([file_name, action]) => ({ file_name, action })),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: characterKeys.all }),
  });

  const choose = (picked: File[]) => {
    // One file per name: the server answers by file name.
    const unique = [...new Map(picked.map((file) => [file.name, file])).values()];
    if (unique.length > cardImportLimits.files) {
      setTooMany(`Choose at most ${cardImportLimits.files} files at a time; ${unique.length} were chosen.`);
      return;
    }
    setTooMany(null);
    setFiles(unique);
    setChoices({});
    importing.reset();
    preview.mutate(unique, {
      onSuccess: (read) =>
        setChoices(Object.fromEntries(read.flatMap((file) => (file.ok ? [[file.file_name, defaultChoice(file)] as const] : [])))),
    });
  };

  const previewed = preview.data ?? [];
  const toImport = previewed.filter((file) => file.ok && choices[file.file_name] !== 'skip').length;
  const busy = preview.isPending || importing.isPending;
  const close = () => {
    if (!importing.isPending) onClose();
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && close()}
      wide
      title="Import character cards"
      description="Character Cards from SillyTavern, RisuAI and other tools: JSON, PNG with the card inside, or CHARX. Each file is read and shown here first; nothing is saved until you import."
    >
      {importing.data ? (
        <ImportResults results={importing.data} onDone={onClose} />
      ) : (
        <div className="space-y-4">
          {files.length === 0 || preview.isError ? (
            <FileDropZone
              onFiles={choose}
              label="Card files"
              prompt="Drag card files here, several at once, or"
              hint={`JSON, PNG and CHARX cards (V1, V2 and V3), up to ${cardImportLimits.files} files of at most 50 MB each.`}
              accept=".json,.png,.charx,application/json,image/png"
              inputLabel="Card files to import"
            />
          ) : null}
          {tooMany && (
            <p role="alert" className="text-sm text-red-700">
              {tooMany}
            </p>
          )}
          {preview.isPending && <Spinner label="Reading the cards" />}
          {preview.isError && <ErrorAlert title="The files could not be read." error={preview.error} />}
          {preview.isSuccess && (
            <PreviewTable
              files={files}
              previewed={previewed}
              choices={choices}
              onChoice={(fileName, action) => setChoices((current) => ({ ...current, [fileName]: action }))}
            />
          )}
          {importing.isError && <ErrorAlert title="Nothing was imported." error={importing.error} />}
          <div className="flex flex-wrap items-center justify-end gap-2">
            {preview.isSuccess && (
              <Button className="mr-auto" disabled={busy} onClick={() => choose([])}>
                Choose other files
              </Button>
            )}
            <Button disabled={importing.isPending} onClick={close}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={!preview.isSuccess || toImport === 0 || busy}
              onClick={() => importing.mutate({ chosen: files, actions: choices })}
            >
              {importing.isPending ? 'Importing…' : toImport === 0 ? 'Import' : `Import ${plural(toImport, 'card')}`}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}

/** Each file as read: what it becomes, its warnings, and what to do with it. */
function PreviewTable({
  files,
  previewed,
  choices,
  onChoice,
}: {
  files: File[];
  previewed: CardPreviewFile[];
  choices: Record<string, CardAction>;
  onChoice: (fileName: string, action: CardAction) => void;
}) {
  // A PNG card is its own picture: shown from the file itself, before anything is sent.
  const pictures = useMemo(
    () => new Map(files.filter((file) => file.type === 'image/png').map((file) => [file.name, URL.createObjectURL(file)])),
    [files],
  );
  useEffect(() => () => pictures.forEach((url) => URL.revokeObjectURL(url)), [pictures]);

  return (
    <div className="max-h-[55vh] overflow-y-auto rounded-lg ring-1 ring-zinc-950/10">
      <table className="w-full table-fixed text-left text-sm">
        <caption className="sr-only">The files chosen, and what each becomes</caption>
        <colgroup>
          <col className="w-[32%]" />
          <col />
          <col className="w-52" />
        </colgroup>
        <thead className="sticky top-0 bg-zinc-50 text-xs font-medium tracking-wide text-zinc-500 uppercase">
          <tr>
            <th scope="col" className="px-3 py-2">
              Card
            </th>
            <th scope="col" className="px-3 py-2">
              What it brings
            </th>
            <th scope="col" className="px-3 py-2">
              On import
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {previewed.map((file) => (
            <tr key={file.file_name} aria-label={file.file_name} className="align-top">
              <td className="px-3 py-3">
                <div className="flex items-start gap-3">
                  {file.ok && pictures.get(file.file_name) ? (
                    <img
                      src={pictures.get(file.file_name)}
                      alt=""
                      className="size-12 shrink-0 rounded-md object-cover ring-1 ring-zinc-950/10"
                    />
                  ) : (
                    <div aria-hidden className="size-12 shrink-0 rounded-md bg-zinc-100" />
                  )}
                  <div className="min-w-0">
                    <p className="font-medium break-words text-zinc-900">{file.ok ? file.name : file.file_name}</p>
                    <p className="text-xs break-words text-zinc-500">
                      {file.ok
                        ? `${file.file_name} · ${formatLabels[file.format]}, ${specLabels[file.spec]}`
                        : 'Not a card this dashboard can read'}
                    </p>
                  </div>
                </div>
              </td>
              <td className="px-3 py-3 text-zinc-700">
                {file.ok ? (
                  <div className="space-y-1.5">
                    <p className="font-medium text-zinc-900">Backstory</p>
                    <p className="line-clamp-4 whitespace-pre-line text-zinc-600">{file.backstory_preview || '(empty)'}</p>
                    <p className="text-zinc-600">{broughtAlong(file)}</p>
                    {file.name_taken && <p className="text-amber-800">A character of yours is already called “{file.name}”.</p>}
                    {file.warnings.length > 0 && (
                      <ul aria-label="Warnings" className="space-y-1 text-amber-800">
                        {file.warnings.map((warning) => (
                          <li key={warning} className="flex gap-1.5">
                            <AlertTriangle aria-hidden className="mt-0.5 size-3.5 shrink-0" />
                            {warning}
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                ) : (
                  <p className="flex gap-1.5 text-red-700">
                    <XCircle aria-hidden className="mt-0.5 size-4 shrink-0" />
                    {file.error}
                  </p>
                )}
              </td>
              <td className="px-3 py-3">
                {file.ok ? (
                  <Select
                    aria-label={`On import of ${file.file_name}`}
                    value={choices[file.file_name] ?? defaultChoice(file)}
                    onChange={(event) => onChoice(file.file_name, event.target.value as CardAction)}
                  >
                    {choicesFor(file).map((action) => (
                      <option key={action} value={action}>
                        {actionLabels[action]}
                      </option>
                    ))}
                  </Select>
                ) : (
                  <p className="text-zinc-500">Will not be imported</p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "2 greetings and 3 tags kept · its lorebook (5 entries) becomes a knowledge document · its picture becomes the character's." */
function broughtAlong(file: Extract<CardPreviewFile, { ok: true }>): string {
  const kept = [
    file.greetings_count > 0 ? plural(file.greetings_count, 'greeting') : null,
    file.tags.length > 0 ? plural(file.tags.length, 'tag') : null,
  ].filter(Boolean);
  return [
    kept.length > 0 ? `${kept.join(' and ')} kept with the card` : null,
    file.lorebook ? `its lorebook (${plural(file.lorebook.entries, 'entry', 'entries')}) becomes a knowledge document` : null,
    file.has_image ? 'its picture becomes the character’s' : null,
  ]
    .filter(Boolean)
    .join(' · ')
    .replace(/^./, (first) => first.toUpperCase());
}

/** What the import did, file by file, with a link to each character it made or replaced. */
function ImportResults({ results, onDone }: { results: CardImportFile[]; onDone: () => void }) {
  const imported = results.filter((file) => file.ok && file.charID).length;
  return (
    <div className="space-y-4">
      <p role="status" className="text-sm text-zinc-700">
        {imported === 0 ? 'No card was imported.' : `${plural(imported, 'card')} imported.`}
      </p>
      <ul aria-label="Import results" className="divide-y divide-zinc-100 rounded-lg ring-1 ring-zinc-950/10">
        {results.map((file) => (
          <li key={file.file_name} aria-label={file.file_name} className="flex items-start gap-2 px-3 py-2.5 text-sm">
            {file.ok ? (
              <CheckCircle2 aria-hidden className="mt-0.5 size-4 shrink-0 text-emerald-600" />
            ) : (
              <XCircle aria-hidden className="mt-0.5 size-4 shrink-0 text-red-600" />
            )}
            <div className="min-w-0">
              <p className="break-all text-zinc-500">{file.file_name}</p>
              {!file.ok ? (
                <p className="text-red-700">{file.error}</p>
              ) : file.charID ? (
                <p>
                  {file.action === 'replace' ? 'Replaced ' : 'Imported as '}
                  <Link to={paths.characters.edit(file.charID)} className="font-medium text-brand-700 underline" onClick={onDone}>
                    {file.name}
                  </Link>
                  {file.action === 'replace' && ' (its earlier version is in its History)'}
                </p>
              ) : (
                <p className="text-zinc-600">Skipped.</p>
              )}
              {file.ok && file.warnings && file.warnings.length > 0 && (
                <ul className="mt-1 space-y-0.5 text-amber-800">
                  {file.warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        ))}
      </ul>
      <div className="flex justify-end">
        <Button variant="primary" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}
