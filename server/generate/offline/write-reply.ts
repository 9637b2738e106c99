/**
 * The offline generator's conversation: the character answers what the player asked, in the first
 * person, from what its backstory says. A question about its name, trade, home, past or wants is
 * answered from the passage about that; a question about anything else from the passage that
 * shares its words, or, when the backstory says nothing of it, with a short admission that names
 * what was asked. Passages that keep a secret are never told; asked about secrets, the character
 * deflects. Deterministic for the same session, turn and words; varied across them.
 */

import nlp from 'compromise';
import { firstPerson } from './first-person';
import { knowledgeFact } from './answer-from-knowledge';
import { objectiveLines } from './pursue-objective';
import { sentencesOf } from './render';
import type { PronounKey } from './pronouns';
import { fill } from './bank';
import { frames } from './story/banks';
import { escapeRegExp } from '../../lib/escape-regexp';
import type { ReplyRequest } from '../generator';
import { Rng } from '../../lib/seeded-random';

type Intent =
  | 'request'
  | 'age'
  | 'lives'
  | 'trade'
  | 'family'
  | 'greeting'
  | 'smalltalk'
  | 'name'
  | 'work'
  | 'home'
  | 'past'
  | 'want'
  | 'secret'
  | 'feeling'
  | 'farewell'
  | 'thanks'
  | 'rude'
  | 'question'
  | 'statement';

type Passage = { text: string; topics: Set<Topic>; secret: boolean; aboutCharacter: boolean; index: number };
type Topic = 'work' | 'home' | 'past' | 'want' | 'present';

const TOPIC_PATTERNS: Record<Topic, RegExp> = {
  home: /\b(?:born|grew up|raised|childhood|hometown|came from|comes from|family|mother|father|parents|brother|sister|village|town where)\b/i,
  past: /\b(?:when (?:she|he|they|it|i) (?:was|were)|years ago|turned \w+|the year|that winter|that summer|lost|died|war|left home|first)\b/i,
  work: /\b(?:works?|worked|working|job|trade|craft|shop|runs|keeps|serves|sells|makes|repairs|guards|teaches|apprentice|learned|customers|regulars|business|as an? \w+)\b/i,
  want: /\b(?:wants?|wanted|hopes?|dreams?|plans?|ambition|longs?|wishes|would give|goal|means to|intends?|someday|one day)\b/i,
  present: /\b(?:now|these days|today|most days|every morning|every day|still|lives)\b/i,
};
/** The player telling their name: "I'm Wren", "my name is Ada", "call me Ishmael". */
const INTRODUCTION =
  /\b(?:I'?m|I am|my name is|my name's|call me|the name's)\s+(?!(?:English|French|Spanish|German|Scottish|Irish|Welsh|British|American|Canadian|Australian|Italian|Japanese|Chinese|Indian|Sorry|Fine|Here|Back|Not|Just|So|Very|Still|Also|Only|From|In|On|At|A|An|The)\b)(\p{Lu}[\p{L}'-]+)/u;

/** A greeting at the start of what the player said, in many languages. */
const GREETING =
  /^\s*(?:hi|hello|hey|hiya|greetings|good (?:morning|evening|afternoon|day)|morning|evening|afternoon|g'day|oi|yo|howdy|hola|bonjour|hallo|well met|ahoy|buongiorno|buonasera|ciao|guten tag|servus|konnichiwa|namaste|salaam|shalom|bonsoir|buenos d[ií]as|buenas|ol[aá]|privet|salut|merhaba|bom dia|boa tarde|boa noite|hej|moin|aloha|jambo|kia ora|ni hao|annyeong|zdravo|dzie[nń] dobry|gamarjoba|sveiki|tere|hei|hallå|hail|salutations|good to see you|nice to meet you|salom|salam|sawasdee|sawadee|mabuhay|kumusta|habari|sannu|dumela|sawubona|yassou|yasou|kalimera|ahoj|szia|xin chao|selamat|marhaba|as-salamu|assalamu|namaskar|vanakkam|sat sri akal|saluton|tashi delek|mingalaba|sain bainuu|terve|god dag|goddag|dobry den|dobar dan|zdravstvuyte|shalom aleichem|konnichiwa|ohayo|anyoung|kia ora|talofa|bula|malo e lelei|jambo|sannu|mbote|muraho|akwaaba|bonjou|wassup|sup|heya|hullo|g'morning)(?=$|[\s!?.,])/;

