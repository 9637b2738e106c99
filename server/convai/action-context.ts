/**
 * Reads the Action API's fields of a getResponse call: the actions offered, and the objects and
 * characters around the character, in the encodings Convai's samples have used.
 */
import type { ActionContext } from '../generate/offline/choose-actions';

type Named = { name: string; [field: string]: unknown };

/** A list of `{"name", …}` objects from a JSON list, JSON objects each followed by ";", or a list. */
function readEntries(value: unknown, field: 'objects' | 'characters'): Named[] | string {
  let items: unknown[] = [];
  if (Array.isArray(value)) items = value;
  else if (typeof value === 'string' && value.trim()) {
    const text = value.trim();
    try {
      const parsed: unknown = JSON.parse(text);
      items = Array.isArray(parsed) ? parsed : [parsed];
    } catch {
      // The older samples' form: `{"name": …};{"name": …};`
      try {
        items = text
          .split(/;\s*(?=\{|$)/)
          .map((part) => part.trim())
          .filter(Boolean)
          .map((part) => JSON.parse(part) as unknown);
      } catch {
        return `${field} must be a JSON list of {"name", …} objects (or such objects each followed by ";").`;
      }
    }
  }
  const entries: Named[] = [];
  for (const item of items) {
    if (typeof item === 'string' && item.trim()) entries.push({ name: item.trim() });
    else if (item && typeof item === 'object' && typeof (item as Named).name === 'string' && (item as Named).name.trim()) {
      entries.push({ ...(item as Named), name: (item as Named).name.trim() });
    } else return `${field}: every entry needs a "name".`;
  }
  return entries;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The call's action context, null when it offers no actions, or the problem with it. */
export function readActionContext(input: { actions?: string[]; objects?: unknown; characters?: unknown }): ActionContext | null | string {
  if (!input.actions || input.actions.length === 0) return null;
  const objects = readEntries(input.objects, 'objects');
  if (typeof objects === 'string') return objects;
  const characters = readEntries(input.characters, 'characters');
  if (typeof characters === 'string') return characters;
  return {
    actions: input.actions,
    objects: objects.map((object) => ({ name: object.name, description: text(object.description) })),
    characters: characters.map((character) => ({ name: character.name, bio: text(character.bio ?? character.description) })),
  };
}
