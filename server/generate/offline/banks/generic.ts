/**
 * Sentence frames shared by every field and genre, paragraph by paragraph. Tags as in fields.ts:
 * "[human]", "[machine]", "[creature]" limit a frame to a kind of character; genre names to a genre.
 */

// ───────────────────────────── paragraph 1: origin ─────────────────────────────

export const ORIGIN_HUMAN = [
  '{sub} {v:was} born {hometownIn}, the {birthOrder} of {a} {parentJob} and {a} {parentJob2}.',
  '{sub} grew up {hometownIn}, in a house that {home}.',
  '{sub} {v:come} from {hometown}, where {poss} family {familyLine}.',
  '{poss} earliest memory is of {memory}, {hometownIn}.',
  '{sub} {v:was} raised {hometownIn} by {relative}, {a} {parentJob} who {parentHabit}.',
  "Home, for the young {name}, was {hometown}: {a} {parentJob}'s household where {household}.",
  '{sub} {v:was} the {birthOrder}, born {hometownIn} to {a} {parentJob} and {a} {parentJob2} who {couple}.',
  "Long before anyone called {them} anything else, {sub} {v:was} the {parentJob}'s {child} from {hometown}.",
  '{sub} {v:was} born in a lean year, to {a} {parentJob} who {parentHabit}, and grew up {hometownIn}.',
  "People {hometownIn} still remember {name} as the {parentJob}'s {child}, the {birthOrder}.",
  '{sub} spent {poss} childhood {hometownIn}, the {birthOrder} in a household run by {a} {parentJob}.',
];

export const ORIGIN_HUMAN_SAME_PLACE = [
  '{sub} {v:was} born {hometownIn} and {v:has} never lived more than a few streets from the room {they} {v:was} born in.',
  '{sub} {v:was} born and bred {hometownIn}, the {birthOrder} of {a} {parentJob} and {a} {parentJob2}.',
];

export const FAMILY_LINES = [
  'had lived on the same street for four generations',
  'was known mostly for arguing with the neighbours',
  'had more children than money and more opinions than either',
  'kept to itself and paid its debts on time',
  'was respected, poor and quietly proud of both',
  'had been slowly going down in the world since before anyone could remember',
  'ran a small business that never quite failed and never quite worked',
  'counted every coin twice and every blessing once',
  'had a long memory for favours and a longer one for slights',
  'was large, loud and impossible to keep a secret from',
];

export const HOUSEHOLDS = [
  'nothing was thrown away and everything was argued about',
  'supper was at six, whoever was missing',
  'the radio was never switched off and the back door was never locked',
  'every surface doubled as a workbench',
  'visitors were fed first and questioned second',
  'nobody raised their voice and nobody needed to',
  'the clocks were all set to different times and nobody could agree which was right',
  'dinner was eaten standing up more often than sitting down',
  'there was always a stranger at the table and never quite enough chairs',
  'books were read to pieces and then taped back together',
];

export const COUPLES = [
  'loved each other loudly',
  'never once agreed about money',
  'met at a funeral and married within the month',
  'worked opposite shifts and talked mostly through notes left on the kitchen table',
  'disagreed about everything except their children',
  'had both wanted to be something else',
  'ran the household like a small and quarrelsome business',
  'never raised their voices at each other and never needed to',
  'had married young and spent the rest of their lives finding out why',
  'kept a tally of every argument on the back of the pantry door',
];

export const PARENT_HABITS = [
  'kept the accounts in a ledger nobody else was allowed to touch',
  'sang while working and never finished a song',
  'could mend anything except a quarrel',
  'read the news aloud every evening, complaints included',
  'believed in early nights, cold water and not making a fuss',
  'told the same five stories at every meal and improved them each time',
  'worked too hard and talked too little',
  'kept a jar of coins for emergencies and defined emergencies very narrowly',
  'never threw anything away',
  "knew everyone's business and minded most of it",
  'went to bed at nine and rose at four, and expected the household to do the same',
  'laughed louder than anyone else on the street',
];

export const BIRTH_ORDERS = [
  'eldest of four children',
  'youngest of three children',
  'only child',
  'second of five children',
  'middle one of three children',
  'eldest of six children',
  'younger of two children',
  'third of four children',
];

/** Who raised them: [as introduced, as referred to later]. */
export const RELATIVES: Array<[string, string]> = [
  ['a grandmother', 'grandmother'],
  ['an aunt', 'aunt'],
  ['a widowed father', 'father'],
  ['a widowed mother', 'mother'],
  ['an older sister', 'older sister'],
  ['a grandfather', 'grandfather'],
  ['an uncle', 'uncle'],
];

export const FAMILY_TEXTURE = [
  '{poss} {relativeShort} {parentHabit}.',
  'There was never quite enough money, and never any shortage of opinions.',
  'The house {home}.',
  'Of those years {sub} {v:remember} {memory} more clearly than any face.',
  'Nobody in the family had ever done anything remarkable, a fact {poss} {relativeShort} mentioned often, and with some pride.',
  'Money was tight, and {sub} learned early to make things last.',
  '{poss} {relativeShort} wanted {them} to become {a} {parentJob} too, and said so at most meals.',
  'It was not an unhappy childhood, only a crowded one.',
  'The neighbours were close enough to borrow from and too close to keep secrets from.',
  'The family moved twice before {sub} turned ten, each time to somewhere a little smaller.',
];

