import { Rng } from '../../lib/seeded-random';
import type { ReplyRequest } from '../generator';

/**
 * The offline generator's conversation: an in-character answer built from the backstory passages
 * most relevant to what the player said, retold in the first person, framed by a few words that
 * fit the kind of turn (a greeting, a question about the past, a farewell…). Deterministic for the
 * same session, turn and words; varied across them.
 */
export function composeReply(request: ReplyRequest): string {
  const { character, history, userText, trigger } = request;
  const rng = Rng.fromText(`${request.sessionId}|${history.length}|${userText}|${trigger?.name ?? ''}`);
  const firstName = character.name.trim().split(/\s+/)[0] || character.name;
  const sentences = splitSentences(character.backstory);
  const recent = new Set(history.slice(-6).map((exchange) => exchange.character));
  const saidRecently = (sentence: string) =>
    [...recent].some((reply) => reply.includes(firstPerson(sentence, character.name).slice(0, 40)));
  const intent = trigger ? triggerIntent(trigger) : intentOf(userText);

  const passage = (preferred: RegExp | null) => {
    const ranked = rankSentences(sentences, trigger ? `${trigger.message} ${trigger.name}` : userText).filter(
      (entry) => !saidRecently(entry.sentence),
    );
    const matching = preferred ? ranked.filter((entry) => preferred.test(entry.sentence)) : [];
    const best = ranked[0]?.score > 0 ? ranked[0] : (matching[0] ?? ranked[Math.floor(rng.float() * Math.min(ranked.length, 6))]);
    return best ? firstPerson(best.sentence, character.name) : '';
  };

  const parts: string[] = [];
  switch (intent) {
    case 'greeting':
      parts.push(rng.pick(greetings), fill(rng.pick(introductions), firstName), passage(/\b(now|today|these days|runs|keeps|works)\b/i));
      break;
    case 'name':
      parts.push(fill(rng.pick(nameAnswers), character.name), passage(/\b(is|works|runs|keeps)\b/i));
      break;
    case 'origin':
      parts.push(rng.pick(originOpeners), passage(/\b(born|grew up|raised|childhood|came from|father|mother|family)\b/i));
      break;
    case 'work':
      parts.push(rng.pick(workOpeners), passage(/\b(works?|job|trade|runs|keeps|serves|guides|navigat|sells|makes)\w*/i));
      break;
    case 'farewell':
      parts.push(rng.pick(farewells));
      break;
    case 'thanks':
      parts.push(rng.pick(thanks), rng.chance(0.5) ? rng.pick(closers) : '');
      break;
    case 'rude':
      parts.push(rng.pick(rebukes), rng.chance(0.5) ? passage(null) : '');
      break;
    case 'question':
      parts.push(rng.pick(questionOpeners), passage(null), rng.chance(0.35) ? rng.pick(closers) : '');
      break;
    default:
      parts.push(rng.pick(statementOpeners), passage(null), rng.chance(0.35) ? rng.pick(closers) : '');
  }

  let reply = tidy(parts.filter(Boolean).join(' '));
  if (!reply) reply = fill(rng.pick(introductions), firstName);
  // Never the same line twice in a row.
  if (history.at(-1)?.character === reply)
    reply = tidy(`${rng.pick(statementOpeners)} ${passage(null)}`) || `${reply} ${rng.pick(closers)}`;
  return reply;
}

type Intent = 'greeting' | 'name' | 'origin' | 'work' | 'farewell' | 'thanks' | 'rude' | 'question' | 'statement';

