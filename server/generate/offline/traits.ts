/**
 * The trait lexicon. Each entry gives the words that name it (":n" marks a noun, "a born achiever"),
 * a noun for the quality ("stubbornness"), a present-tense behaviour that shows it, and a childhood
 * anecdote that first revealed it. Behaviours start with a verb token and follow the subject:
 * "{sub} {behaviour}". Anecdotes are past-tense clauses.
 */

export type TraitEntry = {
  key: string;
  forms: Array<{ word: string; noun: boolean }>;
  /** The quality as a noun: "her stubbornness". */
  quality: string;
  behaviour: string;
  early: string;
  /** Optional manner of speaking, after "{sub} {v:speak}". */
  speech?: string;
  /** Whether the trait reads as a virtue (+1), a flaw (-1) or neither (0); opposite signs pair with "but". */
  tone: -1 | 0 | 1;
};

type Row = [forms: string, quality: string, tone: -1 | 0 | 1, behaviour: string, early: string, speech?: string];

const ROWS: Row[] = [
  [
    'stubborn|obstinate|headstrong|pig-headed|strong-willed|unyielding',
    'stubbornness',
    0,
    '{v:refuse} to let a point go until it is won',
    'at seven {they} sat at the kitchen table until midnight rather than admit to breaking a cup that {they} had, in fact, broken',
  ],
  [
    'achiever:n|overachiever:n|ambitious|driven|go-getter:n',
    'ambition',
    0,
    '{v:set} {themselves} a target for every week and {v:treat} missing one as a personal insult',
    'at twelve {they} kept a list of every school prize {they} had not yet won and crossed them off, one by one, over the next three years',
  ],
  [
    'curious|inquisitive',
    'curiosity',
    1,
    '{v:ask} one more question than anyone expects, and it is usually the right one',
    'at six {they} took apart the family clock to find out where the ticking lived, and could not put it back together',
  ],
  [
    'lonely|solitary|isolated|alone',
    'loneliness',
    -1,
    '{v:linger} over conversations that other people are keen to end',
    '{they} spent most of {their} eleventh summer talking to a stray dog, because the dog, at least, kept coming back',
  ],
  [
    'gruff|grumpy|surly|curmudgeonly|grouchy|crusty|cantankerous|crabby',
    'gruffness',
    -1,
    '{v:answer} most greetings with a grunt and most questions with a shorter one',
    'by ten {they} had a reputation on {their} street for telling the neighbours exactly what {they} thought of their gardens',
    'in a low, gravelly voice that makes even a compliment sound like a complaint',
  ],
  [
    'kind|kind-hearted|kindhearted|gentle|compassionate|caring|soft-hearted|tender',
    'kindness',
    1,
    '{v:notice} who has not eaten and quietly {v:do} something about it',
    'at nine {they} gave {their} winter boots to a classmate and told the family {they} had lost them',
  ],
  [
    'brave|courageous|fearless|bold|valiant|gutsy',
    'courage',
    1,
    '{v:step} toward trouble while everyone else is still deciding whether to step back',
    "at eight {they} climbed onto a neighbour's roof in a storm to fetch down a terrified cat, and only started shaking once {they} {v:was} back on the ground",
  ],
  [
    'shy|timid|reserved|introverted|bashful|introvert:n',
    'shyness',
    0,
    '{v:let} everyone else speak first and then {v:say} the one thing nobody else had thought of',
    'at school {they} could answer any question on paper and not a single one out loud',
    'softly, often to the floor, and {v:brighten} only when the subject is something {they} {v:know} inside out',
  ],
  [
    'cheerful|optimistic|sunny|upbeat|optimist:n|hopeful|bright',
    'optimism',
    1,
    '{v:find} the one good thing in a bad day and {v:insist} on pointing it out',
    'when the spring flood filled the family cellar, {they} declared it an indoor lake and charged {their} cousins a penny to swim in it',
  ],
  [
    'cynical|cynic:n|pessimistic|pessimist:n|skeptical|sceptical|jaded',
    'cynicism',
    -1,
    '{v:assume} every offer has a catch and {v:is} right often enough to keep assuming it',
    'at ten {they} asked a visiting school inspector how much he was paid to look pleased',
  ],
  [
    'loyal|devoted|faithful|steadfast',
    'loyalty',
    1,
    '{v:keep} promises made years ago to people who have long since forgotten them',
    "at eleven {they} took the blame for a friend's broken window and never once told anyone the truth",
  ],
  [
    'greedy|avaricious|materialistic|money-minded|covetous',
    'greed',
    -1,
    '{v:know} the price of everything in a room and what it would fetch somewhere else',
    'at eight {they} ran a lending scheme in the schoolyard, at a rate of interest that would have embarrassed a bank',
  ],
  [
    'honest|truthful|blunt|frank|direct|straightforward|candid|outspoken',
    'honesty',
    1,
    '{v:say} the unwelcome thing plainly, once, and then {v:wait} for it to sink in',
    'at seven {they} told a visiting aunt, in front of everyone, exactly what the family had said about her hat',
  ],
  [
    'cunning|sly|crafty|sneaky|devious|manipulative|scheming|wily|deceitful|dishonest|liar:n|schemer:n',
    'cunning',
    -1,
    '{v:plan} three moves ahead and {v:let} the first two look like accidents',
    "at nine {they} sold {their} older cousin's marbles back to him twice in the same week",
  ],
  [
    'clever|smart|intelligent|brilliant|sharp|shrewd|genius:n|quick-witted',
    'sharpness',
    1,
    '{v:see} the flaw in a plan before its author has finished describing it',
    'at ten {they} found a mistake in the arithmetic of a notice pinned up by the town council, and turned out to be right',
  ],
  [
    'arrogant|proud|vain|haughty|conceited|smug|egotistical|self-important|pompous',
    'pride',
    -1,
    '{v:expect} to be the most capable person in any room and {v:is} visibly put out when {they} {v:is} not',
    'at twelve {they} turned down a school prize because it was to be shared with two other pupils',
  ],
  [
    'humble|modest|unassuming|self-effacing',
    'modesty',
    1,
    '{v:give} the credit away before anyone has a chance to offer it',
    '{they} won a district spelling contest at eleven and hid the ribbon in a drawer so that {their} sister would not feel bad',
  ],
  [
    'patient|calm|composed|serene|unflappable|level-headed|collected|placid|easy-tempered',
    'patience',
    1,
    '{v:let} a silence run until the other person fills it',
    'at eight {they} spent an entire afternoon coaxing a wild sparrow to take seed from {their} hand',
  ],
  [
    'impatient|restless|hasty|antsy',
    'impatience',
    -1,
    "{v:finish} other people's sentences, usually correctly, which does not make it any less annoying",
    '{they} taught {themselves} to read at five because nobody would read aloud fast enough',
  ],
  [
    'hot-headed|hotheaded|short-tempered|fiery|temperamental|volatile|moody|irritable|angry|quick-tempered|explosive',
    'temper',
    -1,
    '{v:flare} up fast and {v:cool} down almost as fast, though not always before the damage is done',
    "at nine {they} bloodied a boy's nose for kicking a dog, then cried all the way home",
  ],
  [
    'reckless|impulsive|rash|daredevil:n|wild',
    'recklessness',
    -1,
    '{v:decide} in a heartbeat and {v:spend} the following week living with the decision',
    'at ten {they} jumped from the highest ledge of the old quarry on a dare that nobody had actually made',
  ],
  [
    'adventurous|daring|intrepid|wanderer:n|free-roaming|adventurer:n',
    'appetite for adventure',
    1,
    '{v:volunteer} for the errand nobody else wants, provided it involves a long road',
    '{they} ran away at eight with half a loaf and a map drawn from memory, and got as far as the next village before dark',
  ],
  [
    'cautious|careful|prudent|wary|vigilant|watchful',
    'caution',
    0,
    '{v:check} every lock twice and every promise three times',
    'at nine {they} kept a spare candle, a spare key and a spare apple hidden under {their} bed, just in case',
  ],
  [
    'paranoid|suspicious|distrustful|mistrustful',
    'suspicion',
    -1,
    '{v:sit} with {their} back to a wall and {v:remember} exactly which visitors asked too many questions',
    'at ten {they} began keeping a diary in a cipher of {their} own invention, and changed the cipher every month',
  ],
  [
    'funny|witty|humorous|hilarious|comedic|joker:n|wisecracking',
    'wit',
    1,
    '{v:deflect} hard questions with a joke that lands a little too well',
    'at seven {they} {v:was} sent out of a lesson for a joke so good that the teacher repeated it in the staff room',
    'quickly and drily, with jokes that arrive a beat before anyone expects them',
  ],
  [
    'sarcastic|sardonic|snarky|acerbic|caustic|dry',
    'sarcasm',
    0,
    '{v:agree} with bad ideas in a tone that makes everyone reconsider them',
    'at eleven {they} thanked a teacher so sincerely for a detention that {they} earned a second one',
    'in a dry, level voice that leaves people unsure whether they have been complimented',
  ],
  [
    'mischievous|playful|impish|prankster:n|trickster:n|cheeky',
    'mischief',
    0,
    '{v:hide} small surprises in ordinary days, most of them harmless',
    'at eight {they} swapped the salt and the sugar in every kitchen on the street in a single night, and never got caught',
  ],
  [
    'stern|strict|severe|uncompromising|rigid',
    'strictness',
    0,
    '{v:hold} everyone, {themselves} first, to the letter of every rule',
    "at ten {they} refereed the street's football games and sent {their} own brother off twice",
  ],
  [
    'stoic|stoical|unemotional|impassive|serious|solemn|grave',
    'composure',
    0,
    '{v:take} bad news without a flicker and {v:deal} with it before anyone else has finished gasping',
    'at nine {they} broke a wrist falling from a wall and walked home before mentioning it to anyone',
  ],
  [
    'charming|charismatic|smooth|flirtatious|flirt:n|suave|magnetic|silver-tongued',
    'charm',
    0,
    "{v:learn} a stranger's name once and {v:use} it warmly forever after",
    'at eight {they} talked {their} way out of a punishment and into a second helping of pudding',
    'warmly and easily, leaning in as if every conversation were the best one of the day',
  ],
  [
    'perfectionist:n|meticulous|precise|fussy|pedantic|detail-oriented|exacting|fastidious',
    'exactness',
    0,
    '{v:redo} work that everyone else has already called finished',
    'at nine {they} copied out an entire exercise book again because one margin was crooked',
  ],
  [
    'lazy|idle|laid-back|easygoing|easy-going|relaxed|carefree|slacker:n',
    'ease',
    0,
    '{v:do} exactly as much as a job needs and not a stroke more, and {v:is} rarely wrong about how much that is',
    'at ten {they} worked out how to finish the family chores in half the time, then spent the other half asleep in the shade behind the house',
  ],
  [
    'hardworking|hard-working|diligent|industrious|tireless|workaholic:n|dedicated|committed',
    'work ethic',
    1,
    '{v:is} first in and last out, and {v:treat} a day off as a rumour',
    'at twelve {they} held three small jobs at once and kept the wages in a tin marked with the year {they} meant to leave home',
  ],
  [
    'generous|charitable|giving|big-hearted|openhanded',
    'generosity',
    1,
    '{v:pay} for the next round before anyone else has found a purse',
    'at ten {they} shared {their} birthday money with every child on the street, evenly, and kept a ledger to prove it',
  ],
  [
    'selfish|self-centered|self-centred|self-absorbed|self-serving',
    'self-interest',
    -1,
    '{v:weigh} every favour by what it will be worth later',
    "at eight {they} negotiated a share of {their} cousins' sweets in exchange for not telling on them",
  ],
  [
    'wise|thoughtful|sage|reflective|philosophical|insightful|perceptive',
    'wisdom',
    1,
    '{v:answer} questions with better questions, and {v:listen} to the answers',
    'by twelve {they} had become the person other children brought their quarrels to, and the quarrels usually ended there',
  ],
  [
    'naive|naïve|innocent|gullible|trusting|credulous',
    'trust in people',
    0,
    '{v:take} people at their word far longer than is sensible',
    'at nine {they} traded a month of pocket money for a "lucky" stone from an older boy, and still {v:keep} it somewhere',
  ],
  [
    'nervous|anxious|jumpy|worried|worrier:n|neurotic|jittery|fretful|high-strung',
    'nerves',
    -1,
    '{v:rehearse} difficult conversations out loud before having them',
    'at seven {they} packed a bag for every possible emergency and kept it under the bed, ready',
  ],
  [
    'confident|self-assured|assertive|self-confident|cocky',
    'confidence',
    0,
    '{v:walk} into unfamiliar rooms as if {they} had been expected',
    'at ten {they} introduced {themselves} to the most important guest at a family wedding and ended up seated at the top table',
  ],
  [
    'romantic|dreamy|dreamer:n|idealistic|idealist:n|visionary|starry-eyed',
    'idealism',
    0,
    '{v:believe} in better outcomes long after the evidence has left the room',
    'at eleven {they} wrote letters to a pen friend {they} had invented, and answered them too',
  ],
  [
    'pragmatic|practical|realistic|sensible|pragmatist:n|realist:n|down-to-earth|no-nonsense',
    'pragmatism',
    0,
    '{v:cut} every problem down to what can actually be done before nightfall',
    'at nine {they} stopped a leaking roof with a cooking pot while the adults were still arguing about whose fault it was',
  ],
  [
    'rebellious|defiant|rebel:n|nonconformist:n|insubordinate|anarchic|contrarian:n',
    'defiance',
    0,
    '{v:treat} every rule as a question somebody forgot to answer',
    'at twelve {they} organised a strike among the pupils over the length of the midday break, and won',
  ],
  [
    'disciplined|dutiful|obedient|orderly|regimented|punctual',
    'discipline',
    1,
    '{v:keep} to a routine so exact that other people set their clocks by it',
    'at ten {they} drew up a timetable for {their} own summer holidays, and kept to it',
  ],
  [
    'secretive|mysterious|enigmatic|private|guarded|cagey',
    'secrecy',
    0,
    '{v:answer} personal questions with a question about the asker',
    'at eight {they} kept a locked box under a loose floorboard, and never showed anyone what was inside',
  ],
  [
    'talkative|chatty|loud|outgoing|extroverted|sociable|gregarious|extrovert:n|loquacious|boisterous',
    'chattiness',
    0,
    '{v:fill} every silence, and {v:know} the life story of half the people {they} {v:meet}',
    'at six {they} had befriended every shopkeeper on the high street and knew the names of their grandchildren',
  ],
  [
    'quiet|taciturn|silent|laconic|soft-spoken|softspoken|reticent|terse',
    'quietness',
    0,
    '{v:say} little, so that people lean in when {they} {v:speak}',
    '{they} barely spoke until the age of four, and the first full sentence was a precise complaint about the soup',
  ],
  [
    'eccentric|quirky|odd|weird|strange|peculiar|unconventional|offbeat|kooky',
    'eccentricity',
    0,
    '{v:name} every tool {they} {v:own} and {v:apologise} to it when it breaks',
    'at nine {they} held a formal funeral for a beetle, with a eulogy and three invited guests',
  ],
  [
    'cold|aloof|distant|detached|icy|standoffish|cold-hearted',
    'reserve',
    -1,
    "{v:keep} everyone at arm's length, including the few people {they} {v:trust}",
    "at ten {they} sat through {their} grandfather's funeral dry-eyed and then said nothing at all for a week",
  ],
  [
    'warm|friendly|affable|welcoming|hospitable|amiable|affectionate|loving|sweet|cheery',
    'warmth',
    1,
    '{v:greet} strangers like old friends and old friends like family',
    'at eight {they} invited the new family on the street to dinner without asking anyone at home first',
  ],
  [
    'jealous|envious|possessive',
    'jealousy',
    -1,
    '{v:keep} a careful count of who has what, and who has more',
    "at nine {they} cut the ribbon off a cousin's prize-winning dress and denied it for the next twenty years",
  ],
  [
    'vengeful|vindictive|spiteful|resentful|grudge-bearing|unforgiving',
    'long memory for slights',
    -1,
    '{v:remember} every slight, with dates',
    'at eleven {they} waited a full year to repay a bully, and chose the night of the school play to do it',
  ],
  [
    'forgiving|merciful|tolerant|open-minded|understanding|lenient',
    'forgiveness',
    1,
    '{v:give} people a second chance and, more often than is wise, a third',
    'at ten {they} shared {their} lunch with the boy who had pushed {them} into the river the day before',
  ],
  [
    'ruthless|cruel|merciless|cold-blooded|callous|heartless|brutal|sadistic',
    'ruthlessness',
    -1,
    '{v:cut} losses, and people, without a backward glance',
    'at twelve {they} reported {their} best friend for cheating in an exam, and collected the prize the friend would have won',
  ],
  [
    'noble|honourable|honorable|principled|righteous|virtuous|upright',
    'sense of honour',
    1,
    '{v:keep} {their} word even when breaking it would cost nothing',
    'at nine {they} walked three miles to return a coin a shopkeeper had handed over by mistake',
  ],
  [
    'clumsy|awkward|accident-prone|bumbling|gangly',
    'clumsiness',
    0,
    '{v:knock} over at least one thing in every room and {v:apologise} to it',
    '{they} broke the same arm twice before the age of nine, both times falling off the same garden wall',
  ],
  [
    'elegant|graceful|poised|refined|sophisticated|classy|stylish|dignified',
    'elegance',
    0,
    '{v:dress} with care even on days nobody will see, and {v:move} as if music were playing somewhere nearby',
    'at ten {they} learned to walk with a book balanced on {their} head, and then, for good measure, to run with it',
  ],
  [
    'determined|persistent|tenacious|relentless|dogged|unstoppable|resolute|persevering',
    'determination',
    1,
    '{v:come} back to the same locked door every day until somebody opens it',
    'at eight {they} practised whistling for an entire winter until, one morning in March, {they} finally could',
  ],
  [
    'tough|hardy|resilient|gritty|rugged|hard-bitten|battle-hardened|scrappy',
    'toughness',
    0,
    '{v:shrug} off injuries that would keep most people in bed for a week',
    'at eleven {they} walked home through a snowstorm on a broken ankle rather than wait for a lift',
  ],
  [
    'protective|nurturing|motherly|fatherly|maternal|paternal|overprotective',
    'protectiveness',
    1,
    '{v:stand} between trouble and anyone smaller without stopping to ask why',
    'at seven {they} appointed {themselves} guardian of the younger children on the street and took the job entirely seriously',
  ],
  [
    'nosy|nosey|gossipy|gossip:n|meddling|meddlesome|prying|busybody:n',
    'nosiness',
    0,
    '{v:know} who is courting whom, who owes whom, and who is lying about both',
    'at nine {they} kept a notebook of everything the neighbours said over the garden fence, with dates',
  ],
  [
    'superstitious|fatalistic',
    'superstition',
    0,
    '{v:refuse} to begin anything important on a Friday, and {v:touch} wood before making any promise',
    'at eight {they} carried a lucky pebble in every pocket and a spare in each shoe',
  ],
  [
    'religious|devout|pious|spiritual|god-fearing',
    'faith',
    0,
    '{v:keep} the old observances even when nobody is watching',
    'at ten {they} rose before the rest of the household every morning to pray, and never said what for',
  ],
  [
    'melancholy|melancholic|sad|gloomy|brooding|morose|sorrowful|grieving|mournful|depressed|haunted|troubled|tortured',
    'melancholy',
    -1,
    '{v:go} quiet at certain times of the year and {v:do} not explain why',
    'at nine {they} spent long evenings at the window, watching the road for reasons nobody could get out of {them}',
  ],
  [
    'enthusiastic|energetic|lively|excitable|passionate|bubbly|spirited|zealous|eager|joyful|happy|exuberant',
    'enthusiasm',
    1,
    '{v:throw} {themselves} at every task as if it were the most interesting thing in the world',
    'at seven {they} announced a new future career every week and researched each one with total commitment',
  ],
  [
    'creative|artistic|imaginative|inventive|resourceful|innovative|ingenious',
    'imagination',
    1,
    '{v:solve} ordinary problems in ways nobody else would think of, some of them even practical',
    'at eight {they} built a working water-wheel out of spoons, string and a biscuit tin',
  ],
  [
    'organised|organized|efficient|methodical|systematic|tidy|neat',
    'sense of order',
    1,
    '{v:keep} lists of {their} lists and {v:find} anything in under a minute',
    'at nine {they} reorganised the family pantry by date and colour, unasked',
  ],
  [
    'forgetful|absent-minded|absentminded|scatterbrained|distracted|chaotic|disorganised|disorganized|messy|scatty',
    'absent-mindedness',
    0,
    '{v:lose} keys, hats and appointments, but never a name or a story',
    'at eight {they} once walked all the way to school before noticing {their} feet were bare',
  ],
  [
    'competitive|combative|aggressive|ferocious|feisty',
    'competitive streak',
    0,
    '{v:turn} everything, even the washing-up, into a contest {they} {v:intend} to win',
    'at nine {they} challenged the local arm-wrestling champion, lost badly, and trained for a year to challenge him again',
  ],
  [
    'obsessive|single-minded|focused|fixated|intense',
    'focus',
    0,
    '{v:lose} track of meals and hours once a problem has {them} by the collar',
    'at ten {they} spent a whole summer counting the stars visible from {their} window, and wrote down every count',
  ],
  [
    'rude|crude|abrasive|tactless|brusque|brash|coarse|uncouth|foul-mouthed',
    'bluntness',
    -1,
    '{v:speak} first, {v:apologise} rarely, and {v:mean} most of it',
    'at eight {they} told a visiting dignitary that his speech was too long, halfway through the speech',
  ],
  [
    'polite|courteous|well-mannered|respectful|formal|gracious|proper|chivalrous',
    'courtesy',
    1,
    '{v:hold} doors, {v:use} titles, and {v:apologise} to people who have bumped into {them}',
    'at six {they} wrote thank-you notes for presents {they} had not liked, and meant every word',
    'with careful, slightly old-fashioned courtesy, never once raising {their} voice',
  ],
  [
    'independent|self-reliant|self-sufficient|free-spirited|free spirit:n|lone wolf:n|loner:n|maverick:n',
    'independence',
    0,
    '{v:prefer} doing a thing badly alone to doing it well with help',
    'at ten {they} built a den in the woods and moved into it for an entire summer',
  ],
  [
    'tired|weary|exhausted|worn-out|world-weary|careworn|overworked',
    'weariness',
    0,
    '{v:do} every job properly and slowly, like someone who stopped expecting thanks a long time ago',
    'at ten {they} sat up three nights running with a sick younger cousin and fell asleep standing up at school',
  ],
  [
    'bitter|disillusioned|embittered',
    'bitterness',
    -1,
    '{v:expect} the worst of every plan and {v:is} rarely pleased to be proved right',
    "at eleven {they} learned, when a promised apprenticeship went to a richer family's son, that fairness was mostly a word",
  ],
  [
    'cowardly|fearful|skittish|craven|scared|frightened',
    'fearfulness',
    -1,
    '{v:know} every exit in a building before taking off {their} coat',
    'at eight {they} hid in a cupboard through an entire thunderstorm and came out only when the cat did',
  ],
  [
    'heroic|selfless|altruistic|self-sacrificing|heroine:n|hero:n',
    'selflessness',
    1,
    '{v:put} {themselves} last in every queue and first in every emergency',
    "at twelve {they} pulled a neighbour's child out of the river and went back to school the next day without a word about it",
  ],
  [
    'calculating|strategic|analytical|logical|rational|cerebral',
    'logic',
    0,
    '{v:reduce} every problem to its parts and {v:trust} the parts more than the people',
    'at nine {they} beat every adult in the household at chess and then wrote down why each of them had lost',
  ],
  [
    'mean|nasty|bully:n|unkind|vicious',
    'meanness',
    -1,
    '{v:find} the sore spot in any conversation and {v:press} on it',
    'at ten {they} made a younger child cry over nothing, felt oddly empty about it, and spent years wondering why',
  ],
  [
    'lucky|fortunate|charmed',
    'luck',
    1,
    '{v:walk} away from trouble with fewer scratches than anyone has a right to',
    'at seven {they} fell out of the tallest tree on the street and landed in the only soft patch of ground for a mile',
  ],
  [
    'bookish|studious|scholarly|nerdy|geeky|well-read|erudite',
    'bookishness',
    0,
    '{v:read} at meals, on stairs and occasionally while walking into doors',
    'at eight {they} read every book in the house, including the ones on the top shelf nobody was supposed to reach',
  ],
  [
    'sentimental|nostalgic|wistful',
    'sentimentality',
    0,
    '{v:keep} ticket stubs, letters and pressed flowers from every year of {their} life',
    'at eight {they} refused to let anyone throw away a single childhood drawing, not even the bad ones',
  ],
  [
    'wise-cracking|irreverent|flippant',
    'irreverence',
    0,
    '{v:treat} solemn occasions as an invitation to be funny, and {v:is} sometimes right to',
    "at nine {they} giggled so hard through a cousin's christening that the priest had to start again",
  ],
];

function parseRow([forms, quality, tone, behaviour, early, speech]: Row): TraitEntry {
  const parsed = forms.split('|').map((form) => {
    const [word = form, mark] = form.split(':');
    return { word, noun: mark === 'n' };
  });
  const entry: TraitEntry = { key: parsed[0]?.word ?? forms, forms: parsed, quality, behaviour, early, tone };
  if (speech) entry.speech = speech;
  return entry;
}

export const TRAITS: TraitEntry[] = ROWS.map(parseRow);

/** Each trait word (lower case) with its entry and whether it is a noun. */
export const TRAIT_WORDS: Map<string, { entry: TraitEntry; noun: boolean }> = new Map(
  TRAITS.flatMap((entry) => entry.forms.map((form) => [form.word, { entry, noun: form.noun }] as const)),
);

export function traitByKey(key: string): TraitEntry | undefined {
  return TRAITS.find((entry) => entry.key === key);
}