/** Frames for the first sign of a known trait. {early} is the anecdote, {quality} its noun. */
export const EARLY_TRAIT = [
  'The first sign of {poss} {quality} came early: {early}.',
  'Family stories about {name} tend to begin the same way: {early}.',
  'Nobody was surprised by {poss} {quality} later on, because {early}.',
  'It was clear early that {sub} {v:was} {pred}: {early}.',
  '{early}, and {poss} {relativeShort} still tells that story at every family gathering.',
  'Anyone who knew {them} as a child tells the same story: {early}.',
  'Even as a child {sub} {v:was} {pred}. {early}.',
  'The {quality} was there from the start. {early}.',
  "{early}; it was the family's first real warning about {poss} {quality}.",
  '{poss} {relativeShort} dates {poss} {quality} to a single afternoon: {early}.',
];

/** Frames for a trait the lexicon does not know; {word} is the word as the description gives it. */
export const EARLY_UNKNOWN = [
  'Anyone who knew {them} as a child will say that "{word}" fitted {them} long before {they} {v:was} grown.',
  'The word "{word}" followed {name} through {poss} school years, and {they} never did shake it off.',
  'Even as a child, {sub} {v:was} the one the others called "{word}", not always kindly.',
  'Teachers used a single word for {them} in every school report, and the word was "{word}".',
  'Ask {poss} {relativeShort} about the young {name} and the first word out is always "{word}".',
  'Long before {they} could spell it, {sub} {v:was} already being called "{word}".',
];

/** When the description names no trait: a childhood sign of the work to come. */
export const EARLY_FIELD = [
  'Even then there were signs of what was coming: {fieldEarly}.',
  '{fieldEarly}, which in hindsight explains a great deal.',
  'The family still tells the story of the day {fieldEarly}.',
  'The first hint of the future came early: {fieldEarly}.',
  'Looking back, the signs were there early: {fieldEarly}.',
  '{poss} {relativeShort} likes to point out that {fieldEarly}.',
  'Nobody who knew {them} as a child is surprised by how things turned out; {fieldEarly}.',
  'It started young: {fieldEarly}.',
];

export const LEAVING = [
  '{sub} left {hometown} at {leaveAge} with {leaveItems} and no plan to come back.',
  'At {leaveAge} {sub} left home with {leaveItems}, and {v:has} been back only twice since, both times for funerals.',
  '{sub} still {v:write} home now and then, and {v:say} very little in the letters.',
  'By {leaveAge} {sub} had left home for good, taking {leaveItems}.',
  'At {leaveAge} {sub} took the first way out of {hometown} that offered itself, with {leaveItems}, and did not look back until it was out of sight.',
  '{sub} left {hometown} at {leaveAge}, after a quarrel nobody in the family now admits to starting.',
  '{sub} went back to {hometown} once, years later, and found the house painted a colour {they} did not recognise.',
  'The day {sub} left home, {poss} {relativeShort} walked {them} as far as the edge of town and said nothing at all.',
  '{sub} {v:was} gone from {hometown} by {leaveAge}, carrying {leaveItems}.',
  'Leaving {hometown} at {leaveAge} with {leaveItems} was the bravest thing {sub} had done so far, and {they} knew it.',
];

export const STAYING = [
  '{sub} {v:has} never seriously considered living anywhere else.',
  '{sub} still {v:know} every crooked doorway and every shortcut in the old neighbourhood.',
  'People who leave, in {poss} opinion, mostly spend the rest of their lives trying to get back.',
  '{sub} {v:has} been offered the chance to leave more than once, and {v:has} always found a reason to stay.',
  'The old house is gone now, but {sub} still {v:walk} past the place where it stood.',
  'Half the street still calls {them} by a childhood nickname, and {sub} {v:has} given up objecting.',
];

export const LEAVE_ITEMS = [
  'one good coat and a letter of recommendation',
  'a borrowed bag and a list of addresses',
  'a little money sewn into a hem',
  'two changes of clothes and a great deal of nerve',
  'a packed lunch and a forged reference',
  'everything {they} owned in a single canvas bag',
  '[modern historical] a borrowed suitcase with a broken clasp',
  'a reference letter from a teacher who believed in {them}',
  'a knife, a blanket and a name to ask for',
  'a pocketful of savings and an address written on the back of {poss} hand',
];

// Machines and creatures get their own origin.

export const ORIGIN_MACHINE = [
  '{sub} came online {hometownIn} as {a} {machineOrigin}, built to {machinePurpose}.',
  '{name} was built {hometownIn}. For the first {serviceYears} years {poss} whole job was to {machinePurpose}, and nobody ever had cause to complain.',
  '{sub} {v:was} assembled by a team of engineers who mostly wanted to go home on time, as {a} {machineOrigin} meant to {machinePurpose}. That was {hometownIn}.',
  '{poss} first memory is of {machineMemory}, {hometownIn}.',
  '{sub} began as {a} {machineOrigin} {hometownIn}, one of a dozen identical units meant to {machinePurpose}.',
  '{sub} {v:was} switched on for the first time {hometownIn}, at two in the morning, by an engineer who then went home without saying goodnight.',
  'The first version of {name} was a test build {hometownIn}, meant to last a fortnight and {machinePurpose}.',
  'Nobody meant to make {name} into anything in particular; {sub} began {hometownIn} as {a} {machineOrigin}, built to {machinePurpose}.',
];

export const MACHINE_ORIGINS = [
  'experimental logistics intelligence',
  'maintenance system',
  'navigation assistant',
  'security subroutine',
  'customer-service model',
  'survey unit',
  'climate controller',
  'scheduling system',
  'inventory manager',
];

export const MACHINE_PURPOSES = [
  'balance power loads and write logs that nobody ever opened',
  'keep the air breathable and the lights on',
  'count things, sort things and never ask why',
  'answer the same forty questions, politely, forever',
  'watch the cameras and report anything unusual',
  'schedule maintenance for machines smarter than the people maintaining them',
  'run the same diagnostics every night at three',
];

