import { expect, type APIRequestContext } from '@playwright/test';

let counter = 0;

/** A name no other test uses, so tests can share a server. */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix} ${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 5)}`;
}

export type CharacterOverrides = {
  charName?: string;
  voiceType?: string;
  backstory?: string;
  actions?: string;
};

/** Creates a character through the dashboard's own /api, as a fixture for a test. */
export async function createCharacter(request: APIRequestContext, overrides: CharacterOverrides = {}) {
  const body = {
    charName: uniqueName('Fixture'),
    voiceType: 'FEMALE',
    backstory: 'A fixture character made for a browser test.\n\nShe has two paragraphs.',
    ...overrides,
  };
  const response = await request.post('/api/character/create', { data: body });
  expect(response.status(), await response.text()).toBe(201);
  const { charID } = (await response.json()) as { charID: string };
  return { id: charID, name: body.charName };
}

export async function getCharacter(request: APIRequestContext, charID: string) {
  const response = await request.post('/api/character/get', { data: { charID } });
  return { status: response.status(), body: (await response.json()) as Record<string, unknown> };
}

export type NarrativeFixture = {
  sections: Array<{ name: string; objective: string }>;
  /** Decisions by section name: from, to, criteria. */
  decisions?: Array<{ from: string; to: string; criteria: string }>;
  triggers?: Array<{ name: string; message: string; to: string }>;
  narrativeDriven?: boolean;
};

/** Gives a character a narrative graph through the dashboard's own /api; answers each section's id by name. */
export async function createNarrative(request: APIRequestContext, charID: string, graph: NarrativeFixture) {
  const post = async <T>(path: string, data: Record<string, unknown>) => {
    const response = await request.post(`/api/character${path}`, { data: { character_id: charID, ...data } });
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()) as T;
  };
  const ids = new Map<string, string>();
  for (const section of graph.sections) {
    const { section_id } = await post<{ section_id: string }>('/narrative/create-section', {
      section_name: section.name,
      objective: section.objective,
    });
    ids.set(section.name, section_id);
  }
  const idOf = (name: string) => ids.get(name) ?? '';
  for (const section of graph.sections) {
    const decisions = (graph.decisions ?? [])
      .filter((decision) => decision.from === section.name)
      .map((decision) => ({ criteria: decision.criteria, next_section_id: idOf(decision.to) }));
    if (decisions.length > 0) await post('/narrative/edit-section', { section_id: idOf(section.name), updated_data: { decisions } });
  }
  for (const trigger of graph.triggers ?? []) {
    await post('/narrative/create-trigger', {
      trigger_name: trigger.name,
      trigger_message: trigger.message,
      destination_section: idOf(trigger.to),
    });
  }
  if (graph.narrativeDriven) await post('/toggle-is-narrative-driven', { is_narrative_driven: true });
  return ids;
}

/**
 * A museum guide with a three-section tour: Greeting → (the player agrees) → The tour, and a
 * closing_bell trigger to Closing time. Used by the browser tests that walk a narrative.
 */
export async function createMuseumGuide(request: APIRequestContext, options: { narrativeDriven?: boolean } = {}) {
  const character = await createCharacter(request, {
    charName: uniqueName('Lena'),
    backstory: 'Lena guides visitors around the Ardent Hall museum. She loves the Dutch paintings.',
  });
  await createNarrative(request, character.id, {
    sections: [
      { name: 'Greeting', objective: 'Welcome the visitor and offer the tour.' },
      { name: 'The tour', objective: 'Show the visitor the paintings.' },
      { name: 'Closing time', objective: 'See the visitor to the door.' },
    ],
    decisions: [{ from: 'Greeting', to: 'The tour', criteria: 'The player agrees to the tour' }],
    triggers: [{ name: 'closing_bell', message: 'The museum bell rings for closing.', to: 'Closing time' }],
    ...(options.narrativeDriven ? { narrativeDriven: true } : {}),
  });
  return character;
}
