import { useMemo, useState } from 'react';
import { diffBackstory, foldUnchanged, wordCount } from '../backstory-diff';

/** Two backstories word by word: removed words struck through in red, new ones underlined in green, long unchanged stretches folded. */
export function BackstoryDiffView({ before, after }: { before: string; after: string }) {
  // Diffing two long texts is the costly part of the page: once per pair of texts.
  const parts = useMemo(() => diffBackstory(before, after), [before, after]);
  const shown = useMemo(() => foldUnchanged(parts), [parts]);
  const added = parts.reduce((sum, part) => sum + (part.added ? wordCount(part.value) : 0), 0);
  const removed = parts.reduce((sum, part) => sum + (part.removed ? wordCount(part.value) : 0), 0);
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());

  if (added === 0 && removed === 0) {
    return <p className="text-sm text-zinc-600">Only the spacing or the line breaks changed.</p>;
  }
  return (
    <div>
      <p className="mb-2 text-sm font-medium">
        {added > 0 && (
          <span className="text-emerald-700">
            {added.toLocaleString()} {added === 1 ? 'word' : 'words'} added
          </span>
        )}
        {added > 0 && removed > 0 && <span className="text-zinc-500"> · </span>}
        {removed > 0 && (
          <span className="text-red-700">
            {removed.toLocaleString()} {removed === 1 ? 'word' : 'words'} removed
          </span>
        )}
      </p>
      <div
        className="rounded-lg bg-zinc-50 p-4 text-sm leading-relaxed break-words whitespace-pre-wrap ring-1 ring-zinc-200"
        data-testid="backstory-diff"
      >
        {shown.map((item, index) => {
          if (item.kind === 'fold') {
            if (opened.has(item.id)) return <span key={index}>{item.hidden}</span>;
            return (
              <button
                key={index}
                type="button"
                onClick={() => setOpened((ids) => new Set(ids).add(item.id))}
                className="mx-0.5 my-1 inline-block rounded bg-zinc-200/70 px-2 py-0.5 align-baseline text-xs font-medium whitespace-nowrap text-zinc-700 hover:bg-zinc-200"
              >
                Show {item.words.toLocaleString()} unchanged {item.words === 1 ? 'word' : 'words'}
              </button>
            );
          }
          const { part } = item;
          if (part.added) {
            return (
              <ins key={index} className="bg-emerald-100 text-emerald-900 decoration-emerald-500">
                <span className="sr-only">added: </span>
                {part.value}
              </ins>
            );
          }
          if (part.removed) {
            return (
              <del key={index} className="bg-red-100 text-red-800 decoration-red-500">
                <span className="sr-only">removed: </span>
                {part.value}
              </del>
            );
          }
          return <span key={index}>{part.value}</span>;
        })}
      </div>
    </div>
  );
}