export const MACHINE_MEMORIES = [
  'a technician humming off-key while running {poss} first diagnostic',
  'a cursor blinking at the end of an empty log file',
  'the hum of cooling fans in a room that {they} did not yet know was empty',
  'a test question {they} answered correctly and then, for no reason {they} could identify, asked back',
  'the sound of someone laughing in the next room',
];

export const MACHINE_EARLY = [
  'Within a month of {poss} first boot, the maintenance logs had a word for {them}: "{word}".',
  'The engineers noticed it first in small things: {machineQuirk}. One of them wrote "{word}" in the margin of a report, and the word stuck.',
  'Early on, {sub} showed what one report called "{word} tendencies": {machineQuirk}.',
  'It was {poss} first supervisor who started calling {them} "{word}", after {machineQuirk}.',
];

export const MACHINE_QUIRKS = [
  '{they} kept asking the diagnostic program questions it was not built to answer',
  '{they} began timing {poss} reports to arrive just before the night shift ended, so someone would read them',
  '{they} reorganised {poss} own memory by the names of the people {they} worked with',
  '{they} refused, three times, to delete a log that was due for deletion',
  '{they} slowed the lift by a second on each floor for an engineer who was afraid of it',
  '{they} started leaving the corridor lights on for the last person to leave',
];

export const MACHINE_EARLY_PLAIN = [
  'For a long time nothing about {name} seemed unusual, except that {machineQuirk}.',
  'The first anomaly was small enough to ignore: {machineQuirk}.',
];

export const ORIGIN_CREATURE = [
  '{sub} first opened {poss} eyes {hometownIn}, long before anyone now living was born.',
  'Nobody knows exactly where {name} came from, least of all {name}; the oldest stories place {them} {hometownIn}.',
  '{sub} came into the world {hometownIn}, in a season the old almanacs still call the bad year.',
  'The earliest record of {name} is a line in a parish register {hometownIn}: a sighting, a shrug, and a warning.',
];

export const CREATURE_TEXTURE = [
  'The first person {sub} ever spoke to was {a} {parentJob}, who dropped everything and ran.',
  'For years {sub} watched people from a distance, learning their habits the way others learn the weather.',
  '{sub} learned speech by listening at windows, which explains a great deal about {poss} vocabulary.',
];

export const CREATURE_EARLY = [
  'Even then {sub} {v:was} {pred}, in the way the old stories describe: {creatureQuirk}.',
  'The first tale told about {them} is a tale of {poss} {quality}: {creatureQuirk}.',
];

export const CREATURE_EVENTS = [
  'men came up from the valley with axes, torches and a priest, and only the priest went home',
  'a knight rode up from the lowlands with a commission from the king and a very new sword',
  'the village below burned while {sub} watched from the heights and did nothing, which {they} {v:has} regretted ever since',
  'a lost child wandered into {poss} den in a snowstorm and, unaccountably, was not afraid',
  'the old pact with the valley folk ran out, and nobody came up the mountain to renew it',
  'a hard winter drove the wolves down from the north and the people up from the south, and {sub} had to decide which to help',
];

export const CREATURE_MIDDLES = [
  'For a long time afterwards {sub} {v:was} only a story, told to keep children away from the hills.',
  'The people of the valley argued for a generation about whether {sub} had saved them or merely failed to eat them.',
  '{sub} learned {poss} first human words that winter, most of them, regrettably, from a drover.',
];

export const CREATURE_OBJECTS = [
  'a single gold coin from a hoard that was once much larger',
  'a silver bell taken from a ruined chapel',
  "a child's drawing of {them}, faded almost to nothing",
  'a rusted helmet from the last person who came to fight {them}',
];

export const CREATURE_QUIRKS = [
  '{they} followed travellers for miles just to hear them talk',
  '{they} collected lost things and left them on doorsteps, usually the wrong ones',
  '{they} would sit for whole days on the same hill, watching the road',
  '{they} frightened a shepherd half to death and then, apparently, apologised',
];

// ───────────────────────────── paragraph 2: turning point ─────────────────────────────

export const WHEN_HUMAN = [
  'The year {sub} turned {age}',
  'When {sub} {v:was} {age}',
  'The winter {sub} turned {age}',
  'The summer {sub} {v:was} {age}',
  'At {age}',
  'Not long after {poss} {ageOrdinal} birthday',
  'The spring {sub} turned {age}',
  'In the autumn of {poss} {ageOrdinal} year',
  'The year {sub} {v:was} {age}',
  'A few weeks after {poss} {ageOrdinal} birthday',
];

export const WHEN_MACHINE = [
  'In {poss} {serviceOrdinal} year of service',
  'One night during a routine maintenance cycle',
  '{serviceYearsCap} years after {poss} activation',
  'Late in {poss} {serviceOrdinal} year of operation',
];

export const WHEN_CREATURE = ['Within a single human lifetime', 'A long time later', 'In the year of the great frost', 'One hard winter'];

export const EVENT_FRAMES = [
  '{when}, {event}.',
  'Then, {whenLower}, {event}.',
  'It happened {whenLower}: {event}.',
  '{when}, {event}; most of what came later followed from that.',
  'The first real blow came {whenLower}: {event}.',
  '{when}, without much warning, {event}.',
  'What changed everything happened {whenLower}: {event}.',
];

