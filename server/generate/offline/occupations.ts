/** The occupation lexicon: what a description's role word means for the rest of the backstory. */

import type { Genre } from './genres';
import type { PronounKey } from './pronouns';

export type Field =
  | 'law'
  | 'medicine'
  | 'craft'
  | 'sea'
  | 'military'
  | 'enforcement'
  | 'crime'
  | 'scholar'
  | 'magic'
  | 'arts'
  | 'hospitality'
  | 'faith'
  | 'land'
  | 'tech'
  | 'commerce'
  | 'rule'
  | 'service'
  | 'general';

/** What sort of being the character is; decides how an origin can be told. */
export type Kind = 'human' | 'machine' | 'creature';

export type Occupation = {
  /** Canonical form used in the text ("sea captain", "AI"). */
  label: string;
  /** Lower-case spellings matched in a description, longest first when matching. */
  forms: string[];
  field: Field;
  genre?: Genre;
  pronoun?: PronounKey;
  kind?: Kind;
};

/**
 * One line per occupation: "form|form|…  field  hints", hints among g:genre, p:she|he, k:kind.
 * The first form is the label.
 */
const TABLE = `
lawyer|attorney|lawyers  law  g:modern
barrister  law
solicitor  law
judge|magistrate  law
prosecutor|district attorney  law  g:modern
public defender  law  g:modern
notary  law
paralegal  law  g:modern
advocate  law
doctor|physician  medicine
surgeon  medicine
nurse  medicine
medic|field medic  medicine
paramedic  medicine  g:modern
healer  medicine  g:fantasy
herbalist  medicine
apothecary  medicine  g:historical
midwife  medicine  p:she
pharmacist  medicine  g:modern
veterinarian|vet  medicine
dentist  medicine
therapist|psychologist|psychiatrist  medicine  g:modern
blacksmith|smith  craft
carpenter|joiner  craft
tailor|seamstress  craft
potter  craft
weaver  craft
cobbler|shoemaker  craft
jeweller|jeweler|goldsmith  craft
clockmaker|watchmaker  craft
glassblower  craft
stonemason|mason  craft
tanner|leatherworker  craft
armourer|armorer  craft  g:fantasy
gunsmith  craft  g:western
locksmith  craft
woodcarver|woodworker  craft
bookbinder  craft
sea captain|ship captain|ship's captain  sea  g:nautical
captain  sea
sailor|seaman|mariner  sea  g:nautical
navigator  sea  g:nautical
fisherman  sea  g:nautical  p:he
fisherwoman  sea  g:nautical  p:she
fisher  sea  g:nautical
pirate|buccaneer|corsair  sea  g:nautical
deckhand|cabin boy  sea  g:nautical
first mate|boatswain|bosun  sea  g:nautical
harbourmaster|harbormaster  sea  g:nautical
lighthouse keeper  sea  g:nautical
ferryman  sea  p:he
diver|pearl diver  sea  g:nautical
soldier  military
centurion|legionary|legionnaire  military  g:historical
knight  military  g:fantasy
squire  military  g:fantasy
paladin  military  g:fantasy
mercenary|sellsword  military
guard|city guard|watchman  military
bodyguard  military
sergeant|drill sergeant  military
general|commander  military
veteran|war veteran  military
marine|space marine  military
sniper|archer  military
warrior  military  g:fantasy
gladiator  military  g:historical
samurai  military  g:historical
detective|private detective|private investigator|private eye|investigator  enforcement  g:modern
police officer|cop|policeman|policewoman|officer  enforcement  g:modern
inspector|constable  enforcement
sheriff|deputy|marshal  enforcement  g:western
bounty hunter  enforcement
spy|secret agent|agent  enforcement
journalist|reporter  enforcement  g:modern
thief|burglar|pickpocket|cat burglar  crime
rogue  crime  g:fantasy
assassin|hitman  crime
smuggler  crime
con artist|swindler|grifter  crime
fixer  crime
outlaw|bandit|highwayman  crime
gang leader|mob boss|crime boss  crime  g:modern
forger  crime
gambler|card sharp  crime
bootlegger  crime  g:historical
fence  crime
wizard|mage  magic  g:fantasy
witch  magic  g:fantasy  p:she
warlock  magic  g:fantasy  p:he
sorcerer  magic  g:fantasy
sorceress  magic  g:fantasy  p:she
necromancer  magic  g:fantasy
alchemist  magic  g:fantasy
druid  magic  g:fantasy
fortune teller|seer|oracle  magic
scholar  scholar
professor  scholar
teacher|schoolteacher  scholar
tutor  scholar
librarian  scholar
principal|school principal|headmaster|headmistress  scholar
archivist  scholar
scribe|clerk of the temple  scholar
historian  scholar
scientist|researcher  scholar
astronomer  scholar
archaeologist  scholar
cartographer|mapmaker  scholar
student  scholar
bard  arts  g:fantasy
musician|guitarist|violinist|pianist  arts
singer|torch singer  arts
painter|artist  arts
actor  arts
actress  arts  p:she
poet  arts
writer|novelist|author  arts
photographer  arts  g:modern
dancer  arts
street performer|busker  arts
stage magician|illusionist|magician  arts
comedian  arts  g:modern
sculptor  arts
pop star|rock star|pop idol  arts  g:modern
chef|cook  hospitality
baker  hospitality
butcher  hospitality
bartender|barkeep|barman|barmaid  hospitality
innkeeper|tavern keeper|tavernkeeper|tavern owner  hospitality
waiter  hospitality
waitress  hospitality  p:she
barista  hospitality  g:modern
brewer  hospitality
street vendor|food vendor  hospitality
hotel concierge|concierge  hospitality  g:modern
priest|cleric  faith
priestess  faith  p:she
monk  faith  p:he
nun  faith  p:she
shaman  faith
preacher|pastor|minister  faith
rabbi  faith
imam  faith
missionary  faith
acolyte  faith  g:fantasy
farmer  land
rancher  land  g:western
cowboy  land  g:western  p:he
cowgirl  land  g:western  p:she
shepherd|shepherdess  land
hunter|trapper  land
ranger|park ranger  land
gardener  land
beekeeper  land
forester|woodcutter|lumberjack  land
miner  land
prospector  land  g:western
falconer  land
laundress|washerwoman  service
quartermaster  military
stable boy|stable hand|stablehand|stable girl  land
scavenger  general  g:postapoc
AI|artificial intelligence|ship's computer  tech  g:scifi  k:machine
android  tech  g:scifi  k:machine
robot|droid  tech  g:scifi  k:machine
engineer  tech
mechanic  tech
programmer|software engineer|developer|coder  tech  g:modern
hacker|netrunner  tech
pilot  tech
starship captain|space captain  tech  g:scifi
astronaut|cosmonaut  tech  g:scifi
technician  tech
inventor|tinkerer  tech
electrician  tech  g:modern
merchant|trader  commerce
shopkeeper|shop owner|storekeeper  commerce
banker  commerce
accountant|bookkeeper  commerce
stockbroker|broker  commerce  g:modern
CEO|entrepreneur|businessman|businesswoman|founder  commerce  g:modern
salesman|saleswoman|salesperson  commerce  g:modern
auctioneer  commerce
pawnbroker|moneylender  commerce
peddler|pedlar  commerce
caravan leader|caravan master  commerce
king  rule  g:fantasy  p:he
queen  rule  g:fantasy  p:she
prince  rule  g:fantasy  p:he
princess  rule  g:fantasy  p:she
duke|lord|baron|count  rule  p:he
duchess|baroness|countess  rule  p:she
emperor  rule  p:he
empress  rule  p:she
noble|noblewoman|nobleman|aristocrat  rule
mayor  rule
senator|politician  rule  g:modern
diplomat|ambassador|envoy  rule
governor  rule
chieftain|chief  rule
advisor|adviser|counsellor|courtier  rule
courier|messenger  service
postman|mail carrier|postwoman  service
clerk  service
firefighter|fireman  service  g:modern
taxi driver|cab driver|driver  service  g:modern
train conductor|conductor  service
tour guide|guide  service
receptionist|secretary  service  g:modern
butler  service
maid|housekeeper  service
janitor|caretaker  service
`;

