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