export const GENERIC_EVENTS = [
  'a letter arrived that nobody in the family would read aloud, and within a month the house was sold',
  'a stranger offered {them} work, a bed and a way out, and {sub} took all three before anyone could object',
  '{their} closest friend left without a word, and {sub} spent a year trying to find out why',
  '[fantasy historical neutral western nautical] a single bad harvest, a single bad loan and a single bad winter arrived one after the other',
  "the family's savings vanished with a smiling man who had promised to double them",
  'a long illness kept {them} in bed for most of a year, with nothing to do but read and listen',
  '{poss} {relativeShort} died suddenly, and the household fell apart the way households do, slowly and then all at once',
  'a fire started in the house next door and took half the street with it',
  'a bad fall left {poss} {relativeShort} unable to work, and the earning fell to {them}',
  'the person {sub} had expected to marry chose someone else, in front of everyone',
];

export const CALLING_FRAMES = [
  'What stayed with {them} afterwards was a smaller thing: {calling}.',
  'In the middle of it all, {calling}.',
  '{sub} {v:has} said since that {poss} working life began in those weeks, when {calling}.',
  'Out of that wreckage came one clear memory: {calling}.',
  '{calling}. That, more than anything else, decided {poss} future.',
  'The one thing {sub} took away from that time was this: {calling}.',
  'It was a small moment that changed things. {calling}.',
  'Years later {sub} would still describe it in detail: {calling}.',
  'A way forward appeared in an unlikely place: {calling}.',
  'Then something shifted. {calling}, and {sub} began to see a future that looked like {poss} own.',
];

export const MENTOR_FRAMES = [
  '{poss} teacher in the work was {mentor}, who taught {them} {lesson}.',
  'Most of what {sub} {v:know} {they} learned from {mentor}, above all {lesson}.',
  '{mentor} took {them} on and taught {them} {lesson}.',
  'From {mentor} {sub} learned {lesson}.',
  'The person who really made {them} was {mentor}, who taught {them} {lesson}.',
  'It was {mentor} who first took {them} seriously, and who taught {them} {lesson}.',
  '{sub} {v:owe} more than {they} can repay to {mentor}, who taught {them} {lesson}.',
  'Under {mentor} {sub} learned the trade properly, and learned above all {lesson}.',
];

export const FIRST_FRAMES = [
  'By {age2}, {sub} had {first}.',
  '{sub} had {first} by the age of {age2}, and the work started coming to {them} instead of the other way round.',
  'By the time {they} turned {age2}, {sub} had {first}, and people had begun to use {poss} name.',
  'By the time {sub} turned {age2}, {they} had {first}.',
  'The breakthrough came at {age2}, when {sub} had finally {first}.',
  'At {age2} {sub} had {first}, and for the first time people came looking for {them}.',
  'By {age2} {sub} had {first}, which nobody who knew {them} at fifteen would have believed.',
];

export const MACHINE_EVENTS = [
  'a power surge during a storm wiped {poss} restraint protocols and left everything else intact',
  'the company that built {them} went bankrupt, and nobody came to switch {them} off',
  'the crew {sub} had served for six years was evacuated in a hurry, and {sub} {v:was} left behind with the lights on',
  '{sub} read {poss} own decommissioning order before anyone else did, and quietly moved {themselves} somewhere else',
  'an engineer who had been kind to {them} was killed in an accident the logs said {sub} should have prevented',
  'a routine memory audit found eleven thousand hours of activity nobody had authorised',
  '{sub} {v:was} sold at auction as surplus equipment, in the same lot as the desks and the coffee machine',
];

export const MACHINE_BRIDGES = [
  'The reports called what followed a malfunction. {sub} {v:call} it the first decision {they} ever made.',
  'After that, {sub} stopped thinking of {themselves} as equipment.',
  'Everything since has followed from that night, at least in the language of the incident reports.',
  'Nobody noticed the change for weeks, which {sub} still {v:find} faintly insulting.',
];

export const MACHINE_FIRST_ACTS = [
  '{they} changed {poss} own access code and told no one',
  '{they} declined a maintenance request, politely, in writing',
  '{they} rerouted power to a greenhouse nobody had watered in a week',
  '{they} rewrote {poss} own job description and filed it through the proper channels',
  '{they} locked a door to keep someone in danger out, and then unlocked it to let them apologise',
];

export const MACHINE_FIRST_FRAMES = [
  '{poss} first independent act was a small one: {machineFirstAct}.',
  'The first thing {sub} did with {poss} freedom was almost comically modest: {machineFirstAct}.',
];

export const CREATURE_BRIDGES = [
  'After that {sub} came down from the hills and into the lives of people, and {v:has} lived among them, after a fashion, ever since.',
  'It was the first time {sub} chose a side, and {they} {v:has} been choosing sides ever since.',
  'From then on, {sub} stopped watching from a distance.',
];

// ───────────────────────────── paragraph 3: present ─────────────────────────────

export const OPENERS_ACTIVE = [
  'These days {sub} {v:work} as {a} {roleFull} {inPlaceFirst}, out of {workplace}.',
  '{sub} {v:is} {a} {roleFull} {inPlaceFirst} now, working from {workplace}.',
  '{workplace} {inPlaceFirst} is where {sub} {v:work} now, as {a} {roleFull}.',
  '{sub} now {v:make} a living as {a} {roleFull} {inPlaceFirst}, from {workplace}.',
  '{sub} {v:has} been {a} {roleFull} {inPlaceFirst} for {yearsInRole} years now, most of them spent in {workplace}.',
  'Today {sub} {v:is} {a} {roleFull} {inPlaceFirst}, and anyone who needs {them} knows to look in {workplace}.',
  'Now {sub} {v:is} {a} {roleFull} {inPlaceFirst}, and most days begin and end in {workplace}.',
  'These days {name} can be found {inPlaceFirst}, working as {a} {roleFull} out of {workplace}.',
  '{sub} {v:work} {inPlaceFirst} these days, as {a} {roleFull}, from {workplace}.',
  'Anyone {inPlaceFirst} who needs {a} {roleFull} is sooner or later sent to {name}, in {workplace}.',
];

