import { useState } from 'react';
import type { Character } from '@contract/schemas/characters';
import { avatarOf } from '@contract/character';
import { cn } from '@/lib/cn';
import { initialsOf } from '@/lib/text';

const palette = [
  'bg-rose-100 text-rose-800',
  'bg-amber-100 text-amber-800',
  'bg-emerald-100 text-emerald-800',
  'bg-sky-100 text-sky-800',
  'bg-violet-100 text-violet-800',
  'bg-teal-100 text-teal-800',
  'bg-orange-100 text-orange-800',
  'bg-indigo-100 text-indigo-800',
];

function colourOf(id: string) {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return palette[Math.abs(hash) % palette.length];
}

/** The record's picture when it has one (and it loads), the name's initials otherwise. */
export function CharacterAvatar({
  character,
  size = 'md',
}: {
  character: Pick<Character, 'character_name' | 'character_id' | 'model_details'>;
  size?: 'md' | 'lg';
}) {
  const picture = avatarOf(character);
  const [failed, setFailed] = useState<string | null>(null);
  const box = size === 'lg' ? 'size-14 text-lg' : 'size-10 text-sm';
  if (picture && failed !== picture) {
    return (
      <img
        src={picture}
        alt=""
        loading="lazy"
        decoding="async"
        onError={() => setFailed(picture)}
        className={cn(box, 'shrink-0 rounded-full bg-zinc-100 object-cover ring-1 ring-zinc-950/5')}
      />
    );
  }
  return (
    <span
      aria-hidden
      className={cn(box, colourOf(character.character_id), 'inline-flex shrink-0 items-center justify-center rounded-full font-semibold')}
    >
      {initialsOf(character.character_name)}
    </span>
  );
}
