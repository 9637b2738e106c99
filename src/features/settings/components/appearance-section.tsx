import { useState } from 'react';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { setThemeChoice, themeChoice, type ThemeChoice } from '@/lib/theme';

const choices: ReadonlyArray<{ value: ThemeChoice; label: string }> = [
  { value: 'system', label: 'As the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The colour theme, remembered in this browser. */
export function AppearanceSection() {
  const [choice, setChoice] = useState(themeChoice);
  return (
    <section aria-labelledby="appearance-heading" className="space-y-3 rounded-xl bg-surface p-4 shadow-sm ring-1 ring-zinc-950/5">
      <div>
        <h2 id="appearance-heading" className="text-base font-semibold text-zinc-900">
          Appearance
        </h2>
        <p className="mt-1 text-sm text-zinc-500">
          “As the system” is light or dark as this computer is set, and changes when it does. Remembered in this browser.
        </p>
      </div>
      <SegmentedControl
        label="Theme"
        name="theme"
        options={choices}
        value={choice}
        onChange={(value) => {
          setChoice(value);
          setThemeChoice(value);
        }}
        className="w-fit"
      />
    </section>
  );
}