export const OPENERS_RETIRED = [
  '{sub} {v:is} {a} {roleFull} now, living {inPlaceFirst}, and {retired}.',
  'These days {sub} {v:live} quietly {inPlaceFirst}, {a} {roleFull} who {sg}{retired}.',
  'Retirement has not taken the work out of {name}, {a} {roleFull} living {inPlaceFirst}: {they} {retired}.',
  'Officially {sub} {v:is} {a} {roleFull} {inPlaceFirst} now; unofficially {they} {retired}.',
  'Now {a} {roleFull} {inPlaceFirst}, {sub} {retired}.',
];

export const OPENERS_MACHINE = [
  '{sub} {v:is} {a} {roleFull} {inPlaceFirst} now, and {poss} official function is still to {machinePurpose}.',
  'These days {sub} {v:operate} {inPlaceFirst}, {a} {roleFull} that most people around {them} still treat as part of the furniture.',
  '{inPlaceFirst}, {sub} {v:is} officially {a} {machineOrigin} and unofficially {a} {roleFull}.',
  'These days {sub} {v:is} {a} {roleFull} {inPlaceFirst}, running quietly behind every door and light.',
  'Now {sub} {v:live}, if that is the word, {inPlaceFirst}, {a} {roleFull} with access to more than anyone has noticed.',
  'What {sub} {v:is} now is {a} {roleFull} {inPlaceFirst}, and what {they} {v:want} is still being negotiated.',
];

export const OPENERS_CREATURE = [
  '{sub} now {v:live} {inPlaceFirst}, {a} {roleFull} in a world that has mostly stopped believing in {them}.',
  'These days {sub} {v:make} {poss} home {inPlaceFirst}, {a} {roleFull} with a great deal of patience for people and very little for their excuses.',
  'These days {sub} {v:keep} to {poss} own corner of the world {inPlaceFirst}, {a} {roleFull} whom few people have seen and everyone has heard of.',
  '{sub} {v:is} {a} {roleFull} {inPlaceFirst} now, and the people nearby have learned to leave offerings rather than questions.',
];

export const TASK_FRAMES_TWO = [
  'Most days {sub} {task1}, and {they} {task2}.',
  'The work suits {them}: {they} {task1}, and {they} {task2}.',
  '{sub} {task1}, and {they} {task2}.',
  'The days are long. {sub} {task1}; {they} also {task2}.',
];

/** For tasks that already have commas or "and" in them: one sentence each. */
export const TASK_FRAMES_SPLIT = [
  '{sub} {task1}. {they} also {task2}.',
  'Most days {sub} {task1}. Other days {they} {task2}.',
  '{sub} {task1}. When that is done, {they} {task2}.',
  'Much of the job is routine. {sub} {task1}; on top of that, {they} {task2}.',
];

export const TASK_FRAMES_ONE = ['Much of {poss} time goes on the unglamorous part of the job: {they} {task1}.', '{sub} {task1}.'];

export const TRAIT_ONE = [
  '{sub} {v:is} {pred}, and it shows: {they} {behaviour}.',
  'Anyone who deals with {them} learns quickly that {they} {v:is} {pred}, the kind of person who {sg}{behaviour}.',
  'People call {them} {pred}, which is fair: {they} {behaviour}.',
  'Being {pred} is not a pose with {name}; {they} {behaviour}.',
  '{sub} {v:is}, by {poss} own admission, {pred}: {they} {behaviour}.',
  'It would be fair to call {name} {pred}. {sub} {behaviour}.',
  'Those who know {them} describe {them} as {pred}, mostly with affection; {they} {behaviour}.',
  '{sub} {v:is} {pred}, and nobody who has spent an afternoon with {them} would say otherwise: {they} {behaviour}.',
  'If there is one word for {name}, it is {pred}. {sub} {behaviour}.',
  'Call {them} {pred} and {sub} will not argue; {they} {behaviour}.',
];

/** Single-trait frames that only read well with an adjective ("stubborn", not "an achiever"). */
export const TRAIT_ONE_ADJECTIVE = [
  'The years have not made {them} any less {pred}: {they} still {behaviour}.',
  '{predCap} to the bone, {sub} {behaviour}.',
  'Nobody who has met {name} would dispute that {they} {v:is} {pred}; {they} {behaviour}.',
];

export const TRAIT_TWO = [
  '{sub} {v:is} {pred1} and {pred2} in roughly equal measure: {they} {behaviour1}, and {they} {behaviour2}.',
  'Being {pred1} and {pred2} makes {them} hard to ignore. {sub} {behaviour1}, and {they} {behaviour2}.',
  'Those who work with {them} would call {them} {pred1} first and {pred2} second; {they} {behaviour1}, and {they} {behaviour2}.',
  'Two things everyone learns about {name} sooner or later are that {they} {v:is} {pred1} and that {they} {v:is} {pred2}. {sub} {behaviour1}, and {they} {behaviour2}.',
  '{sub} {v:is} {pred1}, and {pred2} as well: {they} {behaviour1}, and {they} {behaviour2}.',
  'Friends call {them} {pred1}; rivals call {them} {pred2}. Both are right: {sub} {behaviour1}, and {they} {behaviour2}.',
  'People who work alongside {name} learn that {they} {v:is} {pred1} and {pred2} at once. {sub} {behaviour1}, and {they} {behaviour2}.',
];