const FIELDS = new Set<string>([
  'law',
  'medicine',
  'craft',
  'sea',
  'military',
  'enforcement',
  'crime',
  'scholar',
  'magic',
  'arts',
  'hospitality',
  'faith',
  'land',
  'tech',
  'commerce',
  'rule',
  'service',
  'general',
]);

export const OCCUPATIONS: Occupation[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [formText = '', field = 'general', ...hints] = line.trim().split(/\s{2,}/);
    if (!FIELDS.has(field)) throw new Error(`occupations: unknown field ${field}`);
    const forms = formText.split('|').map((form) => form.trim());
    const occupation: Occupation = { label: forms[0] ?? formText, forms: forms.map((f) => f.toLowerCase()), field: field as Field };
    for (const hint of hints) {
      const [key, value] = hint.split(':');
      if (key === 'g') occupation.genre = value as Genre;
      if (key === 'p') occupation.pronoun = value as PronounKey;
      if (key === 'k') occupation.kind = value as Kind;
    }
    return occupation;
  });

/** Forms whose gender is in the word itself, though the label is shared ("policewoman"). */
export const GENDERED_FORMS: Record<string, PronounKey> = {
  policewoman: 'she',
  policeman: 'he',
  businesswoman: 'she',
  businessman: 'he',
  saleswoman: 'she',
  salesman: 'he',
  seamstress: 'she',
  barmaid: 'she',
  barman: 'he',
  shepherdess: 'she',
  noblewoman: 'she',
  nobleman: 'he',
  postwoman: 'she',
  postman: 'he',
  fireman: 'he',
  hitman: 'he',
  'cabin boy': 'he',
  seaman: 'he',
  count: 'he',
};

