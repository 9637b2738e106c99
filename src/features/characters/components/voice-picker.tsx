import { Pause, Play } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Language, Voice } from '@/api/voices';
import { Button } from '@/components/ui/button';
import { Fieldset } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { useAudioPlayer } from '@/hooks/use-audio-player';
import { cn } from '@/lib/cn';
import { searchable } from '@/lib/text';

type Props = {
  value: string;
  onChange: (value: string) => void;
  voices: Voice[];
  languages: Language[];
  error?: string;
};

const genders = [
  { value: '', label: 'Any' },
  { value: 'FEMALE', label: 'Female' },
  { value: 'MALE', label: 'Male' },
];

const baseLanguage = (code: string) => code.split('-')[0].toLowerCase();

/** Chooses the character's voice from the Voice List, filtered by name, language and gender, with samples. */
export function VoicePicker({ value, onChange, voices, languages, error }: Props) {
  const [text, setText] = useState('');
  const [language, setLanguage] = useState('');
  const [gender, setGender] = useState('');
  const player = useAudioPlayer();
  const listRef = useRef<HTMLDivElement>(null);

  // Open with the chosen voice in view (scrolling the list only, not the page).
  useEffect(() => {
    const list = listRef.current;
    const checked = list?.querySelector<HTMLElement>('input[name="voice"]:checked')?.closest('li');
    if (list && checked) list.scrollTop = checked.offsetTop - list.clientHeight / 2 + checked.clientHeight / 2;
    // Only on mount: later choices are made in view.
  }, []);

  const selected = voices.find((voice) => voice.value === value);
  const filtered = useMemo(() => {
    const needle = searchable(text.trim());
    return voices.filter(
      (voice) =>
        (!needle || searchable(`${voice.name} ${voice.value} ${voice.section}`).includes(needle)) &&
        (!gender || voice.gender === gender) &&
        (!language || voice.languages.some((code) => baseLanguage(code) === baseLanguage(language))),
    );
  }, [voices, text, gender, language]);
  const sections = useMemo(() => {
    const grouped = new Map<string, Voice[]>();
    for (const voice of filtered) grouped.set(voice.section, [...(grouped.get(voice.section) ?? []), voice]);
    return [...grouped];
  }, [filtered]);

  return (
    <Fieldset legend="Voice" error={error} description="What players hear. Filter the list, play a sample, pick one.">
      <div className="flex items-center justify-between gap-3 rounded-lg bg-zinc-50 px-3 py-2 ring-1 ring-zinc-200" aria-live="polite">
        <p className="min-w-0 text-sm">
          <span className="text-zinc-500">Selected: </span>
          {selected ? (
            <>
              <span className="font-medium">{selected.name}</span>
              <span className="text-zinc-500"> · {selected.section}</span>
            </>
          ) : value ? (
            <span className="font-medium">
              {value} <span className="font-normal text-zinc-500">(not in the voice list)</span>
            </span>
          ) : (
            <span className="text-zinc-500 italic">none yet</span>
          )}
        </p>
        {selected?.sample && <SampleButton voice={selected} player={player} what="the selected voice" />}
      </div>

      <div className="grid grid-cols-[minmax(0,1fr)_auto] gap-2">
        <Input
          className="col-span-2"
          aria-label="Filter voices by name"
          placeholder="Filter voices…"
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <Select aria-label="Voice language" value={language} onChange={(event) => setLanguage(event.target.value)}>
          <option value="">All languages</option>
          {languages.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </Select>
        <SegmentedControl label="Voice gender" name="voice-gender" options={genders} value={gender} onChange={setGender} />
      </div>

      <div
        ref={listRef}
        className="relative max-h-72 overflow-y-auto rounded-lg bg-surface ring-1 ring-zinc-200"
        role="radiogroup"
        aria-label="Voices"
      >
        {sections.length === 0 && <p className="px-3 py-6 text-center text-sm text-zinc-500">No voice matches these filters.</p>}
        {sections.map(([section, list]) => (
          <div key={section}>
            <p className="sticky top-0 z-10 border-b border-zinc-200 bg-zinc-50 px-3 py-1 text-xs font-medium tracking-wide text-zinc-500 uppercase">
              {section}
            </p>
            <ul>
              {list.map((voice) => (
                <li
                  key={voice.value}
                  className={cn(
                    'flex items-center gap-2 border-b border-zinc-100 px-3 last:border-b-0',
                    voice.value === value && 'bg-brand-50',
                  )}
                >
                  <label className="flex min-w-0 flex-1 cursor-pointer items-center gap-3 py-2">
                    <input
                      type="radio"
                      name="voice"
                      value={voice.value}
                      checked={voice.value === value}
                      onChange={() => onChange(voice.value)}
                      className="size-4 accent-brand-600"
                    />
                    <span className="min-w-0">
                      <span className="block truncate text-sm font-medium text-zinc-800">{voice.name}</span>
                      <span className="block truncate text-xs text-zinc-600">
                        {voice.gender === 'FEMALE' ? 'Female' : voice.gender === 'MALE' ? 'Male' : voice.gender} ·{' '}
                        {voice.languages.join(', ')}
                      </span>
                    </span>
                  </label>
                  {voice.sample && <SampleButton voice={voice} player={player} />}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      {player.failed && (
        <p role="alert" className="text-sm text-red-700">
          The sample could not be played.
        </p>
      )}
    </Fieldset>
  );
}

function SampleButton({ voice, player, what = voice.name }: { voice: Voice; player: ReturnType<typeof useAudioPlayer>; what?: string }) {
  const isPlaying = player.playing === voice.sample;
  return (
    <Button
      size="icon"
      variant="ghost"
      aria-label={isPlaying ? `Stop the sample of ${what}` : `Play a sample of ${what}`}
      aria-pressed={isPlaying}
      onClick={() => voice.sample && player.toggle(voice.sample)}
    >
      {isPlaying ? <Pause aria-hidden className="size-4" /> : <Play aria-hidden className="size-4" />}
    </Button>
  );
}