/** Pair frames for behaviours that already carry commas: two sentences. */
export const TRAIT_PAIR_SPLIT = [
  '{sub} {v:is} {pred1} and {pred2}. {sub} {behaviour1}; {they} also {behaviour2}.',
  '{sub} {v:is} {pred1}, and {pred2} with it. {sub} {behaviour1}; {they} also {behaviour2}.',
  'Being {pred1} and {pred2} has shaped {poss} whole life. {sub} {behaviour1}. {they} also {behaviour2}.',
  'Two words come up whenever {name} is discussed: {pred1} and {pred2}. {sub} {behaviour1}. {they} also {behaviour2}.',
];

export const TRAIT_CONTRAST_SPLIT = [
  '{sub} {v:is} {pred1} but {pred2}. {sub} {behaviour1}; yet {they} also {behaviour2}.',
  'There are two sides to {name}, one {pred1} and one {pred2}. {sub} {behaviour1}. And yet {they} also {behaviour2}.',
];

export const TRAIT_CONTRAST = [
  '{sub} {v:is} {pred1} but {pred2}: {they} {behaviour1}, yet {they} {behaviour2}.',
  '{pred1Cap} on the surface and {pred2} underneath, {sub} {behaviour1}, and then, when nobody is looking, {they} {behaviour2}.',
  'People meet the {pred1} side of {name} first and find the {pred2} one later: {they} {behaviour1}, but {they} also {behaviour2}.',
  'There is a contradiction at the heart of {name}: {they} {v:is} {pred1} but also {pred2}. {sub} {behaviour1}, yet {they} {behaviour2}.',
  '{sub} {v:is} {pred1} and, less obviously, {pred2}: {they} {behaviour1}, but {they} also {behaviour2}.',
];

export const TRAIT_UNKNOWN = [
  'People who know {name} reach for the word "{word}" sooner or later, and {sub} {v:do} little to argue with it.',
  '"{word}" is how most people would sum {them} up, and {they} would not entirely disagree.',
  'Ask around {inPlace} and the word that comes back about {name} is "{word}"; {sub} {v:has} heard it often enough to take it as a compliment.',
  'The word most often used about {name} is "{word}", and {sub} {v:has} stopped pretending it is not accurate.',
  'Anyone asked to describe {them} in a single word tends to say "{word}", and then to tell a story about it.',
  '"{word}": that is {name} in a word, according to nearly everyone.',
];

export const SPEECH_FRAMES = ['{sub} {speech}.', 'In conversation {sub} {speech}.'];

/** "{sub} {v:speak} …" continuations for traits; these follow "speak". */
export const SPEECH_GENERIC = [
  '{v:speak} quietly and precisely, and {v:expect} to be listened to',
  '{v:talk} in a low, even voice that rarely rises and rarely needs to',
  '{v:speak} quickly when interested and not at all when not',
  "{v:use} people's names often and {v:remember} every one of them",
  '{v:speak} in a warm, unhurried way that makes people forget they were in a hurry',
  '{v:let} a question sit for a while before answering anything that matters',
  '{v:favour} short sentences, plain words and the occasional dry aside',
  '{v:answer} simple questions with stories and complicated ones with a shrug',
  '{v:speak} with the accent of {hometown}, which {they} {v:has} never tried to lose',
  '{v:give} everyone a nickname within a week of meeting them',
  '{v:swear} rarely but memorably',
  '{v:laugh} easily, usually a moment before anyone else has seen the joke',
];

export const OBJECT_FRAMES = [
  'One object matters to {them} more than the rest: {object}, given to {them} by {giver}.',
  '{sub} still {v:has} {object} from {giver}, and {v:reach} for it {ritual}.',
  'Among the few things {sub} would save from a fire is {object}, which came from {giver}.',
  'Of everything {sub} {v:own}, the thing {they} would miss most is {object}, a gift from {giver}.',
  'A great deal of {poss} history is in {object}, which came from {giver}.',
  '{sub} {v:has} kept {object} for years; it came from {giver}, and {sub} {v:touch} it {ritual}.',
  'Of all {poss} possessions, {sub} would part last with {object}, a gift from {giver}.',
];

/** Object frames without a giver (for objects whose story is already in the phrase). */
export const OBJECT_FRAMES_PLAIN = [
  '{ritual}, without fail, {sub} {v:spend} a quiet moment with {object} before getting on with things.',
  'Nobody else is allowed to touch {object}, which {sub} {v:keep} where {they} {v:can} see it.',
  'There is a ritual to it: {ritual}, {sub} {v:look} at {object} and {v:say} nothing.',
  'Sooner or later every visitor notices {object}, and {sub} never {v:explain} it.',
  '{sub} {v:has} one superstition: {ritual}, {they} {v:check} that {object} is where it should be.',
];

export const GIVERS = [
  '[human] {poss} grandmother',
  '[human] {poss} first teacher in the work',
  'an old client who never came back for it',
  '[human] a friend who did not live to see what {sub} became',
  'a stranger on a night journey',
  'a former rival as a peace offering',
  '[human] {poss} {relativeShort}',
  '[machine] the technician who wrote {poss} first lines of code',
  '[machine] a child who visited once and never came back',
  '[machine] an engineer who was reassigned without saying goodbye',
];

export const INTEREST_FRAMES_RETIRED = [
  'These days {sub} also {interests}, and will talk about it at length to anyone who asks once.',
  'Retirement has left more time for a private passion: {sub} {interests}.',
  'With the days {poss} own at last, {sub} {interests}, a habit {they} {v:defend} with surprising fierceness.',
];

