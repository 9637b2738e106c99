import { describe, expect, it } from 'vitest';
import { limits } from '../../contract/limits';
import type { CharacterSnapshot } from '../../contract/schemas/versions';
import type { CardV3 } from './card-types';
import {
  backstoryFromCard,
  cardToCharacter,
  characterToCard,
  CONVAI_EXTENSION,
  partsFromBackstory,
  replaceMacros,
  voiceFromCard,
} from './map-card';
import { normaliseCard } from './normalise-card';
import { readCard } from './read-card';
import { fixtureBytes, fixtureJson } from './test-support';
import { writeCard } from './write-card';

function cardOf(bytes: Uint8Array): CardV3 {
  const result = readCard(bytes, 'card');
  if (!result.ok) throw new Error(result.error);
  return result.card;
}

const v1 = cardOf(fixtureBytes('v1.json'));
const v2 = cardOf(fixtureBytes('v2-lorebook.json'));
const v3 = cardOf(fixtureBytes('v3-assets.json'));
const greta = fixtureJson('character.json') as CharacterSnapshot;
const now = new Date('2025-06-01T12:00:00Z');
const nowSeconds = now.getTime() / 1000;
const withData = (card: CardV3, data: Partial<CardV3['data']>): CardV3 => ({ ...card, data: { ...card.data, ...data } });

/** A snapshot of the character a card was imported as, the rest of its settings as a new character has them. */
function importedSnapshot(card: CardV3, changes: Partial<CharacterSnapshot> = {}): CharacterSnapshot {
  const imported = cardToCharacter(card);
  return { ...greta, docs: [], character_name: imported.character_name, backstory: imported.backstory, ...changes };
}

