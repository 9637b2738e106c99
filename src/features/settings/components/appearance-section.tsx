import { useState } from 'react';
import { setThemeChoice, themeChoice, type ThemeChoice } from '@/lib/theme';
import { cn } from '@/lib/cn';

const choices: { value: ThemeChoice; label: string; hint: string }[] = [
  { value: 'system', label: 'As the system', hint: 'Light or dark as this computer is set, changing when it does.' },
  { value: 'light', label: 'Light', hint: 'Always light.' },
  { value: 'dark', label: 'Dark', hint: 'Always dark.' },
];

/** The colour theme, remembered in this browser. */
export function AppearanceSection() {
  const [choice, setChoice] = useState(themeChoice);
  const choose = (value: ThemeChoice) => {
    setChoice(value);
    setThemeChoice(value);
  };
  return (
    <section aria-labelledby="appearance-heading" className="space-y-3 rounded-xl bg-surface p-4 shadow-sm ring-1 ring-zinc-950/5">
      <div>
        <h2 id="appearance-heading" className="text-base font-semibold text-zinc-900">
          Appearance
        </h2>
        <p className="mt-1 text-sm text-zinc-500">Remembered in this browser.</p>
      </div>
      <fieldset>
        <legend className="sr-only">Theme</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {choices.map((option) => (
            <label
              key={option.value}
              className={cn(
                'flex cursor-pointer gap-2 rounded-lg p-3 text-sm ring-1',
                choice === option.value ? 'bg-brand-50 ring-brand-600' : 'ring-zinc-200 hover:bg-zinc-50',
              )}
            >
              <input
                type="radio"
                name="theme"
                value={option.value}
                checked={choice === option.value}
                onChange={() => choose(option.value)}
                className="mt-0.5 accent-brand-600"
              />
              <span>
                <span className="block font-medium text-zinc-900">{option.label}</span>
                <span className="block text-xs text-zinc-600">{option.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