/** What things cost, said in the backstory: "charges one acorn a cup", "two coins a loaf". */
const PRICE =
  /\b(?:charges?|price[sd]?|prices|costs? (?:a|one|two|three|four|five|ten|\d+)\b|(?:a|one|two|three|four|five|ten) (?:coins?|pennies|pence|shillings?|silver|copper|gold|crowns?|marks?|dollars?|euros?|pounds?|rupees?|lira|yen|credits?)|per (?:cup|loaf|bowl|night|ride|hour))\b/i;
const TITLES =
  'sir|madam|ma.am|miss|mister|officer|captain|lieutenant|sergeant|doctor|doc|professor|your (?:majesty|highness|grace|honou?r)|my (?:lord|lady)|boss|chief|friend|stranger|old man|grandma|grandpa|auntie|uncle';
const NARRATOR =
  /^(?:The trouble is that|Whether (?:she|he|they|it|I) gets?|Before the year is out|Someday someone will|The day is coming|For now the secret keeps|The irony|Everything (?:she|he|they|it|I) wants?|What happens next depends|It would take only)|\b(?:the last to say it|would never (?:admit|say)|never admits?|if (?:she|he|they|it) (?:is|are) honest|it is fair to say)\b/i;
const SECRET =
  /\b(?:secret(?:ly)?|nobody knows|no one knows|nobody alive|never told|has told nobody|few people know|hardly anyone|does not tell|doesn't tell|not even|suspects?|hides|hiding|hidden|truth|what nobody|told no one|kept close|stole|steal|skimm\w*|embezzl\w*|forged|lied|cheat\w*|betray\w*|affair|false name|another name|disguise\w*|blackmail\w*|murder\w*|poison\w*|bribe\w*|pockets? the|took money|took payment|never paid|deserted|no right to|nobody must|must never|ashamed|without telling anyone|has not told|have not told|has told no one|offered a way out|let everyone believe|not widely known|few would guess|as far as anyone knows|in private|in truth|locked in|beneath the|under a loose board|out of sight|confession|paid to|arrested|warrant|other person knows|does not know that|few people know|nobody has guessed|belonged to a cause)\b/i;

/** The intents a document may answer: questions and statements, not a greeting, thanks or goodbye. */
const ANSWERED_FROM_KNOWLEDGE = new Set<string>([
  'question',
  'statement',
  'work',
  'home',
  'past',
  'want',
  'family',
  'age',
  'lives',
  'trade',
  'request',
]);

/** The character's answer to one turn. */
export function writeReply(request: ReplyRequest): string {
  // Never the same line twice in a row: another take first; said again on purpose only when it must be.
  const last = request.history.at(-1)?.character;
  let reply = composeReply(request, 0);
  for (let attempt = 1; attempt <= 3 && reply === last; attempt++) reply = composeReply(request, attempt);
  if (reply !== last) return reply;
  const again = Rng.fromText(`${request.sessionId}|again`).pick(frames('replyAgain'));
  return tidy(`${again} ${reply}`);
}

function composeReply(request: ReplyRequest, attempt: number): string {
  const { character, history, trigger } = request;
  // "Salaam. What do you sell?", "I'm Wren. Any work going?": greeted (or told a name) first, then
  // answered on what they came to say.
  const introduced = INTRODUCTION.exec(request.userText)?.[1] ?? null;
  const opensWith = !trigger && (GREETING.test(request.userText.toLowerCase()) || introduced !== null);
  const greetedFirst = opensWith && request.userText.split(/[.!,]\s+/).length > 1;
  const afterGreeting = request.userText.replace(/^[^.!,]*[.!,]\s+/, '').trim();
  const userText = greetedFirst && afterGreeting.split(/\s+/).length >= 2 ? afterGreeting : request.userText;
  // A player who has said their name is not asked for it.
  const nameKnown = introduced !== null || history.some((exchange) => INTRODUCTION.test(exchange.user));
  const rng = Rng.fromText(`${request.sessionId}|${history.length}|${userText}|${trigger?.name ?? ''}${attempt > 0 ? `|${attempt}` : ''}`);
  const name = character.name.trim() || 'a stranger';
  // "Ensign Sunniva Brask", "Dr. Okafor": the name said is the name, not the title.
  const titled = name.split(/\s+/);
  while (
    titled.length > 1 &&
    /^(?:the|mr|mrs|ms|mx|dr|sir|dame|lady|lord|captain|capt|ensign|lieutenant|lt|sergeant|sgt|professor|prof|father|mother|sister|brother|rt|hon|rev|master|mistress|madam|madame|king|queen|prince|princess)\.?$/i.test(
      titled[0] ?? '',
    )
  )
    titled.shift();
  const firstName = titled[0] ?? name;
  const pronoun = pronounOf(character.backstory);
  const passages = readPassages(character.backstory, name, pronoun);
  const roleHead = roleHeadOfCached(character.backstory);
  const said = history.slice(-6).map((exchange) => exchange.character);
  const fresh = passages.filter((passage) => !said.some((line) => line.includes(passage.text.slice(0, 40))));
  const pick = (list: string[]) => rng.pick(list);
  const line = (frameName: string, values: Record<string, string> = {}) => fill(pick(frames(frameName)), { name: firstName, ...values });
  /** How plainly a passage says what the character does now, the role it names counting most. */
  const roleScore = (passage: Passage) =>
    workScore(passage) + (roleHead && new RegExp(`\\b(?:a|an|the) (?:[\\w-]+ ){0,3}${roleHead}\\b`, 'i').test(passage.text) ? 4 : 0);
  const about = (topic: Topic | 'family') => {
    const open = fresh.filter((passage) => !passage.secret);
    if (topic === 'work') return bestBy(open, roleScore);
    if (topic === 'home') return bestBy(open, homeScore);
    if (topic === 'want') return bestBy(open, wantScore);
    if (topic === 'family') {
      // "Where is your husband?": the one asked about first.
      const asked =
        /\b(?:husband|wife|sons?|daughters?|mother|father|mum|mom|dad|brothers?|sisters?|children|kids|parents|grandmother|grandfather|uncle|aunt|partner|married)\b/i
          .exec(userText)?.[0]
          ?.toLowerCase();
      // "Do you have any children?" is answered by a son or a daughter too.
      const kin: Record<string, string> = {
        children: 'children|kids|sons?|daughters?|eldest|youngest',
        kids: 'children|kids|sons?|daughters?',
        married: 'married|wife|husband|widow\\w*',
        mum: 'mum|mother',
        mom: 'mom|mother',
        dad: 'dad|father',
      };
      const named = asked
        ? bestBy(
            open.filter((passage) => new RegExp(`\\b(?:${kin[asked] ?? asked})\\b`, 'i').test(passage.text)),
            familyScore,
          )
        : null;
      return named ?? bestBy(open, familyScore);
    }
    return best(open.filter((passage) => passage.topics.has(topic as Topic))) ?? null;
  };

  // Hailed by name or title alone ("Lieutenant.", "Oren!"), the character answers as to a greeting.
  const hailed = new RegExp(
    `^\\s*(?:${[...titled, ...(roleHead ? [roleHead] : [])].map(escapeRegExp).join('|')}|${TITLES})\\s*[.!?]*\\s*$`,
    'i',
  );
  // A first word in any language ("Moni!", "Sabaidee.", "こんにちは。") opens a conversation: it is a greeting.
  const opener =
    history.length === 0 && !/[?？]/.test(userText) && userText.trim().split(/\s+/).length <= 2 && intentOf(userText) === 'statement';
  const intent = trigger ? triggerIntent(trigger) : hailed.test(userText) || opener ? 'greeting' : intentOf(userText);
  const parts: string[] =
    introduced !== null
      ? [fill(pick(frames('replyIntroduced')), { player: introduced })]
      : userText !== request.userText
        ? [line('replyGreeting')]
        : [];
  // A question the character's documents answer is answered with what they say.
  const known = trigger || !ANSWERED_FROM_KNOWLEDGE.has(intent) ? null : knowledgeFact(request.knowledge?.[0], userText);
  if (known) parts.push(line('replyFromKnowledge'), known);
  else
    switch (intent) {
      case 'greeting': {
        parts.push(line('replyGreeting'));
        // A greeting is answered with who they are now: the role, not a stray fact (or nothing).
        const present = about('work');
        if (present && workScore(present) >= 3) parts.push(present.text);
        break;
      }
      case 'name': {
        parts.push(line('replyName', { fullName: name }));
        const work = about('work');
        if (work && roleScore(work) >= 3) parts.push(work.text);
        break;
      }
      case 'work':
      case 'home':
      case 'past':
      case 'want':
      case 'family': {
        let passage = about(intent);
        // Asked again what they do, they say it again rather than something beside the point.
        if (intent === 'work' && (!passage || roleScore(passage) < 3)) {
          const told = bestBy(
            passages.filter((candidate) => !candidate.secret),
            roleScore,
          );
          if (told && roleScore(told) >= 3) {
            parts.push(line('replyAgain'));
            passage = told;
          }
        }
        const repeated = parts.length > 0;
        if (passage) {
          if (rng.chance(0.4) && intent !== 'family' && !repeated) parts.push(line(`replyLead${upper(intent)}`));
          parts.push(passage.text);
          // What they do, then what a day of it is like, when both are short enough to say.
          if (intent === 'work') {
            const more = bestBy(
              fresh.filter((other) => other !== passage && !other.secret && other.topics.has('present')),
              (other) => workScore(other) - (roleHead && other.text.includes(roleHead) ? 2 : 0),
            );
            if (more && workScore(more) > 0 && more.text.split(/\s+/).length + passage.text.split(/\s+/).length < 50) parts.push(more.text);
          }
        } else parts.push(line(`replyUnknown${upper(intent)}`));
        break;
      }
      case 'age': {
        // An age the backstory states ("four hundred years", "forty-one"), else an answer that keeps it to themselves.
        const aged = fresh.find(
          (passage) =>
            !passage.secret &&
            /\bI (?:am|was|have been|have lived)\b[^.]*\b(?:\d+|[a-z]+(?:-[a-z]+)?) (?:years?|centuries|summers|winters)\b|\bI am (?:\d+|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)/i.test(
              passage.text,
            ),
        );
        parts.push(aged ? aged.text : line('replyUnknownAge'));
        break;
      }
      case 'lives': {
        // Where they live and work now: the present line that names a place.
        const here = bestBy(
          fresh.filter((passage) => !passage.secret),
          livesScore,
        );
        parts.push(here && livesScore(here) >= 3 ? here.text : line('replyUnknownLives'));
        break;
      }
      case 'secret':
        parts.push(line('replyGuard'));
        break;
      case 'request':
        parts.push(line('replyRequest'));
        break;
      case 'feeling':
        parts.push(line('replyFeeling'));
        break;
      case 'trade': {
        // Asked a price: what the backstory says things cost, else the character deals over what was asked for.
        const priced = fresh.find((passage) => !passage.secret && PRICE.test(passage.text));
        const item = topicOf(userText);
        if (priced) parts.push(priced.text);
        else parts.push(item ? line('replyPriceItem', { topic: item }) : line('replyPrice'));
        break;
      }
      case 'smalltalk':
        parts.push(line('replySmallTalk'));
        break;
      case 'farewell':
        parts.push(line('replyFarewell'));
        break;
      case 'thanks':
        parts.push(line('replyThanks'));
        break;
      case 'rude':
        parts.push(line('replyRude'));
        break;
      case 'question':
      case 'statement': {
        const query = trigger ? `${trigger.name} ${trigger.message}` : userText;
        const ranked = rank(
          fresh.filter((passage) => !passage.secret),
          query,
        );
        if (ranked.length > 0 && ranked[0].score > 0) {
          parts.push(ranked[0].passage.text);
        } else if (intent === 'question') {
          const topic = topicOf(userText);
          parts.push(topic ? line('replyDontKnowTopic', { topic }) : line('replyDontKnow'));
        } else {
          parts.push(line('replyHeard'));
          // Only who they are now, never a stray line (it could be one that should have stayed unsaid).
          const present = about('work');
          if (present && roleScore(present) >= 3 && rng.chance(0.5)) parts.push(present.text);
        }
        break;
      }
    }
  // Narrative-driven: the character pursues its section's objective, one step at a time, when it
  // comes into the section and now and then after; a step is not said again while it is fresh.
  if (request.narrative) {
    const sameEachTime = (list: string[]) => Rng.fromText(`${request.sessionId}|${list[0] ?? ''}`).pick(list);
    const welcomes = new Set(frames('objectiveWelcome'));
    const askNames = new Set(frames('objectiveName'));
    const recent = history.slice(-6).map((exchange) => exchange.character);
    const next = objectiveLines(request.narrative.objective, sameEachTime).find(
      (step) =>
        !recent.some((said) => said.includes(step)) &&
        !(welcomes.has(step) && (intent === 'greeting' || history.length > 0 || parts.length > 0)) &&
        !(askNames.has(step) && nameKnown),
    );
    if (next && (request.narrative.entered === true || rng.chance(0.4))) parts.push(next);
  }
  return tidy(parts.join(' ')).replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}

function upper(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

// ───────────────────────────── the backstory ─────────────────────────────

/** Backstories already read, by character: a conversation asks about the same one turn after turn. */
const READ = new Map<string, Passage[]>();
const READ_LIMIT = 200;

function readPassages(backstory: string, name: string, pronoun: PronounKey): Passage[] {
  const key = `${name}\u0000${pronoun}\u0000${backstory}`;
  const known = READ.get(key);
  if (known) return known;
  const passages = readAllPassages(backstory, name, pronoun);
  if (READ.size >= READ_LIMIT) READ.delete(READ.keys().next().value ?? '');
  READ.set(key, passages);
  return passages;
}

function readAllPassages(backstory: string, name: string, pronoun: PronounKey): Passage[] {
  const sentences = sentencesOf(backstory)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 12);
  const firstPersonAlready =
    /\b(?:I|my|me)\b/.test(backstory) && !new RegExp(`\\b${escapeRegExp(name.split(/\s+/)[0] ?? name)}\\b`).test(backstory);
  const nameWords = name.split(/\s+/).filter((word) => word.length > 1);
  const ownPronoun = { she: /\b(?:she|her)\b/i, he: /\b(?:he|him|his)\b/i, they: /\b(?:they|them|their)\b/i, it: /\b(?:it|its)\b/i }[
    pronoun
  ];
  return sentences.map((sentence, index) => {
    const topics = new Set<Topic>();
    for (const [topic, pattern] of Object.entries(TOPIC_PATTERNS) as Array<[Topic, RegExp]>) if (pattern.test(sentence)) topics.add(topic);
    const aboutCharacter = nameWords.some((word) => sentence.includes(word)) || ownPronoun.test(sentence) || firstPersonAlready;
    // Said where they live: "most people there" is "most people here".
    const text = (firstPersonAlready ? sentence : shorten(firstPerson(sentence, name, pronoun))).replace(
      /\b(people|everyone|anyone|nobody|no one) there\b/g,
      '$1 here',
    );
    // A narrator's aside ("…, though she would be the last to say it aloud") is cut from what is said;
    // a sentence that is nothing but narration is not said at all.
    const spoken = NARRATOR.test(text) ? withoutAside(text) : text;
    return { text: spoken ?? text, topics, secret: SECRET.test(sentence) || spoken === null, aboutCharacter, index };
  });
}

/** The sentence up to the comma before its narrator's aside, or null when too little is left. */
function withoutAside(text: string): string | null {
  const at = text.search(NARRATOR);
  const comma = text.lastIndexOf(',', at);
  if (comma < 0) return null;
  const kept = text.slice(0, comma).trim();
  return kept.split(/\s+/).length >= 6 ? `${kept}.` : null;
}

/** A sentence fit to be said aloud: a long one keeps its first clause. */
function shorten(sentence: string): string {
  const words = sentence.split(/\s+/);
  if (words.length <= 32) return sentence;
  const cut = sentence.search(/[;:]\s/);
  if (cut > 40) return `${sentence.slice(0, cut)}.`;
  return sentence;
}

/** The pronoun the backstory uses most for its character. */
function pronounOf(backstory: string): PronounKey {
  const count = (pattern: RegExp) => (backstory.match(pattern) ?? []).length;
  const she = count(/\b(?:she|her|herself)\b/gi);
  const he = count(/\b(?:he|him|his|himself)\b/gi);
  const they = count(/\b(?:they|them|their|themselves)\b/gi);
  const it = count(/\b(?:its|itself)\b/gi);
  const most = Math.max(she, he, they, it);
  if (most === 0) return 'they';
  if (most === she) return 'she';
  if (most === he) return 'he';
  if (most === it) return 'it';
  return 'they';
}

const NOT_ROLES = new Set(
  'time day year years way little few lot man woman child children room place week month moment thing things life while bit one friend stranger house town city village family living name word words reputation letter debt secret work world door street rest past truth night morning evening summer winter spring autumn others other people mother father brother sister parents household neighbours neighbors end same first last whole trade job adults sort kind matter future edge middle side road river sea coast hills station'.split(
    ' ',
  ),
);

/**
 * What the backstory calls the character, read from how often it says it: the head noun of an
 * "a/an …" phrase said in two or more sentences ("a bartender" when it took up the trade and
 * "a bartender in Mumbai" now). Null when nothing is said twice.
 */
const ROLE_HEADS = new Map<string, string | null>();

function roleHeadOfCached(backstory: string): string | null {
  if (ROLE_HEADS.has(backstory)) return ROLE_HEADS.get(backstory) ?? null;
  const head = roleHeadOf(backstory);
  if (ROLE_HEADS.size >= READ_LIMIT) ROLE_HEADS.delete(ROLE_HEADS.keys().next().value ?? '');
  ROLE_HEADS.set(backstory, head);
  return head;
}

function roleHeadOf(backstory: string): string | null {
  const counts = new Map<string, number>();
  for (const sentence of sentencesOf(backstory)) {
    const heads = new Map<string, number>();
    // Only where a sentence says what someone is: "became a tram conductor", "the life of a…", "known as the…".
    for (const match of sentence.matchAll(
      /\b(?:am|is|are|was|were|be|been|became|become|becoming|being|as|of|called) (?:a|an|the) ((?:[a-z-]+ ){0,2}[a-z-]+)/gi,
    )) {
      // Every word of the phrase counts; the later ones (where the noun stands) a little more.
      match[1]
        .toLowerCase()
        .split(' ')
        .forEach((word, index) => {
          if (word.length > 3 && !NOT_ROLES.has(word) && !STOP.has(word)) heads.set(word, Math.max(heads.get(word) ?? 0, 10 + index));
        });
    }
    for (const [head, weight] of heads) counts.set(head, (counts.get(head) ?? 0) + weight);
  }
  let best: string | null = null;
  let most = 19;
  for (const [head, weight] of counts) {
    if (weight > most) {
      best = head;
      most = weight;
    }
  }
  return best;
}

/** How plainly a passage says what the character does now: its role, in the present. */
function workScore(passage: Passage): number {
  const text = passage.text;
  let score = 0;
  // How they came to it is not what they do now.
  if (
    /\bI (?:became|drifted|took up|chose|came late|was \w+ when|learned|started|began)\b/.test(text) &&
    !/\b(?:now|these days|today|at present)\b/i.test(text)
  )
    score -= 2;
  if (passage.topics.has('want')) score -= 2;
  // "I am a bartender", "I have been a pho vendor", "I am known as the detective", "I work as…".
  if (/\bI(?:'m| am| have (?:long )?been| became| remain| work as| serve as)\s+(?:[\w-]+\s+){0,2}?(?:a|an|the)\s/.test(text)) score += 3;
  // "I was a reckless young thing": what they were, not what they do.
  else if (/\bI(?: was| had been| worked as| served as)\s+(?:[\w-]+\s+){0,2}?(?:a|an|the)\s/.test(text)) score += 1;
  else if (/\b(?:known as|(?:life|work|job|trade|business) of) (?:a|an|the) [a-z-]+/i.test(text)) score += 3;
  else if (/\bas (?:a|an|the) [a-z-]+/i.test(text)) score += 2;
  if (/\b(?:now|these days|today|at present|most days|for \w+(?:-\w+)? years|by day|every day|each day|every morning)\b/i.test(text))
    score += 1;
  if (passage.topics.has('work')) score += 1;
  if (
    /\b(?:born|grew up|raised|as a child|childhood|when I was \w+|at (?:six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen))\b/i.test(
      text,
    )
  )
    score -= 4;
  return passage.aboutCharacter ? score : score - 1;
}

/** How plainly a passage says where the character lives and works now. */
function livesScore(passage: Passage): number {
  const text = passage.text;
  let score = 0;
  if (/\b(?:live|lives|living|based|settled|stay|my home is|keep a|run a|work (?:in|at|on|aboard))\b/i.test(text)) score += 2;
  if (/\b(?:now|these days|today|at present|for \w+(?:-\w+)? years)\b/i.test(text)) score += 1;
  if (/\b(?:in|at|on|aboard|near|outside) (?:the )?\p{Lu}/u.test(text)) score += 2;
  if (/\b(?:born|grew up|raised|as a child|childhood|when I was \w+)\b/i.test(text)) score -= 4;
  return passage.aboutCharacter ? score : score - 1;
}

/** How plainly a passage says what the character wants now. */
function wantScore(passage: Passage): number {
  const text = passage.text;
  let score = 0;
  if (
    /\bI (?:want|long|wish|hope|mean|intend|plan|dream|would give)\b|\bWhat I (?:want|long for)|\bmy (?:ambition|dream|goal|plan)\b/i.test(
      text,
    )
  )
    score += 4;
  else if (passage.topics.has('want')) score += 1;
  if (/\b(?:as a child|childhood|when I was \w+|(?:at|turned) (?:six|seven|eight|nine|ten|eleven|twelve))\b/i.test(text)) score -= 4;
  return score;
}

/** How plainly a passage tells of the character's family. */
function familyScore(passage: Passage): number {
  const text = passage.text;
  let score = 0;
  if (
    /\b(?:mother|father|parents|family|brothers?|sisters?|aunt|uncle|grandmother|grandfather|household|siblings|children|daughters?|sons?|wife|husband|kids)\b/i.test(
      text,
    )
  )
    score += 3;
  if (/\b(?:died|left|lost|gone|separated|walked out|never came back)\b/i.test(text)) score += 1;
  return score;
}

/** How plainly a passage says where the character comes from. */
function homeScore(passage: Passage): number {
  const text = passage.text;
  let score = 0;
  if (/\b(?:born|grew up|raised|came from|come from|hometown|earliest|arrived (?:a \w+ )?(?:early|late))\b/i.test(text)) score += 3;
  // "No one I grew up with had ever…" is about them, not about where.
  if (/\b(?:no one|nobody|anyone|everyone|people) I grew up with\b/i.test(text)) score -= 3;
  if (/\b(?:childhood|as a child|as a baby|family|household|mother|father|parents|village|town)\b/i.test(text)) score += 1;
  // The story's first sentence usually tells where it begins.
  if (passage.index === 0) score += 1;
  return score;
}

function bestBy(passages: Passage[], score: (passage: Passage) => number): Passage | null {
  let found: Passage | null = null;
  let top = 0;
  for (const passage of passages) {
    const value = score(passage);
    if (value > top) {
      top = value;
      found = passage;
    }
  }
  return found;
}

function best(passages: Passage[]): Passage | undefined {
  return passages.filter((passage) => passage.aboutCharacter)[0] ?? passages[0];
}

// ───────────────────────────── the player's turn ─────────────────────────────

function intentOf(text: string): Intent {
  const t = text.toLowerCase().replace(/[’]/g, "'");
  if (/\b(?:bye|goodbye|farewell|see you|see ya|gotta go|good night)\b/.test(t)) return 'farewell';
  if (/\b(?:thanks|thank you|thx|cheers|much appreciated)\b/.test(t)) return 'thanks';
  if (
    /\b(?:stupid|idiot|shut up|useless|dumb|hate you|criminal|liar|fool|coward|scum|moron|loser|pathetic|ugly|freak|crook|fraud|fake|phony|phoney|cheat|thief|con ?man|swindler|rubbish|worthless|disgusting|get lost|piss off)\b/.test(
      t,
    )
  )
    return 'rude';
  if (/\b(?:secret|hiding|hide|what aren't you telling|confess|the truth)\b/.test(t)) return 'secret';
  if (/\b(?:who are you|your name|what are you called|who r u|introduce yourself|what should i call you|what's your name)\b/.test(t))
    return 'name';
  if (
    /\b(?:your (?:family|parents|mother|father|mum|mom|dad|brothers?|sisters?|siblings|kids|children|wife|husband|son|daughter)|happened to your|do you have (?:any )?(?:children|kids|family|brothers|sisters|siblings|a wife|a husband|sons|daughters)|are you married)\b/.test(
      t,
    )
  )
    return 'family';
  if (/\b(?:how old are you|your age|what age are you|how long have you (?:been alive|lived|existed))\b/.test(t)) return 'age';
  if (/\b(?:where do you (?:live|stay|work|sleep)|where (?:are|is) your (?:house|home|shop|stall|place)|where can i find you)\b/.test(t))
    return 'lives';
  if (
    /\b(?:where (?:are|do) you (?:from|come from)|where did you grow up|grow up|grew up|were you born|your (?:childhood|home ?town)|where is home|where's home)\b/.test(
      t,
    )
  )
    return 'home';
  if (
    /\b(?:what do you do|your (?:job|work|trade|craft|line of work)|do for a living|what is this place|what's this place|how do you make a living|what are you working on|what do you sell|what are you selling|what have you got|what do you have for sale)\b/.test(
      t,
    )
  )
    return 'work';
  if (
    /\b(?:what do you (?:really |actually |most |truly )?want|your (?:dream|goal|ambition|plan)s?|what are you after|what do you hope|what drives you|what would you)\b/.test(
      t,
    )
  )
    return 'want';
  if (/\b(?:your past|what happened to you|tell me about yourself|your story|how did you (?:get|come|end up|become|start))\b/.test(t))
    return 'past';
  if (/\b(?:how are you|how's it going|how do you feel|how have you been|are you ok|you okay)\b/.test(t)) return 'feeling';
  if (/\b(?:weather|nice day|lovely day|cold today|hot today|raining|rain|sunny)\b/.test(t) && t.split(/\s+/).length < 9)
    return 'smalltalk';
  if (GREETING.test(t)) return 'greeting';
  // "Fill it up, please.": a request, answered as one.
  if (/\bplease\b|^\s*(?:give|fill|bring|pour|show|hand|pass|get|make) (?:me|us|it)\b/.test(t) && !t.includes('?')) return 'request';
  // "How much is a cone?": asked a price, the character deals.
  if (/\b(?:how much|what does it cost|what do you charge|price of|for sale|can i buy|sell me)\b/.test(t)) return 'trade';
  if (t.includes('?') || /^\s*(?:what|why|how|where|when|who|which|can|could|do|does|did|is|are|will|would|have|tell me)\b/.test(t))
    return 'question';
  return 'statement';
}

function triggerIntent(trigger: { name: string; message: string }): Intent {
  const t = `${trigger.name} ${trigger.message}`.toLowerCase();
  if (/\b(?:leave|left|exit|depart)/.test(t)) return 'farewell';
  if (/\b(?:enter|arriv|approach|scene|join|start|greet)/.test(t)) return 'greeting';
  return 'statement';
}

/** What a question is about, as a noun phrase the character can name back: "dragons", "the war". */
function topicOf(text: string): string | null {
  const nouns = nlp(text).nouns().out('array') as string[];
  const topic = nouns
    .map((noun) =>
      noun
        .replace(/[?!.,]+$/, '')
        .replace(/^(?:(?:like|love|hate|think|know|seen|see|about|of|any|some|the best)\s+)+/i, '')
        .replace(/\s+(?:lately|recently|today|these days|around here|at all)$/i, '')
        .trim(),
    )
    .filter(
      (noun) =>
        !/^(?:you|i|me|it|that|this|what|anything|something|everything|someone|anyone|people|thing|things)$/i.test(noun) &&
        // "your ship" is named back as "my ship"; "you", "it" and "there" alone are not topics.
        !/['’]|\b(?:you|yours|i|me|it|there|here|this|that)\b/i.test(noun.replace(/^(?:your|my)\s+/i, '')),
    )
    .map((noun) => noun.replace(/^(?:your|my)\s+/i, (word) => (word.toLowerCase().startsWith('your') ? 'my ' : 'your ')))
    // Only words are named back: a question full of markup or symbols is not echoed.
    .find((noun) => noun.length > 1 && noun.split(/\s+/).length <= 5 && /^[\p{L}\p{N}' -]+$/u.test(noun));
  return topic ?? null;
}

const STOP = new Set(
  'any some every all lately recently today a an the and or but if of to in on at by for with from as is are was were be been being am do does did have has had i you he she it we they me him her us them my your his its our their this that these those what which who whom whose where when why how there here not no so too very can could would should will shall may might must just about into over under than then also only ever never tell know like really please'.split(
    ' ',
  ),
);
/** Words asked about in other words than the backstory's: "Who taught you?" finds "the teacher he learned from". */
const SAME_AS: Record<string, string> = Object.fromEntries(
  [
    ['learn', 'taught teach teaches teacher teachers learned learnt learning apprentice apprenticed trained training mentor master craft'],
    ['family', 'parents mother father mum mom dad brother sister siblings kin relatives'],
    ['home', 'hometown village house grew born raised'],
    ['make', 'made make makes maker forged reforged built created smith'],
  ].flatMap(([key, words]) => (words ?? '').split(' ').map((word) => [word, key ?? ''])),
);

/** A word's stem for matching: "kings" and "King's" are "king"; "king" keeps its -ing. */
const stem = (word: string) => {
  if (SAME_AS[word]) return SAME_AS[word];
  const bare = word.replace(/['’]s$/, '');
  const cut = bare.replace(/(?:ings?|ed|es|s)$/, '');
  return cut.length >= 3 ? cut : bare;
};
const contentWords = (text: string) =>
  (text.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? []).filter((word) => word.length > 2 && !STOP.has(word)).map(stem);

/** Passages by how many of the player's words (rarer ones weigh more) they share; a question's nouns are its words. */
function rank(passages: Passage[], query: string): Array<{ passage: Passage; score: number }> {
  const nouns = (nlp(query).nouns().out('array') as string[]).join(' ');
  const wanted = new Set([
    // "Who taught you to keep bees?": the asking word counts as well as the nouns.
    ...contentWords(query).filter((word) => Object.values(SAME_AS).includes(word)),
    ...contentWords(
      /\?|^\s*(?:what|why|how|where|when|who|which|do|does|did|is|are|can|could|would|will)\b/i.test(query) &&
        contentWords(nouns).length > 0
        ? nouns
        : query,
    ),
  ]);
  const words = passages.map((passage) => new Set(contentWords(passage.text)));
  const frequency = new Map<string, number>();
  for (const set of words) for (const word of set) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  return passages
    .map((passage, index) => {
      let score = 0;
      for (const word of wanted) if (words[index].has(word)) score += Math.log(1 + passages.length / (frequency.get(word) ?? 1));
      return { passage, score };
    })
    .sort((a, b) => b.score - a.score || a.passage.index - b.passage.index);
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;!?])/g, '$1')
    .trim();
}