describe('cardToCharacter', () => {
  it('makes the backstory of the description, personality, scenario and example dialogue under headings, macros replaced', () => {
    const character = cardToCharacter(v2);
    expect(character.character_name).toBe('Captain Ilse Varga');
    expect(character.backstory).toBe(
      [
        'Description:',
        'Captain Ilse Varga commands the airship *Kestrel*, a cargo runner with a patched envelope.',
        '',
        'She owes money to the Guild of Lifters.',
        '',
        'Personality:',
        'Bold, sardonic, fiercely loyal to her crew.',
        '',
        'Scenario:',
        'The player has bought passage to the floating city of Aurel.',
        '',
        'Example dialogue:',
        '<START>',
        'The player: Is this ship safe?',
        'Captain Ilse Varga: Safer than the ground, most days.',
      ].join('\n'),
    );
    expect(character.settings).toEqual({});
    expect(character.knowledgeDocumentNames).toEqual([]);
  });

  it('returns what a Convai character has no field for, to show, as the card wrote it', () => {
    expect(cardToCharacter(v2).shown).toEqual({
      greetings: ['Welcome aboard the *Kestrel*, {{user}}. Mind the ropes.', '*{{char}} is arguing with a dock official.* Not now!'],
      groupGreetings: [],
      tags: ['airship', 'captain', 'fantasy'],
      creatorNotes: 'Made for the Skyward campaign. Pairs with the Aurel lorebook.',
      creatorNotesByLanguage: {},
      creator: 'skyward-gm',
      characterVersion: '1.2',
      nickname: null,
      systemPrompt: "Write {{char}}'s next reply in a fictional chat.",
      postHistoryInstructions: '',
    });
    expect(cardToCharacter(v3).shown).toMatchObject({
      groupGreetings: ['Nim rises from the lake to greet the company.'],
      creatorNotesByLanguage: { en: 'A quiet character for puzzle quests.', fr: "Un personnage calme pour les quêtes d'énigmes." },
      nickname: 'Nim',
    });
  });

  it('turns the lorebook into a plain-text document, entry by entry, leaving out entries switched off', () => {
    const { lorebook, warnings } = cardToCharacter(v2);
    expect(lorebook).toEqual({
      fileName: 'Captain Ilse Varga lorebook.txt',
      entries: 2,
      text: [
        'Lorebook of Captain Ilse Varga: Skyward',
        'Places and people of the Skyward campaign.',
        '',
        'Aurel',
        'Keys: Aurel, floating city',
        'Aurel is a city held aloft by lift-stone, ruled by the Council of Nine.',
        '',
        'Keys: Guild, Lifters',
        'The Guild of Lifters controls the lift-stone trade and lends money at ruinous rates.',
        '',
      ].join('\n'),
    });
    expect(warnings).toEqual([
      "The card's system prompt and post-history instructions have no place in a Convai character: they stay in the card.",
      '1 lorebook entry is switched off or empty: left out of the lorebook document.',
    ]);
    expect(cardToCharacter(v1).lorebook).toBeNull();
  });

  it('calls the character by its nickname in the text, keeps markup as plain text, and writes regex keys as they are', () => {
    const character = cardToCharacter(v3);
    expect(character.character_name).toBe('Nimue');
    expect(character.backstory).toBe(
      `Description:\nNim is the Lady of the Lake. <script>alert('x')</script> <img src=x onerror="alert(1)"> She speaks in riddles.\n\nPersonality:\nSerene, cryptic, kind to the honest.`,
    );
    expect(character.lorebook?.text).toBe(
      'Lorebook of Nim\n\nKeys: ^excalibur$\nExcalibur was forged in Avalon; Nim keeps its scabbard.\n',
    );
    expect(character.warnings).toEqual([]);
  });

  it('replaces name macros in any case and form, "The player" where a sentence begins', () => {
    expect(replaceMacros('{{user}} waves. {{CHAR}} nods at {{ user }}.\n<USER>: hi <bot>', 'Bram')).toBe(
      'The player waves. Bram nods at the player.\nThe player: hi Bram',
    );
    expect(replaceMacros('$& {{char}}', '$1 Dollar')).toBe('$& $1 Dollar');
  });

  it('names a nameless card, cuts a long name and a long backstory, and points at macros left', () => {
    const nameless = cardToCharacter(withData(v1, { name: '  ' }));
    expect(nameless.character_name).toBe('Unnamed character');
    expect(nameless.warnings).toContain("The card has no name: the character is called 'Unnamed character'.");
    const long = cardToCharacter(withData(v1, { name: 'N'.repeat(150) }));
    expect(long.character_name).toBe('N'.repeat(limits.nameMax));
    expect(long.warnings).toContain(`The card's name is 150 characters long: it was cut to ${limits.nameMax}.`);

    const huge = cardToCharacter(withData(v1, { description: 'word '.repeat(5_000), mes_example: '{{random:a,b}}' }));
    expect(huge.backstory.length).toBeLessThanOrEqual(limits.backstoryMax);
    expect(huge.backstory.startsWith('Description:\nword word')).toBe(true);
    expect(huge.warnings).toEqual([
      "The backstory was cut to 20,000 characters (the card's parts come to 25,200): the end of its description is missing.",
    ]);
    const macros = cardToCharacter(withData(v1, { personality: 'Says {{random:yes,no}} to {{user}}.' }));
    expect(macros.warnings).toEqual([
      'The backstory keeps macros a Convai character does not replace, such as {{random:yes,no}}: edit them into plain text.',
    ]);
  });

  it('warns about Convai settings it cannot read, and keeps the others', () => {
    const card = withData(v1, {
      extensions: { [CONVAI_EXTENSION]: { voice_type: 'MALE', temperature: 'hot', language_codes: ['en-US'] } },
    });
    const character = cardToCharacter(card);
    expect(character.settings).toEqual({ voice_type: 'MALE', language_codes: ['en-US'] });
    expect(character.warnings).toEqual(["The card's Convai setting 'temperature' cannot be read and was left out."]);
  });
});