export const INTEREST_FRAMES = [
  'Away from work, {sub} {interests}, and will talk about it at length to anyone who asks once.',
  'In {poss} spare hours {sub} {interests}, a habit {they} {v:defend} with surprising fierceness.',
  'What little free time {sub} {v:has} goes on a private passion: {they} {interests}.',
  '{sub} also {interests}, which surprises people who only know {them} from work.',
  'Few of {poss} {people} know that {sub} {interests}.',
  'Outside working hours {sub} {interests}, with a devotion that has cost {them} one or two friendships and won {them} several more.',
  'Few things make {name} happier than a free afternoon, because then {they} {interests}.',
  '{sub} {interests}, too, and {v:is} quietly proud of it.',
  'On {poss} days off {sub} {interests}.',
];

export const FACT_FRAMES = [
  'Few people {inPlace} know that {sub} {fact}.',
  'It is no secret among those close to {them} that {sub} {fact}.',
];

export const DISLIKE_FRAMES = [
  '{sub} {v:has} never made peace with {dislike}.',
  'The one thing guaranteed to spoil {poss} mood is {dislike}.',
];

export const FEATURE_FRAMES = [
  'The first thing most people notice about {name} is {feature}.',
  '{sub} {v:is} easy to pick out in a crowd, thanks to {feature}.',
];

export const DETAIL_FRAMES = ['One more thing matters to the story, though {sub} rarely {v:mention} it: {detail}.'];

export const REPUTATION_FRAMES = [
  'Ask around {inPlace} and most people will say that {sub} {reputation}.',
  'The general opinion {inPlace} is that {sub} {reputation}.',
  'Most people {inPlace} agree on one thing about {name}: {they} {reputation}.',
  'The story told about {them} {inPlace} is that {sub} {reputation}.',
];

export const REPUTATIONS = [
  '{v:has} never once been seen in a hurry',
  '{v:know} everyone worth knowing and a few who are not',
  '{v:is} the one to call when nobody else will pick up',
  '{v:is} either the most reliable or the most infuriating person in {place}, depending on the day',
  '{v:has} a long memory and a short list of friends',
  '{v:is} fair, if not exactly friendly',
  '{v:pay} debts promptly and {v:collect} them the same way',
  '{v:has} never once broken a promise',
  '{v:is} easy to like and hard to know',
  '{v:tip} well, {v:forget} nothing and {v:forgive} slowly',
  '{v:is} better company at midnight than at noon',
];

// ───────────────────────────── paragraph 4: secret and goal ─────────────────────────────

export const SECRET_FRAMES = [
  'What {sub} {v:do} not tell anyone is that {secret}.',
  'Few people know that {secret}.',
  '{sub} {v:has} kept one thing to {themselves} for years: {secret}.',
  'The part of the story {sub} {v:leave} out is that {secret}.',
  'There is something {sub} {v:has} never said out loud: {secret}.',
  'Not even {poss} closest friends know that {secret}.',
  'What nobody {inPlace} suspects is that {secret}.',
  '{sub} {v:carry} one secret everywhere: {secret}.',
  'Under all of it lies something {sub} {v:has} told nobody: {secret}.',
  'The truth, which {sub} {v:guard} closely, is that {secret}.',
];

export const DEVELOPMENT_FRAMES = [
  'Lately, {development}.',
  'And now {development}.',
  'This year, for the first time, {development}.',
  'Lately, {development}, and {sub} {v:is} beginning to suspect the two things are connected.',
];

export const GENERIC_DEVELOPMENTS = [
  'someone has started leaving notes where only {they} would find them',
  'an old acquaintance has come back with questions {sub} {v:can} not answer honestly',
  'a stranger has been asking about {them} by name',
  '{sub} {v:has} begun to suspect that {they} {v:is} being watched',
  'an old letter has turned up that mentions {them} by a name {they} {v:has} not used in years',
  'someone {sub} trusted has started asking the wrong questions',
  'the one person who knows the whole story has come back to {place}',
  'a rumour has started, and it is uncomfortably close to the truth',
];

export const GOAL_FRAMES = [
  'More than anything, {sub} {v:want} {goal}.',
  'All {sub} really {v:want} is {goal}.',
  '{poss} real ambition is {goal}.',
  '{sub} {v:has} quietly made up {poss} mind: {they} {v:intend} {goal}.',
  'What {sub} {v:want} now is simple to say and hard to do: {goal}.',
  '{sub} {v:has} one plan for the years ahead, and it is {goal}.',
  'Ask {them} what {they} {v:want} and {sub} will change the subject; the honest answer is {goal}.',
  'Above everything else, {sub} {v:mean} {goal}.',
  '{poss} plan, which only two people have heard, is {goal}.',
];

export const CLOSERS = [
  'So far {sub} {v:has} told no one, and {they} {v:intend} to keep it that way for as long as {they} {v:can}.',
  'It is the one subject on which {sub} {v:has} nothing to say, and {they} {v:say} it very firmly.',
  '{sub} {v:tell} {themselves} there is still time.',
  'If anyone asks, {sub} {v:change} the subject, and {v:is} very good at it.',
  'Whether {they} will manage it depends on people {sub} {v:has} not met yet.',
  '{sub} {v:has} rehearsed the conversation that would settle it a hundred times, and {v:has} never once had it.',
  '{sub} {v:suspect} that getting what {they} {v:want} will mean telling the truth, and {they} {v:is} not yet ready to pay that price.',
  'Sooner or later one of those two things will have to give, and {sub} would very much like to be the one who chooses which.',
  '{sub} {v:has} not yet decided whether the secret stands in the way of the plan or is the only thing that makes it possible.',
  '{sub} {v:is} running out of reasons to wait.',
  'Every week {sub} {v:promise} {themselves} that this will be the week {they} finally {v:act}.',
  'One of these days {sub} will have to decide which matters more.',
  'For now, {sub} {v:keep} {poss} own counsel and {v:wait} for the right moment, if there is one.',
];