function intentOf(text: string): Intent {
  const t = text.toLowerCase();
  if (/\b(bye|goodbye|farewell|see you|see ya|gotta go|good night)\b/.test(t)) return 'farewell';
  if (/\b(thanks|thank you|thx|cheers|much appreciated)\b/.test(t)) return 'thanks';
  if (/\b(stupid|idiot|shut up|useless|dumb|hate you)\b/.test(t)) return 'rude';
  if (/\b(who are you|your name|what are you called|who r u|introduce yourself)\b/.test(t)) return 'name';
  if (/\b(where (are|do) you (from|come from)|grow up|grew up|born|childhood|your (family|parents|past))\b/.test(t)) return 'origin';
  if (/\b(what do you do|your (job|work|trade)|do for a living|what is this place|what's this place)\b/.test(t)) return 'work';
  if (/^\s*(hi|hello|hey|hiya|greetings|good (morning|evening|afternoon)|yo|howdy|hola|bonjour|hallo|konnichiwa)\b/.test(t))
    return 'greeting';
  if (t.includes('?') || /^\s*(what|why|how|where|when|who|which|can|could|do|does|did|is|are|will|would|tell me)\b/.test(t))
    return 'question';
  return 'statement';
}

function triggerIntent(trigger: { name: string; message: string }): Intent {
  const t = `${trigger.name} ${trigger.message}`.toLowerCase();
  if (/\b(leave|left|exit|depart)/.test(t)) return 'farewell';
  if (/\b(enter|arriv|approach|scene|join|start|greet)/.test(t)) return 'greeting';
  return 'statement';
}

const stopWords = new Set(
  'a an the and or but if of to in on at by for with from as is are was were be been being am do does did have has had i you he she it we they me him her us them my your his its our their this that these those what which who whom whose where when why how there here not no so too very can could would should will shall may might must just about into over under than then also only ever never tell know like really please'.split(
    ' ',
  ),
);

const stem = (word: string) => word.replace(/(ings?|ed|es|s)$/, '');
const contentWords = (text: string) =>
  (text.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? []).filter((word) => word.length > 2 && !stopWords.has(word)).map(stem);

/** Backstory sentences by how many of the player's words (rarer ones weigh more) they share. */
function rankSentences(sentences: string[], query: string) {
  const wanted = new Set(contentWords(query));
  const documentFrequency = new Map<string, number>();
  const words = sentences.map((sentence) => new Set(contentWords(sentence)));
  for (const set of words) for (const word of set) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  return sentences
    .map((sentence, index) => {
      let score = 0;
      for (const word of wanted) if (words[index].has(word)) score += Math.log(1 + sentences.length / (documentFrequency.get(word) ?? 1));
      return { sentence, score, index };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index);
}

function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 20 && sentence.length < 400);
}

const adverbs = new Set([
  'still',
  'never',
  'always',
  'often',
  'rarely',
  'usually',
  'also',
  'now',
  'sometimes',
  'seldom',
  'only',
  'even',
  'already',
  'quietly',
  'secretly',
]);
const irregular: Record<string, string> = {
  is: 'am',
  was: 'was',
  has: 'have',
  does: 'do',
  "isn't": 'am not',
  "wasn't": "wasn't",
  "doesn't": "don't",
  "hasn't": "haven't",
};

/** A third-person verb as "I" would say it: keeps → keep, carries → carry, watches → watch. */
function firstPersonVerb(word: string): string {
  const lower = word.toLowerCase();
  if (lower in irregular) return irregular[lower];
  if (/[^aeiou]ies$/.test(lower)) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|z|o)es$/.test(lower)) return word.slice(0, -2);
  if (/[^su]s$/.test(lower) && lower.length > 3) return word.slice(0, -1);
  return word;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Retells a sentence about the character as the character: "Mara keeps the log" → "I keep the log". */