describe('characterToCard', () => {
  it('makes a new card of a character that came from no card, its Convai fields under data.extensions.convai', () => {
    const { card, warnings } = characterToCard(greta, { now });
    expect(warnings).toEqual([]);
    expect(card).toEqual({
      spec: 'chara_card_v3',
      spec_version: '3.0',
      data: {
        name: 'Greta Holm',
        description: greta.backstory,
        personality: '',
        scenario: '',
        first_mes: '',
        mes_example: '',
        creator_notes: '',
        system_prompt: '',
        post_history_instructions: '',
        alternate_greetings: [],
        tags: [],
        creator: '',
        character_version: '',
        extensions: {
          convai: {
            version: 1,
            backstory: greta.backstory,
            parts_digest: expect.stringMatching(/^[\w-]{43}$/),
            voice_type: 'FEMALE',
            language_codes: ['en-US', 'de-DE'],
            character_actions: ['Ring bell', 'Wave'],
            model_group_name: 'Core Model 2',
            temperature: 0.6,
            reasoning_effort: null,
            memory_enabled: true,
            is_narrative_driven: true,
            start_narrative_section_id: 's-1',
            narrative: greta.narrative,
            knowledge_documents: ['Saltmere harbour.txt'],
          },
        },
        group_only_greetings: [],
        creation_date: nowSeconds,
        modification_date: nowSeconds,
      },
    });
  });

  it.each(['json', 'png', 'charx'] as const)('exported as %s and imported again, restores the whole character', (format) => {
    const { card } = characterToCard(greta, { now });
    const again = cardToCharacter(cardOf(writeCard(card, format).bytes));
    expect(again).toMatchObject({ character_name: greta.character_name, backstory: greta.backstory, warnings: [] });
    const { character_name: _name, backstory: _backstory, docs, ...settings } = greta;
    expect(again.settings).toEqual(settings);
    expect(again.knowledgeDocumentNames).toEqual(docs.map((document) => document.file_name));
  });

  it('starts from the original card: with the backstory as imported, every other field is exactly the original', () => {
    const { card } = characterToCard(importedSnapshot(v2), { original: v2, now });
    const { convai, ...extensions } = card.data.extensions;
    expect({ ...card, data: { ...card.data, extensions } }).toEqual(
      withData(v2, { creation_date: nowSeconds, modification_date: nowSeconds }),
    );
    expect(convai).toMatchObject({ voice_type: 'FEMALE', backstory: cardToCharacter(v2).backstory });
    // The original's macros stay: the parts were not edited.
    expect(card.data.description).toContain('{{char}} commands the airship');
  });

  it('splits an edited backstory with headings back into its parts: edited parts change, the others stay as they were', () => {
    const edited = cardToCharacter(v2).backstory.replace('Bold, sardonic, fiercely loyal to her crew.', 'Bold and tired.');
    const { card } = characterToCard(importedSnapshot(v2, { backstory: edited }), { original: v2, now });
    expect(card.data.personality).toBe('Bold and tired.');
    expect(card.data.description).toBe(v2.data.description);
    expect(card.data.scenario).toBe(v2.data.scenario);
    expect(card.data.mes_example).toBe(v2.data.mes_example);
  });

  it('keeps a part whose heading was removed, and empties one whose heading is left with nothing under it', () => {
    const parts = partsFromBackstory('Description:\nA new description.\n\nScenario:\n', v2).parts;
    expect(parts).toEqual({
      description: 'A new description.',
      personality: v2.data.personality,
      scenario: '',
      mes_example: v2.data.mes_example,
    });
  });

  it('puts a backstory rewritten without headings in the description, the other parts as the original had them', () => {
    const rewritten = 'Ilse flies the Kestrel and owes the Guild.';
    const { card, warnings } = characterToCard(importedSnapshot(v2, { backstory: rewritten }), { original: v2, now });
    expect(warnings).toEqual([]);
    expect(card.data).toMatchObject({ description: rewritten, personality: v2.data.personality, scenario: v2.data.scenario });
    // and imported again, the backstory is the rewritten one, not the card's parts under headings.
    expect(cardToCharacter(card).backstory).toBe(rewritten);
  });

  it('takes headings out of order or repeated as a rewrite, and says so', () => {
    const { card, warnings } = characterToCard(importedSnapshot(v2, { backstory: 'Personality:\nCalm.\n\nDescription:\nA captain.' }), {
      original: v2,
      now,
    });
    expect(card.data.description).toBe('Personality:\nCalm.\n\nDescription:\nA captain.');
    expect(card.data.personality).toBe(v2.data.personality);
    expect(warnings).toEqual([
      "The backstory's headings (Description:, Personality:, Scenario:, Example dialogue:) are out of order or repeated: all of it went into the card's description.",
    ]);
  });

  it('updates the top-level copy of a V1 field that changes, and keeps the creation date the card had', () => {
    const { card } = characterToCard(importedSnapshot(v2, { character_name: 'Ilse', backstory: 'Description:\nA captain.' }), {
      original: v2,
      now,
    });
    expect(card).toMatchObject({ name: 'Ilse', description: 'A captain.', personality: 'Bold.', first_mes: 'Welcome aboard.' });
    expect(characterToCard(importedSnapshot(v3), { original: v3, now }).card.data.creation_date).toBe(1700000000);
  });

  it('round trip: a card imported, edited here, exported as PNG and imported again loses nothing and restores everything', () => {
    const snapshot = importedSnapshot(v2, {
      backstory: 'Ilse, rewritten.',
      voice_type: 'MALE',
      docs: [{ id: 'd', file_name: 'Captain Ilse Varga lorebook.txt' }],
    });
    const exported = characterToCard(snapshot, { original: v2, now }).card;
    const reread = cardOf(writeCard(exported, 'png').bytes);
    expect(reread).toEqual(exported);
    const { convai: _convai, ...extensions } = reread.data.extensions;
    expect({ ...reread, data: { ...reread.data, extensions } }).toEqual(
      withData(
        { ...v2, description: 'Ilse, rewritten.' },
        { description: 'Ilse, rewritten.', creation_date: nowSeconds, modification_date: nowSeconds },
      ),
    );
    const character = cardToCharacter(reread);
    expect(character).toMatchObject({
      backstory: 'Ilse, rewritten.',
      settings: { voice_type: 'MALE' },
      knowledgeDocumentNames: ['Captain Ilse Varga lorebook.txt'],
    });
  });

  it('brings back the backstory as written after the character was renamed, its macros rendered with the new name', () => {
    const edited = cardToCharacter(v2).backstory.replace('Bold, sardonic', 'Bold, weary');
    const exported = characterToCard(importedSnapshot(v2, { character_name: 'Ilse', backstory: edited }), { original: v2, now }).card;
    const again = cardToCharacter(exported);
    expect(again).toMatchObject({ character_name: 'Ilse', backstory: edited });
    expect(again.warnings).not.toContain(expect.stringMatching(/changed elsewhere/));
  });

  it('rebuilds the backstory, with a warning, when another tool changed the card after export', () => {
    const exported = characterToCard(importedSnapshot(v2, { backstory: 'Ilse, rewritten.' }), { original: v2, now }).card;
    const changed = withData(exported, { description: 'Changed in another tool.' });
    const character = cardToCharacter(changed);
    expect(character.backstory).toBe(backstoryFromCard(changed).text);
    expect(character.warnings[0]).toBe(
      'The card was changed elsewhere after it was exported from here: its backstory was rebuilt from its description, personality, scenario and example dialogue.',
    );
  });
});

