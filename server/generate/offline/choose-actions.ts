/**
 * The Action API, offline: which of the actions a game offers the character takes for what the
 * player said, and on what. "follow me to the door" with actions "Move To, Pick Up, Wave" and an
 * object "Door" → "Move To Door". Words are matched, with the usual ways of asking for each kind of
 * action; an action that names no object or character in the player's words is taken on its own.
 */

export type ActionContext = {
  actions: string[];
  objects: Array<{ name: string; description: string }>;
  characters: Array<{ name: string; bio: string }>;
};

/** Ways players ask for an action, by the action's own words. */
const askedAs: Record<string, string[]> = {
  move: ['move', 'go', 'walk', 'come', 'head', 'run', 'follow', 'lead', 'take me', 'show me'],
  walk: ['walk', 'go', 'come', 'head', 'follow'],
  go: ['go', 'walk', 'head', 'move'],
  run: ['run', 'hurry', 'quick', 'flee'],
  follow: ['follow', 'come with', 'come along', 'after me', 'keep up'],
  pick: ['pick', 'grab', 'take', 'get', 'fetch', 'lift'],
  grab: ['grab', 'take', 'pick', 'get'],
  take: ['take', 'grab', 'pick', 'get'],
  give: ['give', 'hand', 'pass', 'bring', 'toss'],
  bring: ['bring', 'fetch', 'give', 'get me'],
  drop: ['drop', 'put down', 'leave', 'let go'],
  throw: ['throw', 'toss', 'hurl'],
  serve: ['serve', 'pour', 'order'],
  open: ['open', 'unlock'],
  close: ['close', 'shut', 'lock'],
  wave: ['wave', 'greet', 'hello', 'hi ', 'hey'],
  dance: ['dance', 'boogie'],
  sit: ['sit', 'take a seat'],
  stand: ['stand', 'get up'],
  jump: ['jump', 'hop', 'leap'],
  attack: ['attack', 'fight', 'hit', 'strike', 'kill'],
  call: ['call', 'ring', 'phone', 'hail'],
  play: ['play', 'put on', 'turn on'],
  stop: ['stop', 'halt', 'wait', 'freeze'],
  look: ['look', 'see', 'watch', 'check'],
  point: ['point', 'show'],
  laugh: ['laugh', 'funny', 'joke'],
  nod: ['nod', 'agree', 'yes'],
};

const minorWords = new Set(['to', 'up', 'at', 'on', 'in', 'the', 'a', 'an', 'of', 'for', 'with', 'down', 'out', 'into']);

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}#]+/gu) ?? [];

/** An object's name as the output names it: without the "(Can be: …)" the docs suggest adding. */
const plainName = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '').trim();

/** Where in `text` one of `phrases` first appears as whole words, or -1. */
function firstAt(text: string, phrases: string[]): number {
  let best = -1;
  for (const phrase of phrases) {
    const match = new RegExp(`(^|[^\\p{L}])${phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').exec(text);
    if (match && (best === -1 || match.index < best)) best = match.index;
  }
  return best;
}

/** The actions taken, in the order the player asked for them, each with its object or character. */
export function chooseActions(userText: string, context: ActionContext): string[] {
  const text = ` ${userText.toLowerCase()} `;
  const targets = [
    ...context.objects.map((object) => ({
      name: plainName(object.name),
      isObject: true,
      at: firstAt(text, [plainName(object.name).toLowerCase()]),
    })),
    ...context.characters.map((character) => ({
      name: character.name,
      isObject: false,
      // The player is "me" to themselves; Convai's samples call them "User".
      at: firstAt(text, [character.name.toLowerCase(), ...(/^(user|player)$/i.test(character.name) ? ['me', 'us'] : [])]),
    })),
  ].filter((target) => target.at >= 0);

  const chosen: Array<{ line: string; at: number }> = [];
  for (const action of context.actions) {
    const own = words(action).filter((word) => !minorWords.has(word));
    const phrases = [action.toLowerCase(), ...own.flatMap((word) => askedAs[word] ?? [word])];
    const at = firstAt(text, phrases);
    if (at < 0) continue;
    // The object or character named after the request (else before it), never the action's own word.
    const named = targets.filter((target) => !own.includes(target.name.toLowerCase()));
    // Things before people: "follow me to the door" goes to the door.
    const byPreference = (list: typeof named) => [
      ...list.filter((target) => target.isObject),
      ...list.filter((target) => !target.isObject),
    ];
    const after = byPreference(named.filter((target) => target.at > at).sort((a, b) => a.at - b.at))[0];
    const before = byPreference(named.filter((target) => target.at < at).sort((a, b) => b.at - a.at))[0];
    const target = after ?? before;
    chosen.push({ line: target ? `${action} ${target.name}` : action, at });
  }
  return chosen.sort((a, b) => a.at - b.at).map((entry) => entry.line);
}