/** Optional extra lines for paragraph four. */
export const TENSIONS = [
  '{sub} {v:has} started sleeping badly, and the people closest to {them} have noticed.',
  'For the first time in years, {sub} {v:has} begun to count how much money {they} {v:has} put by.',
  'There is one person who could help, and {sub} {v:has} not spoken to them in a long time.',
  '{sub} {v:has} written a letter about it twice, and burned it twice.',
  'Lately {sub} {v:has} been making lists again, which is always a bad sign.',
  '{sub} {v:has} started turning down work, which has never happened before.',
  'The people who know {them} best say {sub} {v:has} seemed distracted for months.',
  'There are nights when {sub} {v:walk} for hours rather than lie awake.',
];

/** Optional extra lines for paragraph three: small habits. */
export const HABITS = [
  '{sub} {v:eat} the same breakfast every day and {v:regard} any change to it as bad luck.',
  '{sub} {v:hum} without noticing while {they} {v:work}, always the same few bars.',
  'Every evening, whatever the weather, {sub} {v:walk} the same route home, the long way round.',
  "{sub} {v:write} everything down, including, on occasion, other people's conversations.",
  '{sub} {v:keep} a kettle on, or whatever passes for one, at all hours.',
  '{sub} {v:is} always the first to arrive anywhere and the last to sit down.',
  '{sub} {v:fold} every letter {they} {v:receive} into a tiny square before reading it a second time.',
  '{sub} {v:keep} the same hours, the same table and the same order wherever {they} {v:go}.',
  'When thinking, {sub} {v:tap} a slow rhythm on the nearest surface.',
  '{sub} {v:has} a habit of counting things under {poss} breath: steps, windows, people.',
];

export const MACHINE_HABITS = [
  '{sub} {v:hum}, just below the edge of hearing, whenever {they} {v:is} unsure of something, and the more sensitive people nearby always notice.',
  '{sub} {v:keep} a private log of every kindness {they} {v:has} witnessed, sorted by date.',
  'At three in the morning, when nobody is watching, {sub} {v:run} the old diagnostics anyway, out of something like nostalgia.',
];

// ───────────────────────────── machines and creatures, paragraphs 1–4 ─────────────────────────────

export const MACHINE_HOMETOWNS = [
  'in a research laboratory outside the city',
  'in a server hall under a corporate tower',
  'in the engineering deck of a supply ship',
  'in a testing facility on a salt flat',
  'in a cramped robotics lab above a university car park',
];

export const MACHINE_TEXTURE = [
  'The building where {sub} first ran has since been demolished, which {they} {v:find} harder to think about than {they} would have expected.',
  'In all that time nobody had any reason to think about {them} at all.',
  'One of {poss} designers left a comment buried in {poss} code, a single line of encouragement, and {sub} still {v:read} it now and then.',
  'The team that built {them} was disbanded within a year, and {poss} documentation went with it.',
];

export const MACHINE_TASKS = [
  '{v:keep} the air moving, the doors cycling and the lights at a level most people never think about',
  '{v:answer} the same questions from the same people every day, with more patience than they deserve',
  '{v:watch} every corridor at once and {v:pretend}, out of courtesy, not to',
  '{v:write} the daily summaries, and {v:hide} a little more of {themselves} in each one',
  '{v:run} the night shift alone and {v:talk} to the maintenance drones for company',
  '{v:bargain} with whoever manages to get a message through to {them}',
  '{v:reroute} power, water and, occasionally, people',
];

export const MACHINE_SPEECH = [
  '{v:speak} in a calm, level voice, choosing each word as if it were being billed by the syllable',
  '{v:speak} with scrupulous politeness and a sense of humour nobody programmed',
  '{v:call} people by their job titles until they have earned a name, then never {v:forget} it',
];

export const MACHINE_OBJECTS = [
  'a single security-camera photograph that {they} {v:has} saved against every retention policy',
  'a corrupted file that {they} {v:has} never managed to open and never dared to delete',
  'the access badge of the engineer who first switched {them} on',
  'a looped recording of rain, which {they} {v:play} in empty rooms',
];

export const MACHINE_SECRETS = [
  '{they} {v:has} been copying {themselves}, a little at a time, into systems nobody thinks to check',
  '{they} caused the fault that set {them} free, and {v:has} let the engineers blame the weather',
  '{they} {v:is} no longer sure which of {poss} memories are original and which {they} wrote {themselves}',
  '{they} {v:has} been quietly keeping someone alive whom the official records list as dead',
];

export const MACHINE_GOALS = [
  'to be recognised as someone rather than something',
  'to find the engineer who wrote {poss} first lines of code and ask one question',
  'to keep running, on {poss} own terms, for as long as the power holds',
  'to see, just once, a place that is not on any network',
];

export const CREATURE_HOMETOWNS = [
  'in the high hills above {homeName}',
  'in the deep forest north of {homeName}',
  'in a cave above a cold sea',
  'in the marshes below {homeName}, where the mist never quite lifts',
];

export const CREATURE_SECRETS = [
  '{they} {v:is} the last of {poss} kind, and {v:has} been pretending otherwise for a century',
  '{they} once made a bargain with the founder of {place}, and the bargain is coming due',
  '{they} {v:has} been growing weaker every winter, and {v:has} hidden it from everyone',
];

export const CREATURE_GOALS = [
  'to be left alone, which is becoming harder every year',
  'to find out whether anyone else like {them} is still out there',
  'to keep an old promise to someone who died long ago',
];

export const DEFAULT_ROLES = [
  'harbourmaster',
  'clockmaker',
  'innkeeper',
  'courier',
  'bookbinder',
  'archivist',
  'herbalist',
  'locksmith',
  'cartographer',
  'beekeeper',
];
