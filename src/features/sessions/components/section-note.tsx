import { ArrowRight, Flag } from 'lucide-react';
import type { ExchangeNarrative } from '@contract/schemas/conversation';
import { cn } from '@/lib/cn';
import { sectionLabel } from '@/lib/section-name';

const quoted = (name: string | null | undefined) => `“${sectionLabel(name)}”`;

/**
 * What moved a narrative-driven session on an exchange, in one sentence; null when it stayed where
 * it was. `fromName` null: where it came from is not known ("" is a section without a name).
 */
export function moveSentence(narrative: ExchangeNarrative, fromName?: string | null): string | null {
  const moved = narrative.moved_by;
  if (!moved) return null;
  const from = fromName !== null && fromName !== undefined ? `from ${quoted(fromName)} ` : '';
  const to = quoted(narrative.section_name);
  if (moved.kind === 'trigger') return `Moved ${from}to ${to} by the trigger “${moved.trigger_name ?? ''}”.`;
  if (moved.kind === 'decision') return `Moved ${from}to ${to}: the player’s words met “${moved.criteria ?? ''}”.`;
  return `Moved ${from}to ${to}.`;
}

/**
 * Where an exchange of a narrative-driven session happened: a marked line when a decision or a
 * trigger moved the session there, else a quiet note of the section.
 */
export function SectionNote({
  narrative,
  fromName,
  className,
}: {
  narrative: ExchangeNarrative;
  fromName?: string | null;
  className?: string;
}) {
  const sentence = moveSentence(narrative, fromName);
  if (sentence) {
    return (
      <p
        className={cn(
          'inline-flex max-w-full items-center gap-1.5 rounded-full bg-emerald-50 px-3 py-1 text-xs text-emerald-900 ring-1 ring-emerald-200',
          className,
        )}
        data-testid="section-move"
      >
        <ArrowRight aria-hidden className="size-3.5 shrink-0" />
        <span className="min-w-0 break-words">{sentence}</span>
      </p>
    );
  }
  return (
    <p className={cn('inline-flex items-center gap-1 text-xs text-zinc-500', className)} data-testid="section-stay">
      <Flag aria-hidden className="size-3 shrink-0" /> In {quoted(narrative.section_name)}
    </p>
  );
}