export function firstPerson(sentence: string, name: string): string {
  const names = [name, name.split(/\s+/)[0], name.split(/\s+/).at(-1)!].filter(
    (value, index, all) => value.length > 1 && all.indexOf(value) === index,
  );
  let text = sentence;
  for (const value of names) {
    const pattern = escape(value);
    text = text.replace(new RegExp(`\\b${pattern}[’']s\\b`, 'g'), 'my').replace(new RegExp(`\\b${pattern}\\b`, 'g'), 'I');
  }
  text = text
    .replace(/\b(She|He)\b/g, 'I')
    .replace(/\b(she|he)\b/g, 'I')
    .replace(/\b(herself|himself)\b/gi, 'myself')
    .replace(/\bhis\b/g, 'my')
    .replace(/\bHis\b/g, 'My')
    .replace(/\bhim\b/g, 'me')
    // "her" before a noun is a possessive ("her ship"), otherwise an object ("told her").
    .replace(
      /\b([Hh])er\b(?=\s+(?:[.,;:!?]|and|or|but|to|from|with|in|on|at|that|as|a|an|the|was|is|when|if|before|after|again|nothing|everything|something|anything|once|away|back|up|down|off|so|too|$))/g,
      (_m, h: string) => (h === 'H' ? 'Me' : 'me'),
    )
    .replace(/\bHer\b/g, 'My')
    .replace(/\bher\b/g, 'my');
  // Verb agreement after each "I", skipping one adverb ("I still keeps" → "I still keep").
  text = text.replace(/\bI\s+(\w+)(\s+)([\w']+)/g, (_whole, first: string, space: string, second: string) => {
    if (adverbs.has(first.toLowerCase())) return `I ${first}${space}${firstPersonVerb(second)}`;
    return `I ${firstPersonVerb(first)}${space}${second}`;
  });
  text = text.replace(/\bI\s+([\w']+)([.,;!?]|$)/g, (_whole, verb: string, end: string) => `I ${firstPersonVerb(verb)}${end}`);
  // The verbs that follow in a list share that subject: "I rent rooms, keeps a board and knows…".
  if (/\bI\b/.test(text)) {
    text = text.replace(
      /(,\s+(?:and\s+)?|\s+and\s+)([a-z]+s)(?=\s+(?:the|a|an|my|its|which|what|how|that|to|in|on|at|with|every|each|some|all|it|them|me|up|out|off|over)\b)/g,
      (_whole, joint: string, verb: string) => `${joint}${firstPersonVerb(verb)}`,
    );
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const fill = (template: string, name: string) => template.replaceAll('{name}', name);

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;!?])/g, '$1')
    .trim();
}

const greetings = [
  'Well met.',
  'Ah, hello there.',
  'Welcome, welcome.',
  'Good to see a new face.',
  'Hello, friend.',
  'Greetings.',
  'Oh! You startled me. Hello.',
  'Evening. Or is it morning already?',
  'Come in, come in.',
  'Hello yourself.',
];
const introductions = [
  "I'm {name}.",
  'The name is {name}.',
  '{name}, at your service.',
  'You can call me {name}.',
  "I'm {name}, since you didn't ask.",
];
const nameAnswers = [
  "I'm {name}.",
  'The name is {name}, and I answer to little else.',
  '{name}. Most folk around here know it.',
  'They call me {name}.',
  '{name}, since you ask.',
];
const originOpeners = [
  'That goes back a way.',
  'Where I come from? Well.',
  "It's not a short story, but here's the start of it.",
  'You want the old history? Fine.',
  'Not many people ask about that.',
  'Hm. Let me see.',
];
const workOpeners = [
  'Work? Plenty of it.',
  'What I do, mostly, is this.',
  'Put simply:',
  'Keeps me busy, I can tell you that.',
  "It's honest work.",
];
const farewells = [
  'Safe travels, then.',
  'Until next time.',
  'Go well, and come back soon.',
  'Mind how you go.',
  'Off with you, then. Careful out there.',
  'Farewell, friend.',
];
const thanks = [
  "You're welcome.",
  'Think nothing of it.',
  'Any time.',
  'Glad to help.',
  "Don't mention it. Really, don't: I have a reputation.",
];
const rebukes = [
  "There's no call for that.",
  "Mind your tongue. I've thrown out better than you.",
  "I'll let that pass. Once.",
  'Charming. Truly.',
  "Say that again and we're done talking.",
];
const questionOpeners = ['Hm.', 'Good question.', 'Let me think.', 'Ah,', 'Well,', 'Funny you should ask.', 'Honestly?', ''];
const statementOpeners = ['I see.', 'Is that so?', 'Hm,', 'Interesting.', 'Right.', 'Fair enough.', 'Ha!', ''];
const closers = [
  'What brings you here?',
  'Anything else you want to know?',
  "And you? What's your story?",
  'Ask away, if you are curious.',
  'Does that answer it?',
  'Now, what can I do for you?',
];
