import type { Language } from '@/api/voices';
import { Fieldset } from '@/components/ui/field';
import { Select } from '@/components/ui/input';

type Props = {
  value: string[];
  onChange: (value: string[]) => void;
  languages: Language[];
  error?: string;
};

/** The languages the character speaks; the first is its primary language (the record's `language_code`). */
export function LanguagePicker({ value, onChange, languages, error }: Props) {
  const names = new Map(languages.map((language) => [language.code, language.name]));
  const toggle = (code: string, checked: boolean) => onChange(checked ? [...value, code] : value.filter((item) => item !== code));

  return (
    <Fieldset
      legend="Languages"
      error={error}
      aside={<span className="text-xs text-zinc-500">{value.length} selected</span>}
      description="The languages players may speak with the character."
    >
      <div className="grid grid-cols-2 gap-x-3 gap-y-1 rounded-lg bg-surface p-3 ring-1 ring-zinc-200 sm:grid-cols-3 xl:grid-cols-2">
        {languages.map((language) => (
          <label key={language.code} className="flex min-w-0 cursor-pointer items-center gap-2 py-0.5 text-sm">
            <input
              type="checkbox"
              className="size-4 shrink-0 accent-brand-600"
              checked={value.includes(language.code)}
              onChange={(event) => toggle(language.code, event.target.checked)}
            />
            <span className="truncate">{language.name}</span>
            <span className="font-mono text-xs text-zinc-500">{language.code}</span>
          </label>
        ))}
      </div>
      {value.length > 1 && (
        <div className="flex items-center gap-2">
          <label htmlFor="primary-language" className="text-sm text-zinc-600">
            Primary language
          </label>
          <Select
            id="primary-language"
            className="w-56"
            value={value[0]}
            onChange={(event) => onChange([event.target.value, ...value.filter((code) => code !== event.target.value)])}
          >
            {value.map((code) => (
              <option key={code} value={code}>
                {names.get(code) ?? code}
              </option>
            ))}
          </Select>
        </div>
      )}
    </Fieldset>
  );
}
