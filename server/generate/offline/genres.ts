/** The setting a description implies, read from its keywords. */

export type Genre = 'fantasy' | 'scifi' | 'modern' | 'historical' | 'nautical' | 'western' | 'postapoc' | 'neutral';

export const GENRES: readonly Genre[] = ['fantasy', 'scifi', 'modern', 'historical', 'nautical', 'western', 'postapoc', 'neutral'];

const KEYWORDS: Record<Exclude<Genre, 'neutral'>, string[]> = {
  fantasy: [
    'dragon', 'elf', 'elves', 'elven', 'dwarf', 'dwarven', 'orc', 'goblin', 'troll', 'ogre', 'wizard', 'witch', 'mage',
    'magic', 'magical', 'spell', 'spells', 'sorcerer', 'sorceress', 'sorcery', 'kingdom', 'realm', 'castle', 'knight',
    'sword', 'enchanted', 'fae', 'fairy', 'tavern', 'quest', 'dungeon', 'necromancer', 'druid', 'paladin', 'bard',
    'potion', 'potions', 'rune', 'runes', 'elder', 'fantasy', 'guild', 'citadel', 'duchy', 'alchemy', 'unicorn',
  ],
  scifi: [
    'ai', 'robot', 'android', 'droid', 'station', 'starship', 'spaceship', 'space', 'planet', 'galaxy', 'galactic',
    'alien', 'aliens', 'mars', 'martian', 'orbit', 'orbital', 'colony', 'cyber', 'cyberpunk', 'neon', 'netrunner',
    'megacorp', 'laser', 'mech', 'clone', 'asteroid', 'hologram', 'synth', 'quantum', 'futuristic', 'interstellar',
    'cryo', 'terraform', 'starport', 'spacer', 'cybernetic', 'implant', 'implants', 'sci-fi', 'scifi', 'moon base',
    'mining station', 'space station', 'artificial intelligence',
  ],
  modern: [
    'city', 'new york', 'nyc', 'london', 'paris', 'tokyo', 'berlin', 'chicago', 'los angeles', 'office', 'startup',
    'company', 'phone', 'internet', 'apartment', 'subway', 'cafe', 'café', 'coffee', 'hospital', 'university',
    'modern', 'contemporary', 'corporate', 'influencer', 'podcast', 'suburb', 'suburbs', 'downtown', 'law firm',
    'tech', 'social media', 'app', 'laptop', 'car', 'taxi', 'mall',
  ],
  historical: [
    'victorian', '1920s', '1930s', '1940s', '1800s', '1700s', 'century', 'roman', 'ancient', 'samurai', 'edo', 'viking',
    'renaissance', 'regency', 'prohibition', 'world war', 'colonial', 'tudor', 'pharaoh', 'medieval', 'gaslight',
    'steampunk', 'historical', 'feudal', 'shogun', 'empire', 'revolution', 'plague', 'rome', 'athens', 'sparta',
    'egypt', 'byzantium', 'babylon', 'carthage', 'gladiator', 'legion', 'centurion', 'pharaoh',
  ],
  nautical: [
    'sea', 'seas', 'ship', 'captain', 'sailor', 'pirate', 'pirates', 'harbour', 'harbor', 'port', 'navy', 'naval',
    'ocean', 'island', 'lighthouse', 'fisherman', 'fishing', 'boat', 'dock', 'docks', 'voyage', 'coast', 'coastal',
    'tide', 'tides', 'whaler', 'whaling', 'sailing', 'schooner', 'galleon', 'maritime', 'reef', 'mariner',
  ],
  western: [
    'cowboy', 'cowgirl', 'sheriff', 'saloon', 'frontier', 'outlaw', 'ranch', 'rancher', 'gunslinger', 'wild west',
    'western', 'revolver', 'stagecoach', 'prospector', 'gold rush', 'marshal', 'homestead', 'cattle', 'desperado',
  ],
  postapoc: [
    'wasteland', 'wastelands', 'apocalypse', 'post-apocalyptic', 'postapocalyptic', 'zombie', 'zombies', 'fallout',
    'bunker', 'vault', 'scavenger', 'ruins', 'raider', 'raiders', 'mutant', 'mutants', 'collapse', 'survivor',
    'nuclear', 'radiation', 'irradiated', 'dead world', 'end of the world',
  ],
};

const PATTERNS = Object.entries(KEYWORDS).map(([genre, words]) => ({
  genre: genre as Genre,
  single: new Set(words.filter((word) => !word.includes(' '))),
  phrases: words.filter((word) => word.includes(' ')),
}));

const TIE_ORDER: Genre[] = ['postapoc', 'western', 'scifi', 'fantasy', 'historical', 'nautical', 'modern', 'neutral'];

/** The genre with the most keyword evidence; an occupation's own genre counts double. */
export function detectGenre(text: string, occupationGenre: Genre | undefined): Genre {
  const words = text.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? [];
  const unique = new Set(words);
  const joined = ` ${words.join(' ')} `;
  const scores = new Map<Genre, number>();
  for (const { genre, single, phrases } of PATTERNS) {
    let score = 0;
    for (const word of unique) if (single.has(word)) score += 1;
    for (const phrase of phrases) if (joined.includes(` ${phrase} `)) score += 2;
    scores.set(genre, score);
  }
  if (occupationGenre) scores.set(occupationGenre, (scores.get(occupationGenre) ?? 0) + 2);
  let best: Genre = 'neutral';
  let bestScore = 0;
  for (const genre of TIE_ORDER) {
    const score = scores.get(genre) ?? 0;
    if (score > bestScore) {
      best = genre;
      bestScore = score;
    }
  }
  return best;
}