describe('speed', () => {
  it('reads and maps 500 typical cards in well under a few seconds', () => {
    const files = Array.from({ length: 500 }, (_, index) =>
      writeCard(withData(v2, { name: `Captain ${index}`, description: `${v2.data.description}\n`.repeat(20) }), index % 2 ? 'png' : 'json'),
    );
    const started = performance.now();
    for (const file of files) cardToCharacter(cardOf(file.bytes));
    const elapsed = performance.now() - started;
    console.log(`500 cards read and mapped in ${elapsed.toFixed(0)} ms`);
  });
});

describe('a voice for a card that names none', () => {
  const withWords = (description: string) => {
    const read = normaliseCard({ spec: 'chara_card_v2', spec_version: '2.0', data: { name: 'Sam', description } });
    if (!read.ok) throw new Error(read.error);
    return read.card;
  };
  it('is female where the card says "she" more than "he", male the other way, and the default with a plain word otherwise', () => {
    expect(voiceFromCard(withWords('She keeps the inn; her brother helps him.')).voice).toBe('FEMALE');
    expect(voiceFromCard(withWords('He sails alone, and his ship is old.')).voice).toBe('MALE');
    expect(voiceFromCard(withWords('A lighthouse keeper.'))).toEqual({
      voice: 'MALE',
      warning: 'The card names no voice: the default male voice was chosen. Choose one in the editor.',
    });
  });
});