/** Role words that do not name a job but a being; they change how the origin is told. */
export const CREATURE_WORDS = new Set([
  'crab',
  'lobster',
  'snail',
  'spider',
  'beetle',
  'moth',
  'butterfly',
  'squirrel',
  'hedgehog',
  'pigeon',
  'seagull',
  'gull',
  'octopus',
  'mermaid',
  'merman',
  'selkie',
  'nymph',
  'dryad',
  'centaur',
  'minotaur',
  'harpy',
  'siren',
  'kitsune',
  'yokai',
  'tortoise',
  'turtle',
  'frog',
  'toad',
  'rabbit',
  'hare',
  'mouse',
  'rat',
  'badger',
  'otter',
  'stag',
  'parrot',
  'goat',
  'dragon',
  'wyrm',
  'spirit',
  'ghost',
  'phantom',
  'spectre',
  'specter',
  'elemental',
  'demon',
  'angel',
  'fae',
  'fairy',
  'faerie',
  'sprite',
  'unicorn',
  'phoenix',
  'griffin',
  'gryphon',
  'beast',
  'creature',
  'monster',
  'cat',
  'dog',
  'sheepdog',
  'sword',
  'talisman',
  'amulet',
  'wolfhound',
  'bloodhound',
  'greyhound',
  'hound',
  'tomcat',
  'housecat',
  'warhorse',
  'packhorse',
  'mule',
  'donkey',
  'wolf',
  'fox',
  'raven',
  'crow',
  'owl',
  'horse',
  'bear',
  'familiar',
  'djinn',
  'genie',
  'kraken',
  'sphinx',
  'golem',
]);

export const MACHINE_WORDS = new Set([
  'self-driving',
  'driverless',
  'harvester',
  'drone',
  'automaton',
  'mech',
  'meter',
  'toaster',
  'kettle',
  'jukebox',
  'puppet',
  'doll',
  'scarecrow',
  'statue',
  'lawnmower',
  'typewriter',
  'clockwork',
  'mechanical',
  'ai',
  'a.i.',
  'robot',
  'android',
  'droid',
  'automaton',
  'construct',
  'computer',
  'program',
  'mainframe',
  'bot',
  'chatbot',
  'drone',
  'synth',
  'machine',
  'intelligence',
]);

/** Every form with its occupation, longest first, so "sea captain" wins over "captain". */
export const OCCUPATION_FORMS: Array<{ form: string; occupation: Occupation }> = OCCUPATIONS.flatMap((occupation) =>
  occupation.forms.map((form) => ({ form, occupation })),
).sort((a, b) => b.form.length - a.form.length);
