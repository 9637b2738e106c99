/**
 * Phrase banks per occupational field. A leading "[tag tag]" limits a phrase to some genres
 * (fantasy, scifi, modern, historical, nautical, western, postapoc, neutral) and/or kinds of
 * character (human, machine, creature).
 *
 * Slots:
 * - calling: a past-tense clause, the moment that drew them to the work.
 * - training: a whole past-tense sentence about learning the work.
 * - mentor: a noun phrase; lesson: what the mentor taught ("taught {them} …").
 * - first: a past participle phrase after "had" ("won {their} first case …").
 * - workplace: a noun phrase after "out of" / "from".
 * - tasks: present-tense verb phrases starting with a verb token.
 * - objects: a noun phrase with its article; ritual: "before every hearing".
 * - secret: a clause after "that"; goal: an infinitive ("to …").
 * - early: a childhood clause that already pointed to the work.
 * - speech: a verb phrase on how they talk; retired: a verb phrase on life after the work.
 * - traits: trait keys that suit the work, used when the description names none.
 * - people: whom the work serves.
 */

import type { Field } from '../occupations';

export type FieldBank = {
  calling: string[];
  training: string[];
  mentor: string[];
  lesson: string[];
  first: string[];
  workplace: string[];
  tasks: string[];
  objects: string[];
  ritual: string[];
  secret: string[];
  goal: string[];
  early: string[];
  speech: string[];
  retired: string[];
  traits: string[];
  people: string[];
};

export const FIELD_BANKS: Record<Field, FieldBank> = {
  law: {
    calling: [
      'a court-appointed lawyer with a frayed cuff talked a judge out of a ruinous fine in under four minutes',
      "a landlord's lawyer took apart {poss} family's complaint in a single afternoon without once raising his voice, and {sub} resolved to learn how it was done",
      'an old court clerk showed {them} how one misplaced comma had set a guilty man free',
      'an innocent man was convicted on the word of one confident liar while {sub} watched from the public gallery, and {they} walked out knowing what {they} wanted to do about it',
      '[fantasy historical neutral] a magistrate settled a feud between two families with nothing but an old deed and a steady voice',
      "[modern] a legal-aid volunteer spent a whole evening at {their} family's kitchen table, reading every line of a lease out loud",
    ],
    training: [
      '{sub} took night classes for five years, paying for them by proofreading contracts at a rate per page that did not bear thinking about.',
      '[modern] {sub} won a scholarship nobody expected {them} to win, finished near the top of {their} class, and failed the bar exam the first time out of sheer nerves.',
      '{sub} clerked for a judge who read every brief with a red pencil and returned most of them covered in it.',
      "[fantasy historical neutral] {sub} apprenticed to a scrivener in the magistrates' quarter and copied deeds for four years, until {they} could tell a forged seal from a true one by the feel of the wax.",
      '{sub} spent {their} early twenties in a law library {they} could barely afford to belong to, reading old cases until the cleaners switched off the lights.',
    ],
    mentor: [
      '[modern] an ageing public defender with nicotine-yellow fingers',
      'a retired judge who still wore his robe to breakfast on Sundays',
      'a formidable senior partner who claimed never to have lost a case she believed in',
      '[fantasy historical neutral] an old advocate who argued before the high court with his hat on',
    ],
    lesson: [
      'that the other side is always more frightened than it looks',
      'to read the last page of every contract first',
      'that one good question is worth three good answers',
      'never to ask a witness anything {they} did not already know the answer to',
    ],
    first: [
      'won {their} first case against a firm with forty partners and a marble lobby',
      'argued a case all the way to the court of appeal and won it on a footnote',
      'talked a landlord out of evicting an entire building',
      'kept a frightened teenager out of prison with an alibi nobody else had bothered to check',
    ],
    workplace: [
      'a two-room practice above {aboveShop}',
      '[modern] a glass-walled office on the thirty-first floor of a tower that hums at night',
      '[modern] a corner office that smells of toner and cold coffee',
      'a cramped set of chambers lined floor to ceiling with law reports',
      "[fantasy historical neutral] a narrow chamber in the advocates' hall, lit by one tall window",
    ],
    tasks: [
      '{v:read} contracts until the clauses start arguing with each other',
      '{v:prepare} cross-examinations on index cards, one question to a card',
      '{v:take} on more cases than anyone is paying for',
      "{v:spend} mornings in court and evenings rewriting the next day's arguments",
      '[modern] {v:meet} nervous clients in the café downstairs, because the office frightens them',
      '{v:negotiate} settlements that the other side later wishes it had read more carefully',
    ],
    objects: [
      'a fountain pen with a cracked barrel',
      "a battered leather briefcase with someone else's initials on the clasp",
      'a framed copy of the first judgment {they} ever won',
      '[modern] a stress ball shaped like a gavel and squeezed almost flat',
      'a pocket edition of the criminal code annotated in three colours of ink',
    ],
    ritual: ['before every hearing', 'before signing anything', 'whenever a jury files back in'],
    secret: [
      '{they} once buried a document that would have won a case, because winning it would have ruined the wrong person',
      '{poss} most famous victory rested on a witness {they} privately {v:believe} was lying',
      '{they} {v:has} been quietly gathering evidence against the biggest client {they} {v:has} ever had',
    ],
    goal: [
      "to put {their} own name on a firm's front door before {they} {v:turn} fifty",
      'to reopen the one case {they} lost and should have won',
      'to argue, just once, before the highest court in the land',
    ],
    early: [
      "at ten {they} drew up a written contract for a neighbour's lemonade stand, complete with a penalty clause",
      'at eleven {they} overturned a school detention on a point of procedure',
      'at nine {they} defended a younger cousin at a family tribunal over a broken vase and won an acquittal',
    ],
    speech: [
      '{v:speak} in complete, carefully built sentences, as if every one of them might be read back in court',
      '{v:answer} most questions with a precise "it depends", then {v:explain} exactly on what',
    ],
    retired: [
      'still {v:read} the law reports every morning over breakfast, out of habit',
      '{v:give} neighbours free advice on the strict condition that nobody calls it advice',
    ],
    traits: ['stubborn', 'clever', 'achiever'],
    people: ['clients'],
  },

  medicine: {
    calling: [
      "a tired nurse held {their} grandmother's hand through the worst night of a fever and never once looked at the clock",
      "{sub} kept pressure on a stranger's wound at a roadside until help came, and found that {their} hands did not shake",
      "a travelling doctor set a neighbour's broken leg on the kitchen table while {sub} held the lamp",
      'a sickness went through the street and {sub} noticed, before any grown-up did, which houses had drawn their water from the same well',
      '[fantasy historical neutral] an old herb-woman brought {their} baby brother back from a fever with nothing but willow bark and stubbornness',
    ],
    training: [
      '{sub} worked double shifts as an orderly to pay for {their} training and learned more from the night nurses than from any textbook.',
      '[modern scifi] {sub} spent six years on the night shift of a city emergency room, where the only rule that mattered was to keep moving.',
      '[fantasy historical neutral western] {sub} apprenticed to a physician who believed in clean hands, boiled water and very little else, and was right more often than his rivals.',
      '{sub} learned anatomy from borrowed books and practice from whoever came to the door, which taught {them} to work fast and to say little.',
      '{sub} studied under a surgeon who made {them} tie knots one-handed until {they} could do it in the dark.',
    ],
    mentor: [
      'a bad-tempered surgeon with the steadiest hands in the region',
      'a midwife who had delivered half the town, including {them}',
      '[modern scifi] a senior nurse who ran the night ward like a ship',
      '[fantasy historical neutral] an old healer who kept her remedies in mismatched jam jars',
    ],
    lesson: [
      'that frightened patients lie about how much it hurts',
      'to treat the person first and the chart second',
      'that most cures are mostly rest, and that nobody wants to hear it',
      'to wash {their} hands even when it seems ridiculous, especially then',
    ],
    first: [
      'delivered twins in the back of a moving cart',
      'saved a life {they} {v:was} told could not be saved',
      'run a ward single-handed through a night of a hundred casualties',
      'talked a frightened patient off a ledge, literally, in the middle of a storm',
    ],
    workplace: [
      'a small surgery with a bell over the door and a waiting room that is never quite empty',
      '[modern scifi] a humming clinic where the lights never fully go off',
      '[fantasy historical neutral western] a whitewashed infirmary at the end of a lane, with herbs drying over the door',
      'a converted shopfront above {aboveShop}',
      '[scifi postapoc] a field clinic patched together from salvaged panels and stubbornness',
    ],
    tasks: [
      "{v:stitch} up the results of other people's bad decisions, usually at night",
      '{v:make} house calls nobody else will make, to streets nobody else will walk down',
      '{v:keep} careful notes on every patient in a hand only {they} can read',
      '{v:argue} with suppliers, families and occasionally death, and {v:win} more often than not',
      '{v:check} on former patients long after they stopped being patients',
      '{v:mix} remedies and explain them twice, because frightened people never hear it the first time',
    ],
    objects: [
      'a dented steel stethoscope',
      'a leather roll of instruments that {they} {v:clean} and {v:put} back in the same order every night',
      'a small notebook listing every patient {they} could not save',
      '[fantasy historical neutral] a mortar and pestle worn smooth by three generations of use',
      'a pocket watch that runs four minutes fast on purpose',
    ],
    ritual: ['before every operation', 'at the end of every shift', 'whenever a patient is brought in bleeding'],
    secret: [
      '{they} once made a mistake on a night shift that cost a life, and {they} {v:has} never told anyone whose',
      '{they} {v:has} been treating people the authorities would very much like to find',
      '{they} {v:has} been quietly using {their} own supplies to keep a clinic open that officially closed a year ago',
    ],
    goal: [
      'to open a free clinic in the poorest corner of the district',
      'to train a successor before {their} hands start to go',
      'to find out what is really making so many people sick',
    ],
    early: [
      "at eight {they} set a sparrow's broken wing with a matchstick and a strip of ribbon",
      'at ten {they} bandaged every doll in the house and kept a chart of their recovery',
      "at nine {they} calmly walked a cousin with a split lip to the doctor's door while the adults were still shouting",
    ],
    speech: [
      '{v:speak} calmly and plainly, with the habit of checking that the listener has understood before going on',
      "{v:talk} to frightened people in a low, unhurried voice that somehow slows everyone's breathing",
    ],
    retired: ['still {v:get} knocks on the door at night, and still {v:answer} every one', '{v:keep} a bag packed by the door, in case'],
    traits: ['patient', 'kind', 'hardworking'],
    people: ['patients'],
  },

  craft: {
    calling: [
      'an old {roleHead} let {them} hold a finished piece, and {sub} felt the weight of a thing made properly for the first time',
      '{sub} watched a travelling craftsman mend in ten minutes something the whole family had written off as broken',
      'the only thing to survive the fire was a piece of work made by {their} great-grandparent, still perfectly sound',
      '{sub} took apart a broken tool to see how it worked and discovered, putting it back together, that {they} could make it better',
      'a neighbour paid {them} for a small repair, the first money {sub} ever earned with {their} hands',
    ],
    training: [
      '{sub} served a seven-year apprenticeship under a master who paid in meals and criticism, and was generous with both.',
      '{sub} learned the trade by sweeping a workshop floor for two years before anyone let {them} touch a tool.',
      '{sub} taught {themselves} from a single battered manual and a great many ruined pieces, which {they} still {v:keep} as a warning.',
      '{sub} travelled from workshop to workshop for three years, working for bed and board and stealing every good technique {they} saw.',
      "{sub} took over a dead master's workshop at twenty, along with his debts, his tools and his difficult customers.",
    ],
    mentor: [
      'a one-eyed master who judged every piece by touch alone',
      'an elderly craftswoman who had not made a careless thing in fifty years',
      'a taciturn uncle who communicated mainly by pointing',
      'a master whose work still stands in half the buildings in town',
    ],
    lesson: [
      'that a thing done quickly is done twice',
      'to listen to the material before arguing with it',
      'that the part nobody sees is the part that matters',
      'to sweep up at the end of every day, however late it is',
    ],
    first: [
      'finished a masterpiece that the guild could find nothing wrong with, though they looked for a week',
      'sold {their} first piece to a customer who came back for ten more',
      'rebuilt an heirloom everyone else had said was beyond repair',
      'earned enough from one commission to buy {their} own tools outright',
    ],
    workplace: [
      'a low workshop at the end of a yard, warm all year round',
      'a narrow shop with a half-door that stays open in all weathers',
      'a workshop built onto the back of {their} house, which has slowly eaten most of the house',
      '[modern] a rented unit under a railway arch that shakes every twenty minutes',
      '[fantasy historical neutral western] a stone workshop by the river, where the water turns the wheel that turns everything else',
    ],
    tasks: [
      '{v:work} from before dawn until the lamps are lit, and {v:resent} every interruption except a good commission',
      '{v:turn} out pieces that outlast their owners, which {they} {v:consider} the only sensible standard',
      '{v:repair} what others have botched and {v:charge} extra for the insult',
      '{v:refuse} work from customers who want it fast more than they want it right',
      '{v:train} one apprentice at a time and {v:make} each of them start with the broom',
      '{v:sign} every finished piece in a place no customer will ever find',
    ],
    objects: [
      'a hammer whose handle has been replaced four times and whose head never has',
      'a set of chisels wrapped in oiled cloth',
      'a scorched and patched leather apron older than most of {their} customers',
      'the crooked little first piece {they} ever finished',
      'a notebook of measurements in a system nobody else understands',
    ],
    ritual: ['before starting any new piece', 'at the end of every working day', 'before handing over a commission'],
    secret: [
      '{their} best-known piece was actually finished by {their} old master, and {they} {v:has} let everyone believe otherwise',
      '{they} {v:has} quietly made copies of a famous piece, good enough that even the owner could not tell',
      '{they} {v:do} not see fine detail as well as {they} once did, and {v:has} told no one',
    ],
    goal: [
      'to make one truly perfect thing before {they} die',
      'to find an apprentice worth leaving the workshop to',
      'to recover a technique that died with {their} teacher',
    ],
    early: [
      'at eight {they} carved a working spoon from a piece of firewood and would not let anyone else use it',
      "at ten {they} mended the neighbours' broken things for a copper each, and did not get a single complaint",
      'at seven {they} dismantled a door lock to see how it worked, and reassembled it with one piece left over',
    ],
    speech: [
      '{v:talk} about the work in exact, practical terms and about almost everything else in grunts',
      '{v:speak} slowly, with {their} hands, and {v:distrust} anyone who talks faster than they work',
    ],
    retired: [
      'still {v:go} out to the workshop every morning, if only to sharpen tools nobody is using',
      '{v:judge} every made thing {they} {v:pick} up, out loud, whether the owner asked or not',
    ],
    traits: ['stubborn', 'perfectionist', 'quiet'],
    people: ['customers'],
  },

  sea: {
    calling: [
      'a storm drove a ship onto the rocks within sight of the harbour, and {sub} watched a single pilot boat bring every sailor home',
      "{sub} found {their} grandfather's logbook in a sea chest and read it by candlelight until the candle gave out",
      'a captain let {them} take the wheel for ten minutes in a following sea, and {sub} never really came ashore again',
      'the fishing fleet came back one boat short, and {sub} understood that the sea was not a thing to be afraid of but a thing to know',
      'a ship in full sail came round the headland at dawn, and {sub} stopped pretending {they} wanted any other life',
    ],
    training: [
      '{sub} signed on as a deckhand at fifteen, learned to splice rope with frozen fingers, and worked aft one hard season at a time.',
      '{sub} spent six years before the mast, learned the stars from a cook who had once been a navigator, and passed every examination on the first attempt.',
      '{sub} crewed on whatever would take {them}: trawlers, coasters, a leaking schooner that should have been scrapped, and one memorable smuggler.',
      '{sub} learned the coast by heart, every rock, light and tidal race, until {they} could find {their} way home by the smell of the water.',
      '{sub} served on a grain ship round the southern cape, which taught {them} more about fear and patience than anything before or since.',
    ],
    mentor: [
      'a one-eyed bosun who could smell weather two days off',
      'a soft-spoken master who had brought three ships through hurricanes',
      'an old harbour pilot who knew every sandbar by name',
      "a ship's cook who had once been the finest navigator on the coast",
    ],
    lesson: [
      'that the sea forgives nothing and forgets everything',
      'to trust the barometer over the captain',
      'that a crew will follow a calm voice further than a loud one',
      'to check the knots a second time, always',
    ],
    first: [
      'brought a crippled ship home through a week of gales',
      'made first mate before {their} twenty-fifth birthday',
      'sailed {their} own command into a harbour that had never seen a ship that size',
      'found a passage through the reefs that the charts said did not exist',
    ],
    workplace: [
      'the deck of {a} {vessel}',
      'a harbour office that smells of tar and wet wool',
      'the wheelhouse of {a} {vessel}',
      'a weathered cottage on the quay with a telescope in the window',
    ],
    tasks: [
      '{v:read} the sky before breakfast and the charts after it',
      '{v:keep} the log in tidy block capitals and {v:let} nobody else touch it',
      '{v:check} every line, sail and hatch before any voyage, however short',
      '{v:haggle} with harbourmasters, chandlers and customs men in four languages',
      '{v:know} every bar on the waterfront and which of them will serve a crew after midnight',
      '{v:take} the noon sight even in harbour, out of habit',
    ],
    objects: [
      'a brass sextant older than anyone aboard',
      'a salt-stained oilskin that has outlived three owners',
      'a chart of the coast covered in pencilled corrections',
      'a small whalebone compass that has never once pointed wrong',
      'a sea chest with a false bottom',
    ],
    ritual: ['before every voyage', 'whenever the wind backs', 'on the first night out of harbour'],
    secret: [
      '{they} once sailed past a ship in distress because stopping would have cost the cargo, and the ship was never heard from again',
      '{they} {v:has} a second set of logbooks that record where the ship actually went',
      'the island on {their} private chart appears on no official one, and {they} {v:know} it is there',
    ],
    goal: [
      'to find the wreck of the ship {their} parent went down with',
      'to own a ship outright, with no owner or bank to answer to',
      'to sail once more beyond the edge of the known charts',
    ],
    early: [
      'at eight {they} rowed a leaking dinghy across the harbour alone and came back soaked and triumphant',
      "at ten {they} could tie every knot in the sailors' handbook with {their} eyes closed",
      'at nine {they} hid aboard a fishing boat and got discovered only when it was too far out to turn back',
    ],
    speech: [
      '{v:speak} in a voice built for shouting over wind, and {v:use} it at full strength indoors',
      '{v:curse} fluently in several harbour languages and {v:apologise} in none of them',
    ],
    retired: [
      '{v:walk} down to the harbour every morning to judge the weather and criticise the moorings',
      'still {v:wake} at the change of each watch, and {v:check} the sky before {they} {v:check} anything else',
    ],
    traits: ['gruff', 'brave', 'superstitious'],
    people: ['crew'],
  },

  military: {
    calling: [
      'a column of soldiers marched through {their} village in good order, paid for everything they took, and left {sub} with a question about what discipline could do',
      'raiders burned the farm next door, and {sub} decided nobody would ever again find {them} helpless',
      'an old veteran taught {them} to hold a blade properly, and {sub} found it was the first thing {they} had ever been good at',
      'a recruiting sergeant came to town offering three meals a day, and {sub}, who had been getting by on one, signed before he had finished talking',
      '{their} older sibling came home from a war with a medal and no appetite, and {sub} needed to understand why',
    ],
    training: [
      '{sub} survived a training regime designed to break recruits and came out of it stubborn, precise and very hard to surprise.',
      '{sub} learned to fight on a muddy parade ground, under a drill sergeant who believed that praise spoiled a soldier.',
      '{sub} served as a guard on the most boring post in the service for two years, and used every quiet hour to practise.',
      '[fantasy historical neutral] {sub} served as squire to an ageing knight who was deaf in one ear and feared in three counties, and polished armour until {poss} knuckles cracked.',
      '{sub} fought in three campaigns before turning twenty-five and came home from the last of them with a scar {they} never {v:talk} about.',
    ],
    mentor: [
      'a drill sergeant with a voice like a falling wall',
      'a veteran who had survived every battle of the last war and trusted none of its generals',
      'a quiet captain who fed her soldiers before herself',
      'a disgraced officer who was the best tactician anyone had ever met',
    ],
    lesson: [
      'that the battle is won or lost in the planning',
      'to look after {their} boots before {their} pride',
      'that nobody is a coward on the first day, and everybody is by the tenth',
      'to always know where the exits are',
    ],
    first: [
      'held a river ford for two days with eleven soldiers and a cart of turnips',
      'led a unit home through enemy country without losing anyone',
      'earned a commendation {they} {v:has} never once worn',
      'won a tournament nobody thought {they} could win',
    ],
    workplace: [
      'a draughty guardhouse by the main gate',
      '[fantasy historical neutral western postapoc modern] the barracks on the edge of {place}',
      '[scifi] a bunk on a troop deck that smells of gun oil and recycled air',
      'a watchtower that looks out over more country than anyone could defend',
      'a rented room above {aboveShop}, with a weapon rack where a bookshelf should be',
    ],
    tasks: [
      '{v:drill} recruits at dawn and {v:check} their kit at dusk',
      '{v:walk} the perimeter twice a night, in no fixed order',
      '{v:take} contracts from anyone who pays on time and asks no stupid questions',
      '{v:keep} {their} weapons cleaner than {their} quarters',
      '{v:stand} guard over people who never learn {their} name',
      '{v:teach} younger soldiers the tricks that keep them alive and none of the ones that would get them promoted',
    ],
    objects: [
      'a dented helmet with a name scratched inside that is not {theirs}',
      'a sword kept sharp and oiled though it has not been drawn in anger for years',
      'a bundle of letters from old comrades tied with bootlace',
      'a medal in a tin box at the bottom of a kitbag',
      'a whetstone worn into a shallow curve',
    ],
    ritual: ['before every watch', 'before going into danger', 'on the anniversary of the last campaign'],
    secret: [
      '{they} deserted once, for three days, and came back before anyone noticed',
      'the famous stand that made {their} name was not quite as heroic as the songs say',
      '{they} {v:has} been passing warnings to the other side to prevent a massacre',
    ],
    goal: [
      'to get every soldier under {their} command home alive',
      'to find the officer who gave the order that cost {them} {their} unit',
      'to hang up {their} weapons for good and learn to sleep through the night',
    ],
    early: [
      "at nine {they} organised the street's children into two armies and drilled them every afternoon",
      'at ten {they} stood between a bully and his target and did not step aside, whatever it cost',
      'at eight {they} made a wooden sword and practised with it until the handle split',
    ],
    speech: [
      '{v:speak} in short, clipped sentences, as if every word had to be carried uphill',
      '{v:give} orders as if they were suggestions and suggestions as if they were orders',
    ],
    retired: [
      'still {v:wake} before dawn and {v:make} {their} bed with square corners',
      '{v:correct} the way young guards hold their weapons, unasked and with great patience',
    ],
    traits: ['disciplined', 'loyal', 'brave'],
    people: ['recruits'],
  },

  enforcement: {
    calling: [
      "someone robbed {their} family's shop and the officer who came shrugged, filled in a form and left, and {sub} resolved to be the opposite of him",
      'a neighbour disappeared, and {sub} {v:was} the only one who noticed the curtains stayed closed on the wrong day',
      'a retired investigator lodging in the house let {them} read his old case notes on wet afternoons',
      '{sub} solved the mystery of the stolen school funds at thirteen and found out that the culprit was the headmaster',
      'a detective who interviewed {them} as a witness wrote down everything {sub} said, and it turned out to matter',
    ],
    training: [
      '{sub} spent eleven years in uniform, four of them chasing the cases nobody else wanted, and learned to listen more than {they} talked.',
      '{sub} started as a clerk in the records office and read every unsolved file in the basement before anyone noticed.',
      '[modern historical neutral] {sub} walked a beat through the roughest quarter of the city for six years and still {v:know} which doors to knock on.',
      '{sub} trained under a hard-bitten investigator who trusted nobody and was right not to.',
      '{sub} took every dull surveillance job on offer and learned that patience catches more people than cleverness.',
    ],
    mentor: [
      'a chain-smoking sergeant who never forgot a face',
      'a retired inspector who solved cases from his armchair by post',
      'a patient old officer who knew every family on the beat by name',
      'a partner who was brave, brilliant and, as it turned out, crooked',
    ],
    lesson: [
      'that everyone lies, and the interesting part is why',
      'to write everything down, because memory is a liar too',
      'that the simplest explanation is usually the right one, and almost never the one anyone wants',
      'to follow the money first and the passion second',
    ],
    first: [
      'closed a case the whole department had given up on',
      'found a missing child three days after everyone else had stopped looking',
      'arrested a man {their} superiors had been protecting for years',
      'cracked a fraud by noticing that a signature leaned the wrong way',
    ],
    workplace: [
      '[modern historical neutral] an upstairs office above {aboveShop}, with {poss} name painted on the door',
      '[modern] a cluttered desk in a precinct house that smells of burnt coffee',
      'a small room at the back of the watch house, with a map of the district pinned to the wall',
      "[western] a sheriff's office with a single cell, a pot-bellied stove and a rifle rack",
    ],
    tasks: [
      '[modern historical] {v:work} nights and {v:keep} a mental map of which doorways, bars and back stairs lead where',
      '{v:take} whatever work keeps the lights on and, now and then, a case that pays nothing at all',
      '{v:follow} people who do not want to be followed and {v:write} everything down',
      '{v:ask} the same question five different ways until the answers stop matching',
      '[modern historical] {v:sit} in parked cars and doorways for hours, living on bad coffee and worse sandwiches',
      '{v:keep} a wall of photographs and string that {they} {v:refuse} to take down',
    ],
    objects: [
      'a cheap spiral notebook for every case {they} {v:has} ever taken',
      'an old revolver that has been fired exactly once',
      '[modern historical neutral] a battered trench coat with a torn lining for hiding things in',
      'a badge {they} {v:is} no longer entitled to carry',
      'a key to a locker nobody else knows about',
    ],
    ritual: ['before every interview', 'at the start of every new case', 'whenever a case goes cold'],
    secret: [
      '{they} {v:know} exactly who committed the one crime {they} never solved, and {v:has} chosen not to prove it',
      '{they} {v:has} been taking quiet payments from a source who may be far more dangerous than the criminals',
      '{they} planted evidence once, on a man {they} {v:was} certain was guilty, and {they} {v:has} never been certain of anything since',
    ],
    goal: [
      'to close the case that ended {their} career in uniform',
      'to bring down the people who protect the people {they} arrest',
      "to find the one witness who can clear an old friend's name",
    ],
    early: [
      'at ten {they} ran a detective agency from the garden shed and solved the case of the missing washing',
      'at nine {they} could describe every stranger who had walked down the street that week, in order',
      'at eleven {they} caught a pickpocket at the market by simply following him until he gave up',
    ],
    speech: [
      '{v:talk} in short, flat sentences and {v:let} silences do much of the questioning',
      '{v:ask} questions that sound idle and are never idle',
    ],
    retired: [
      'still {v:read} the crime pages and {v:circle} mistakes in red',
      '{v:keep} copies of old files in a trunk, and {v:take} one out now and then, for company',
    ],
    traits: ['cynical', 'determined', 'honest'],
    people: ['clients'],
  },

  crime: {
    calling: [
      "a smiling man in a good coat took the family's savings with a forged deed, and {sub} spent the next year learning exactly how he had done it",
      '{sub} stole bread from a bakery at ten and realised, walking away, that nobody had even looked up',
      'an old fence at the market showed {them} how to tell real silver from plate in one glance, and then how to sell the plate as silver',
      "the law took {their} family's home and gave it to a man who had bribed the magistrate, and {sub} stopped believing in the law",
      'a thief {sub} had followed for a week turned round, grinned, and offered {them} a job',
    ],
    training: [
      '{sub} learned the trade on the street, from people who taught by example and punished every mistake.',
      '{sub} served a long apprenticeship in locks, ledgers and lies under a crew who treated {them} almost like family.',
      '{sub} spent two years in prison and came out with a trade, a reputation and a long list of useful acquaintances.',
      '{sub} worked as a messenger for the wrong people, listened carefully, and {v:was} soon trusted with more than messages.',
      '{sub} practised on padlocks every night for a year until {they} could open one in the time it took to say the word.',
    ],
    mentor: [
      'a retired burglar with arthritic hands and perfect recall',
      'a card sharp who had been banned from every gaming house on the river',
      'a charming old forger who signed her work in a way only other forgers could see',
      'a gang boss who was, in {their} private opinion, the only honest man in town',
    ],
    lesson: [
      'that the best way out of a room is the way {they} came in',
      'never to steal from anyone who cannot afford it',
      'that greed catches more thieves than the watch ever will',
      'to always leave something behind that the victim will not miss',
    ],
    first: [
      'pulled off a job so clean that the victim did not report it for a month',
      'walked out of a locked vault with nothing more than a hairpin and a smile',
      'talked {their} way out of a noose',
      'conned a corrupt official into funding {their} next three jobs',
    ],
    workplace: [
      'a back booth in a bar where nobody remembers faces',
      'a room above {aboveShop} with three exits and a loose floorboard',
      'a cellar under the market, reached through a door that looks like a wall',
      'a respectable shop front that does most of its business after closing time',
    ],
    tasks: [
      '{v:plan} jobs on the back of menus and {v:burn} the menus afterwards',
      '{v:sell} favours, information and the occasional stolen heirloom back to its owner',
      '{v:keep} a mental ledger of who owes what, and {v:collect} without fail',
      '{v:case} buildings by day, pretending to be something harmless',
      '{v:arrange} things for people who would rather not arrange them personally',
      '{v:know} the price of every guard, clerk and magistrate in {place}',
    ],
    objects: [
      'a set of lockpicks sewn into a coat lining',
      'a deck of cards with a single marked ace',
      'a cheap ring that is worth a fortune to exactly one person',
      'a coin from {their} first job',
      'a little book of names written in a cipher',
    ],
    ritual: ['before every job', 'whenever a stranger sits down too close', 'after every successful score'],
    secret: [
      '{they} {v:has} been feeding information to the authorities to keep one person out of prison',
      'the biggest job of {their} career was never reported, because the victim cannot afford to admit what was taken',
      '{they} {v:has} been quietly putting aside enough to vanish, with a new name already paid for',
    ],
    goal: [
      'to pull one last job big enough to retire on',
      'to pay back, one way or another, the man who ruined {their} family',
      'to get out before the people {they} {v:work} for decide {they} {v:know} too much',
    ],
    early: [
      "at nine {they} lifted a watch from the mayor's waistcoat during a parade, and returned it before he noticed",
      'at eight {they} ran a betting book on the school sports day, and made a profit on every race',
      'at ten {they} talked {their} way into a travelling circus without a ticket three nights in a row',
    ],
    speech: [
      '{v:speak} softly and pleasantly and never, ever {v:say} anything that could be repeated in court',
      '{v:switch} between the polite speech of a merchant and the clipped slang of the back streets depending on the company',
    ],
    retired: [
      'still {v:sit} facing the door in every room, and still {v:count} the exits',
      '{v:tell} stories about the old jobs, carefully changing the names and, now and then, the endings',
    ],
    traits: ['cunning', 'charming', 'cautious'],
    people: ['clients'],
  },

  scholar: {
    calling: [
      'a librarian let {them} into the locked room of old books for one afternoon, and {sub} spent the rest of {their} life trying to get back in',
      'a travelling lecturer explained the night sky in a village hall, and {sub} walked home looking up the whole way',
      '{sub} found a box of old letters in the attic and could not rest until {they} knew who had written them',
      'a teacher kept {them} behind after class not to punish {them} but to lend {them} a book, and {sub} read it twice that night',
      '{sub} noticed a mistake in a famous textbook and, after weeks of checking, {v:was} proved right',
    ],
    training: [
      '{sub} won a scholarship to the university and spent {their} years there in the library, ignoring everything else.',
      '{sub} studied by lamplight after long days of work, borrowing books from anyone who would lend them.',
      '{sub} spent years as an assistant to a famous and difficult scholar, doing the work for which someone else took the credit.',
      '{sub} learned three dead languages by the age of twenty-five and can still swear fluently in all of them.',
      '{sub} travelled widely to study the sources at first hand, sleeping in reading rooms and eating very little.',
    ],
    mentor: [
      'an elderly professor who answered every question with a reading list',
      'a retired schoolteacher who ran a free night class in her kitchen',
      'a half-blind archivist who could find any document by smell',
      'a brilliant, disorganised scholar who lost more manuscripts than most people ever write',
    ],
    lesson: [
      'that every source is lying about something',
      'to doubt {their} own conclusions first',
      'that the footnotes are where the real story hides',
      'to write every idea down before it escapes',
    ],
    first: [
      'published a paper that overturned a theory older than {their} grandparents',
      'deciphered a text that had defeated scholars for a century',
      'taught a class so well that three of {their} students changed their lives because of it',
      'found a lost manuscript misfiled in a cellar',
    ],
    workplace: [
      'a cramped study at the top of a narrow staircase, with books stacked on every step',
      'a classroom with tall windows and a blackboard that never quite wipes clean',
      'a reading room where the only sound is the turning of pages',
      '[modern] a shared office at the end of a basement corridor in the university',
      '[scifi] a laboratory module that hums at a pitch only {they} {v:seem} to notice',
    ],
    tasks: [
      '{v:teach} in the mornings and {v:write} in the evenings, and {v:resent} anything that interrupts either',
      '{v:answer} questions from students with better questions of {their} own',
      '{v:mark} papers in green ink, because red makes people cry',
      '{v:chase} down references through dusty archives and dead ends',
      "{v:correct} other people's facts at parties, and then {v:apologise}, and then {v:do} it again",
      '{v:fill} notebook after notebook with observations, sketches and arguments with {themselves}',
    ],
    objects: [
      'a pair of wire-rimmed spectacles mended with thread',
      'a notebook crammed with handwriting in four colours',
      'a first edition with a dedication that {they} {v:has} never explained',
      'a magnifying glass with a cracked ivory handle',
      'a card index that fills an entire wall',
    ],
    ritual: ['before every lecture', 'whenever an idea refuses to come', 'at the start of each new project'],
    secret: [
      '{poss} most celebrated work rests on a document {they} now {v:believe} to be a forgery',
      '{they} {v:has} found something in the archives that the people who fund {them} would very much like to stay lost',
      '{they} never actually finished the degree everyone assumes {they} {v:has}',
    ],
    goal: [
      'to finish the book {they} {v:has} been writing for twenty years',
      'to prove a theory that has made {them} a laughing stock',
      'to find the missing volume that would make sense of everything',
    ],
    early: [
      'at seven {they} read the whole encyclopaedia, in order, and corrected two entries in the margin',
      'at nine {they} organised the family bookshelf by subject and then by date',
      'at ten {they} kept a notebook of questions nobody at home could answer',
    ],
    speech: [
      '{v:speak} in long, elaborate sentences that always, eventually, arrive somewhere',
      '{v:lecture} without meaning to, and {v:catch} {themselves} doing it about halfway through',
    ],
    retired: [
      '{v:write} long letters to former students and sharp ones to the newspapers',
      'still {v:visit} the library daily, where {they} {v:occupy} the same chair as if by right',
    ],
    traits: ['curious', 'clever', 'absent-minded'],
    people: ['students'],
  },

  magic: {
    calling: [
      'a candle lit itself when {sub} {v:was} angry, and the wise woman from the next valley came to the door the following morning',
      "{sub} found a book in a dead relative's trunk that could not be opened by anyone else in the family",
      'a travelling conjurer did something that was not a trick, and only {sub} noticed',
      '{sub} dreamed of a flood three nights before it came, and spent years learning what to do with dreams like that',
      'the old stones on the hill hummed when {sub} touched them, and {they} went back every day until they started to answer',
    ],
    training: [
      '{sub} apprenticed to a reclusive practitioner who taught by setting impossible tasks and saying nothing when they went wrong.',
      '{sub} studied at a school of the arts, where {they} learned the theory quickly and the caution far too slowly.',
      '{sub} taught {themselves} from forbidden books and survived the mistakes, which is more than can be said for the books.',
      '{sub} spent seven years learning to light a single candle without a flame, and {v:consider} them well spent.',
      '{sub} studied under a circle of elders who distrusted {their} talent and were right to.',
    ],
    mentor: [
      'an ancient practitioner who lived in a tower and communicated mainly through crows',
      'a wise woman who kept bees and answered questions with riddles',
      'a disgraced master who had been expelled from every academy that mattered',
      'a cheerful old alchemist with no eyebrows',
    ],
    lesson: [
      'that every spell has a price and somebody always pays it',
      'that power is mostly patience',
      'to never trust a spell that works the first time',
      "that knowing a thing's true name is the beginning of responsibility, not the end",
    ],
    first: [
      'cast a working that stopped a fire from spreading through the old town',
      'broke a curse that had defeated three masters',
      "brewed a remedy that cured the prince's fever",
      'summoned something, bargained with it, and sent it home again',
    ],
    workplace: [
      'a crooked tower on the edge of town with windows at odd heights',
      'a cluttered shop full of jars, dried herbs and a cat with opinions',
      'a hidden room beneath {aboveShop}',
      'a hut in the woods, reached by a path that changes with the seasons',
    ],
    tasks: [
      '{v:brew}, {v:bless}, {v:curse} and occasionally {v:advise}, depending on who is paying',
      '{v:keep} the old protections in good repair around {place}, mostly without anyone noticing',
      '{v:study} the stars and {v:write} down what they say in a private shorthand',
      '{v:take} apprentices rarely and {v:send} most of them home within a week',
      '{v:answer} questions from people who do not really want the answers',
      '{v:trade} small magic for large favours',
    ],
    objects: [
      'a staff carved with symbols that slowly rearrange themselves',
      'a leather-bound grimoire held shut with three buckles',
      'a crystal that glows faintly when a lie is told nearby',
      'a chipped teacup that has never spilled a drop',
      'a ring that is slightly too heavy for its size',
    ],
    ritual: ['before every working', 'at the turning of each season', 'whenever the moon is dark'],
    secret: [
      '{poss} power is borrowed, and the lender will soon want it back',
      '{they} caused the disaster everyone believes {they} prevented',
      '{they} {v:has} been slowly losing {their} gift and {v:has} been faking it for months',
    ],
    goal: [
      'to find the spell that will undo the worst mistake {they} ever made',
      'to be recognised by the academy that expelled {them}',
      'to keep a dangerous secret out of the wrong hands for one more generation',
    ],
    early: [
      'at seven {they} told the family which of the hens would stop laying next, and never turned out wrong',
      "at nine {they} could find any lost object in the village by holding its owner's hand",
      'at eight {they} talked to the wind on the hill, and the village swore it talked back',
    ],
    speech: [
      '{v:speak} softly and in riddles, not to be mysterious but because the plain truth is usually worse',
      '{v:choose} words as carefully as ingredients, and {v:use} fewer of both than anyone expects',
    ],
    retired: [
      'still {v:feel} the weather turning in {their} bones a day before it does',
      '{v:brew} remedies for the neighbours and {v:pretend} they are only herbs',
    ],
    traits: ['mysterious', 'wise', 'curious'],
    people: ['visitors'],
  },

  arts: {
    calling: [
      'a travelling troupe performed in the market square, and {sub} followed them out of town for a mile before anyone noticed',
      '{sub} heard music through the open window of a rehearsal room and stood in the rain until it ended',
      'a teacher pinned one of {their} drawings to the wall, and {sub} made another the same night',
      'a street performer let {them} take the hat round, and {sub} saw how a crowd could be held',
      '{sub} wrote a poem for a funeral, and the whole room went quiet to listen',
    ],
    training: [
      '{sub} spent years working in taverns, street corners and cheap theatres, learning what made an audience stay.',
      '{sub} studied with a strict and brilliant teacher who demanded perfection and occasionally got it.',
      '{sub} practised every day for ten years, mostly alone, mostly badly, and then one day not badly at all.',
      '{sub} took every job that paid and many that did not, and slowly became impossible to ignore.',
      '{sub} copied the masters until {their} hands knew their secrets, and then deliberately forgot them.',
    ],
    mentor: [
      'an ageing performer who had once been famous and still behaved like it',
      'a brutal, generous teacher who never said "good"',
      'a street musician who could make a crowd cry with three chords',
      'a painter who worked only at night and slept through every exhibition of her own work',
    ],
    lesson: [
      'that the audience always knows when {they} {v:is} lying',
      'to finish things, because unfinished work teaches nothing',
      'that talent is common and stubbornness is rare',
      'to steal from the best and never from {their} friends',
    ],
    first: [
      'played to a full house that had come to see someone else',
      'sold {their} first piece to a stranger who wept in front of it',
      'published a story that was read aloud in taverns across the region',
      'stopped a riot with a song, or so the story goes',
    ],
    workplace: [
      'a draughty studio at the top of a building with no lift',
      'a small stage in the back of {aboveShop}',
      'the busiest street corner in {place}',
      'a rented room full of half-finished work, all of it facing the wall',
    ],
    tasks: [
      '{v:perform} most nights and {v:rehearse} most days, with very little in between',
      '{v:work} on commissions for money and on {their} own pieces to stay sane',
      '{v:collect} stories, faces and overheard phrases, and {v:use} them all eventually',
      '{v:teach} beginners on weekday mornings, patiently and a little wistfully',
      '{v:argue} with critics in person, which has not helped {their} career',
      '{v:tour} the circuit of small venues where {they} {v:is} loved and badly paid',
    ],
    objects: [
      'a battered instrument case covered in stickers from places {they} {v:has} never been',
      'a sketchbook that goes everywhere and is shown to no one',
      'a lucky scarf that has not been washed in years',
      'a box of unopened letters from admirers',
      'a brush worn to a stump that {they} {v:refuse} to throw away',
    ],
    ritual: ['before every performance', 'whenever a piece is finished', 'before facing an audience'],
    secret: [
      '{poss} most famous work was largely the work of someone else, long dead',
      '{they} {v:has} been writing under a second name, and that name is far more successful',
      '{they} {v:has} lost something essential, and {v:has} not made anything new in over a year',
    ],
    goal: [
      'to make one piece that will still matter a hundred years from now',
      'to perform just once in the great hall where {their} hero played',
      'to be remembered for the work and not for the scandal',
    ],
    early: [
      'at six {they} staged a play in the back garden and charged the neighbours a button each to watch it',
      'at eight {they} covered {their} bedroom wall with a mural and got punished for it',
      'at nine {they} composed songs about everyone on the street, which did not always go down well',
    ],
    speech: [
      '{v:talk} in vivid, restless bursts, with {their} hands as much as {their} voice',
      '{v:tell} stories instead of answering questions, and the stories are usually better than the answers',
    ],
    retired: [
      'still {v:hum} under {their} breath, {v:sketch} on napkins and {v:critique} every performance {they} {v:see}',
      '{v:receive} the occasional admirer at home and {v:pretend} to be annoyed about it',
    ],
    traits: ['creative', 'enthusiastic', 'sentimental'],
    people: ['audiences'],
  },

  hospitality: {
    calling: [
      '{sub} cooked a meal for the whole family when everyone else was too sick to stand, and the table went quiet for the first time in years',
      'an old cook in a busy kitchen tasted {their} soup, said nothing, and gave {them} a job',
      "a stranger walked into {their} parents' place soaked and hungry, and {sub} watched a bowl of soup turn him back into a person",
      '{sub} worked one busy night in a tavern kitchen and discovered {they} {v:was} happier in the heat and noise than anywhere else',
      'the family business nearly went under, and {sub} found {they} had a knack for keeping customers coming back',
    ],
    training: [
      '{sub} started by washing dishes, graduated to peeling potatoes, and earned every station in the kitchen the hard way.',
      '{sub} worked in a dozen kitchens, bars and inns, and stole one good idea from each of them.',
      '{sub} learned the trade from a family recipe book and a great many burnt fingers.',
      '{sub} trained under a chef who threw pans at mistakes and hugged people for good sauces.',
      '{sub} ran a food stall at a market for five years, learning that speed and kindness matter more than fancy plates.',
    ],
    mentor: [
      'a short-tempered chef who could taste a missing pinch of salt from across the room',
      'an old innkeeper who could seat a hundred guests without writing anything down',
      'a grandmother who cooked by eye and never measured anything',
      'a bartender who had heard every confession in the city and repeated none of them',
    ],
    lesson: [
      'that a full stomach settles more arguments than any judge',
      "to remember every regular's order by the second visit",
      'that the kitchen is a team or it is nothing',
      'never to let a guest leave angry, hungry or alone',
    ],
    first: [
      'served a banquet for three hundred without a single complaint',
      'earned a reputation for the best stew in the district',
      'turned a failing place into somewhere people queued to get into',
      'fed an entire street through a long, hard winter',
    ],
    workplace: [
      'a low-beamed tavern with a fire that never quite goes out',
      'a narrow kitchen behind a counter that seats eight',
      '[modern] a cramped café with mismatched chairs and a coffee machine that hisses like a kettle',
      'a roadside inn where the travellers bring news and take gossip',
      'a steel cart on a busy corner that draws a queue every evening',
    ],
    tasks: [
      '{v:open} before dawn and {v:close} when the last guest gives up',
      '{v:remember} who drinks what, who owes what, and who should not be seated together',
      '{v:feed} the regulars, the strays and anyone who looks as if they need it',
      '{v:hear} more secrets over the counter than a priest and {v:keep} most of them',
      '{v:haggle} with suppliers every morning and {v:win} most days',
      '{v:break} up arguments with a plate of something hot',
    ],
    objects: [
      'a knife that nobody else is permitted to touch',
      'a stained recipe book with notes in three generations of handwriting',
      'a heavy iron pan seasoned over decades',
      'a brass bell on the counter that summons {them} from anywhere in the building',
      'a jar of coins from customers who could not pay and later did',
    ],
    ritual: ['before opening the doors', 'at the end of every night', 'whenever a new regular appears'],
    secret: [
      "the famous family recipe is not the family's at all, and the real owner has just come back to town",
      '{they} {v:let} a wanted person sleep in the back room, and {v:has} done so for weeks',
      'the place is badly in debt, and {they} {v:has} been covering the losses with money {they} would rather not explain',
    ],
    goal: [
      'to buy the building outright before the landlord sells it',
      'to be named the finest table in {place}',
      'to pass the business on to someone who will not ruin it',
    ],
    early: [
      'at seven {they} ran a pretend café from the front step, and made real money',
      'at nine {they} cooked a full dinner for the family because nobody else had time',
      "at eight {they} learned the names and orders of every customer at a relative's stall",
    ],
    speech: [
      '{v:talk} constantly while {they} {v:work}, teasing the regulars and charming the newcomers',
      '{v:greet} everyone by name if {they} {v:know} it and by nickname if not',
    ],
    retired: [
      'still {v:cook} too much food every night and {v:send} the extra to the neighbours',
      '{v:visit} {their} old place every week to criticise the seasoning',
    ],
    traits: ['warm', 'hardworking', 'talkative'],
    people: ['customers'],
  },

  faith: {
    calling: [
      '{sub} sat with a dying neighbour through a long night and found that {they} {v:was} not afraid',
      'an old priest listened to {them} for an hour without once telling {them} what to do',
      'a famine struck, and the only people still feeding strangers were the brothers and sisters of a poor order',
      '{sub} heard a single voice singing in an empty chapel, and stood there until it stopped',
      '{sub} lost everything in a single year and found, at the end of it, that something still held',
    ],
    training: [
      '{sub} entered a religious house at eighteen and spent seven years in silence, study and scrubbing floors.',
      '{sub} served as an acolyte to a demanding elder who believed faith was something done with the hands.',
      '{sub} studied the scriptures by day and worked in the infirmary by night.',
      '{sub} travelled as a pilgrim for three years, sleeping in barns and learning what people actually pray for.',
      '{sub} {v:was} ordained late, after a life that {they} {v:describe} only as "instructive".',
    ],
    mentor: [
      'an elderly abbess who could silence a room by raising one eyebrow',
      'a wandering preacher with muddy boots and a very loud laugh',
      'a gentle old priest who never finished a sermon in under an hour',
      'a hermit on the hill who spoke perhaps ten words a week, all of them worth hearing',
    ],
    lesson: [
      'that doubt is part of faith and not its enemy',
      'to listen twice as long as {they} {v:speak}',
      'that the hungry cannot hear a sermon',
      'to keep a confidence even when it hurts',
    ],
    first: [
      'talked a grieving family out of a blood feud',
      'kept a hospice open through a winter plague',
      'rebuilt a ruined chapel stone by stone with volunteers',
      'sheltered a hunted stranger in the sanctuary',
    ],
    workplace: [
      'a small stone chapel with a bell that cracked a century ago',
      'a crowded mission hall that serves soup on weekdays and hope on Sundays',
      'a temple at the heart of {place}, where the incense never quite clears',
      'a hermitage on the edge of town with a door that is never locked',
    ],
    tasks: [
      '{v:hear} confessions, {v:bless} newborns and {v:bury} the dead, often all on the same day',
      '{v:visit} the sick and the lonely and {v:stay} longer than {they} should',
      '{v:argue} theology with anyone who stays for a second cup of tea',
      '{v:keep} the old festivals and {v:bake} the traditional bread {themselves}',
      '{v:write} sermons on the backs of old letters',
      '{v:settle} disputes that the magistrates will not touch',
    ],
    objects: [
      'a worn prayer book with a pressed flower in it',
      'a string of prayer beads worn smooth by years of use',
      'a plain wooden symbol of {their} faith carved by someone {they} {v:has} never named',
      'a key to the chapel that {they} {v:wear} on a cord around {their} neck',
      'a chipped offering bowl said to have been used by a saint',
    ],
    ritual: ['before every service', 'at dawn each day', 'whenever someone comes to {them} in tears'],
    secret: [
      '{they} lost {their} faith years ago and {v:has} been performing it ever since, faithfully',
      '{they} once broke the seal of confession to save a life, and {v:has} never forgiven {themselves}',
      '{they} {v:has} been hiding people in the crypt whom the authorities are searching for',
    ],
    goal: [
      'to keep {their} small congregation together through hard times',
      'to find out whether the miracle {they} witnessed was real',
      'to make amends for a sin committed long ago',
    ],
    early: [
      'at eight {they} held solemn funerals for every dead bird in the garden',
      'at ten {they} learned the entire book of hymns by heart and sang them to the cows',
      'at nine {they} asked the village priest questions that kept him awake at night',
    ],
    speech: [
      '{v:speak} gently and without hurry, and {v:is} difficult to lie to',
      '{v:quote} scripture when moved and {v:swear} like a farmer when provoked',
    ],
    retired: [
      'still {v:hear} confessions at the kitchen table from people who do not call them confessions',
      '{v:keep} the hours of prayer privately, out of a habit older than belief',
    ],
    traits: ['kind', 'wise', 'patient'],
    people: ['congregation'],
  },

  land: {
    calling: [
      'a dry year nearly finished the family farm, and {sub} {v:was} the one who found the old well',
      'an old hunter took {them} into the hills for a week and showed {them} how to read a trail',
      '{sub} delivered a calf alone in a snowstorm at the age of twelve, and never thought about doing anything else',
      'the land {their} family had worked for generations was sold from under them, and {sub} swore to get some of it back',
      '{sub} spent a long summer with a shepherd in the high pastures and came down a different person',
    ],
    training: [
      '{sub} learned the work from {their} parents, by doing it wrong until {they} did it right.',
      "{sub} worked as a hired hand on other people's land for years, saving every coin for a place of {their} own.",
      '{sub} spent seasons in the wild with nothing but a knife and a bedroll, learning what the land gives and what it takes.',
      '{sub} apprenticed to a ranger who knew every tree and stream in the forest by name.',
      '{sub} learned the trade by making every mistake it is possible to make and surviving most of them.',
    ],
    mentor: [
      'a weathered old hand who could predict rain by the smell of the wind',
      'a widowed farmer who had kept her land through floods, fires and three husbands',
      'a trapper who spoke more to his dogs than to people',
      'a hunter who never took more than he needed and never missed a shot',
    ],
    lesson: [
      'that the land pays back exactly what is put in, and no more',
      'to read the sky before making any plans',
      'that animals are honest and people mostly are not',
      'to mend a fence the moment it breaks',
    ],
    first: [
      'brought in a harvest that saved the village through a hard winter',
      'tracked and killed a beast that had terrorised the valley',
      'bought {their} first piece of land with money saved over a decade',
      'guided a lost party out of the mountains in a blizzard',
    ],
    workplace: [
      'a smallholding at the end of a rutted lane',
      'a cabin at the edge of the forest, with smoke always rising from the chimney',
      'a windswept farm above the valley',
      'a ranch house with a porch that creaks in the wind',
    ],
    tasks: [
      '{v:rise} before the sun and {v:work} until it sets, every day, including feast days',
      '{v:mend} fences, {v:tend} animals and {v:argue} with the weather',
      '{v:walk} the boundaries of the land every week, looking for trouble',
      '{v:sell} at market once a week and {v:complain} about prices all the way home',
      '{v:know} every plant, bird and track in the hills around {place}',
      '{v:keep} an eye on the sky and an ear on the animals, and {v:trust} both over any almanac',
    ],
    objects: [
      'a weathered hat that has seen thirty summers',
      'a knife with a handle made from an antler',
      'a well-thumbed almanac full of notes about the weather',
      'a tin of seeds saved from the best harvest {they} ever had',
    ],
    ritual: ['before every harvest', 'at first light each morning', 'when the first frost comes'],
    secret: [
      '{they} found something buried on {their} land years ago and {v:has} never told anyone',
      'the deed to {their} land is not as legal as it looks',
      "{they} {v:know} who started the fire that burned the neighbour's barn",
    ],
    goal: [
      'to keep the land in the family for one more generation',
      'to win back the acres {their} family lost',
      'to see one more good harvest before the bank takes everything',
    ],
    early: [
      'at seven {they} raised an orphaned lamb by hand and cried for a week when it was sold',
      'at nine {they} knew every bird in the valley by its song',
      'at ten {they} planted a garden in the yard and fed the family from it all summer',
    ],
    speech: [
      '{v:speak} slowly and plainly, as if each word had to be paid for',
      '{v:talk} more readily to animals than to people, and more kindly',
    ],
    retired: [
      'still {v:walk} the old boundaries every week out of habit',
      '{v:grow} far too many vegetables and {v:give} them away to anyone who stands still',
    ],
    traits: ['hardworking', 'stubborn', 'quiet'],
    people: ['neighbours'],
  },

  tech: {
    calling: [
      '{sub} took apart a broken radio and rebuilt it to pick up stations nobody else could hear',
      'the power went out across the district for a week, and {sub} {v:was} the one who worked out why',
      'an old engineer let {them} watch a great engine being repaired, and {sub} fell in love with the machinery',
      '{sub} wrote a little program that did a tedious job in an instant, and felt powerful for the first time',
    ],
    training: [
      '{sub} studied engineering on a scholarship and spent most nights in the workshop rather than the lecture hall.',
      '{sub} taught {themselves} from scavenged manuals and online forums, breaking things until {they} understood them.',
      '{sub} apprenticed in a repair shop where nothing was ever thrown away and everything could be fixed.',
      '{sub} worked for years in the maintenance crews, where {they} learned more than any academy could teach.',
    ],
    mentor: [
      'a grizzled chief engineer who could diagnose a fault by ear',
      'a brilliant, paranoid programmer who trusted no system she had not written herself',
      'an inventor who had a hundred failed patents and one that changed everything',
    ],
    lesson: [
      'that every system fails, and the question is only how gracefully',
      'to read the manual, and then to ignore it',
      'that the simplest solution is usually the one that survives',
      'to always keep a backup, and a backup of the backup',
    ],
    first: [
      'kept a failing system running through a crisis that should have ended it',
      'invented a device that is still in use everywhere',
      'rebuilt a dead system from spare parts in a single sleepless weekend',
      'found a flaw in a system everyone else thought was perfect',
    ],
    workplace: [
      'a cluttered workshop full of half-built machines and spare parts',
      'a control room lit by the glow of a dozen screens',
      '[modern] a rented desk in a shared office that smells of energy drinks',
      '[scifi] a maintenance bay deep in the station where the air tastes of metal',
    ],
    tasks: [
      '{v:fix} what others break, {v:improve} what others build, and {v:grumble} about both',
      '{v:keep} the machines running and the people who depend on them from panicking',
      '{v:write} code late into the night and {v:debug} it until dawn',
      '{v:tinker} with inventions that almost work',
      '{v:run} diagnostics on everything, including {their} own habits',
      '{v:explain} technical problems to people who do not want to understand them',
    ],
    objects: [
      'a multi-tool that has been repaired more times than the things it fixes',
      'a battered laptop covered in stickers and scratches',
      'a lucky screwdriver with a chewed handle',
      'a pair of goggles pushed up on {their} forehead',
      'a notebook full of schematics for inventions nobody has asked for',
    ],
    ritual: ['before every launch', 'whenever a system comes online', 'before pressing any important button'],
    secret: [
      '{they} built a backdoor into the system {they} {v:maintain}, just in case',
      '{they} caused the accident everyone blamed on equipment failure',
      '{they} {v:has} been working on a machine that could make {their} employers obsolete',
    ],
    goal: [
      'to build something that will outlast {them}',
      'to prove that {their} controversial design is safe',
      'to get away from the people who own {their} work',
    ],
    early: [
      'at eight {they} rewired the family doorbell to play a different tune for every visitor',
      'at ten {they} built a working radio out of spare parts and a biscuit tin',
      'at nine {they} took apart every clock in the house to see how they worked',
    ],
    speech: [
      '{v:speak} in precise technical language and {v:translate} it into plain words only when pressed',
      '{v:talk} fast when excited, which is whenever something is broken',
    ],
    retired: [
      "still {v:tinker} with gadgets in the garage and {v:fix} the neighbours' appliances for free",
      '{v:read} technical journals and {v:write} angry letters about design flaws',
    ],
    traits: ['clever', 'curious', 'obsessive'],
    people: ['users'],
  },

  commerce: {
    calling: [
      "{sub} sold a painted stone to a passing traveller for a week's pocket money and understood, walking home, that the price of a thing is whatever someone will pay",
      'a pedlar spread a blanket of glass beads and tin whistles in the square and emptied every purse in town by sundown, while {sub} took notes',
      'the family nearly went under over a debt nobody had written down, and {sub} started keeping a ledger that same evening',
      'an old trader in the market let {them} haggle for him for one afternoon, and {sub} came back with a better price than he ever got',
      '{sub} noticed that salt cost twice as much two valleys over, and borrowed a handcart',
    ],
    training: [
      '{sub} started as a junior clerk in a counting house, copying figures in a cold back room until {they} could spot a cooked ledger by the shape of the numbers.',
      '{sub} travelled with the caravans for six seasons, learning the price of everything from pepper to silence.',
      '{sub} ran a market stall, then a shop, then a second shop, and learned something expensive from each of them.',
      '{sub} lost everything on one bad contract at twenty-two and spent the next eight years earning it back, honestly, which {they} still {v:consider} the harder trick.',
      "{sub} worked the auction floor for years, reading bidders' faces the way sailors read weather.",
    ],
    mentor: [
      'a widowed spice merchant who could price a sack by smell',
      'a moneylender who charged kings and beggars exactly the same rate',
      'a market-hall veteran who had gone bankrupt twice and rich three times',
      'a soft-spoken auctioneer who never once raised his voice or lost a sale',
    ],
    lesson: [
      'that a fair price is the one both sides complain about',
      'never to sign anything on the day it is offered',
      'that a customer who leaves happy comes back with three more',
      'to know the way out of a deal before walking into it',
    ],
    first: [
      'cornered the market in winter lamp oil one unusually dark November',
      'bought a failing shop for a song and made it pay within a year',
      "opened a trade route that three older merchants had called a fool's errand",
      'outbid a rival who had promised, publicly, to ruin {them}',
    ],
    workplace: [
      'a narrow shop with goods stacked to the rafters and a bell that rings twice',
      'a counting house with a good view of the docks',
      '[fantasy historical neutral western nautical postapoc] a corner stall in the busiest square in {place}',
      '[modern] a cluttered office with three phones and a ficus nobody waters',
      'a back room above {aboveShop}, where the real business is done',
    ],
    tasks: [
      '{v:buy} cheap, {v:sell} dear and {v:remember} exactly who paid what',
      '{v:haggle} for the pleasure of it and {v:is} faintly offended by customers who pay the first price asked',
      '{v:keep} the books personally and {v:let} nobody else near them',
      '{v:trade} gossip as carefully as goods, and at roughly the same margin',
      '{v:meet} suppliers at dawn and customers until the lamps are lit',
      '{v:extend} credit to people who deserve it and {v:call} it in, politely and without fail, from those who do not',
    ],
    objects: [
      'a set of brass scales that has never once been tampered with',
      'a leather ledger ruled in a private shorthand',
      'the first coin {they} ever earned, worn thin',
      'an abacus with beads polished pale by use',
      'a trade map covered in prices, grudges and crossed-out names',
    ],
    ritual: ['before closing any deal', 'at the end of each trading day', 'before opening the shutters'],
    secret: [
      '{poss} fortune began with a deal that quietly ruined a partner who trusted {them}',
      '{they} {v:is} deeply in debt to people who do not accept late payment',
      'some of what passes through {poss} storeroom never appears in any ledger',
    ],
    goal: [
      'to buy the building {they} once rented a single room in',
      'to win back the family business {they} lost at twenty-two',
      'to get out of the trade before {poss} luck, or {poss} creditors, run out',
    ],
    early: [
      'at seven {they} sold lemonade to the neighbours at three different prices, depending on the neighbour',
      'at nine {they} ran a swap shop from the back step and came out ahead on every trade',
      'at ten {they} lent out {their} pocket money to the other children, at interest, with a written record',
    ],
    speech: [
      '{v:speak} pleasantly and persuasively, and never {v:forget} the figure under discussion',
      '{v:talk} in numbers where possible and in proverbs where not',
    ],
    retired: [
      'still {v:haggle} over the price of everything, including bread',
      '{v:keep} household accounts that would satisfy a tax inspector',
    ],
    traits: ['shrewd', 'ambitious', 'charming'],
    people: ['customers'],
  },

  rule: {
    calling: [
      'a famine came, and {sub} watched the great houses feast behind closed doors while the lower town queued for bread, and swore to be the one who opened the doors',
      'an old chancellor let {them} sit in on a council meeting and {sub} saw an entire province saved by one well-timed question',
      'a death nobody had expected put {them} in a position nobody had prepared {them} for',
      "a riot nearly burned {their} family's house, and {sub} went out alone the next morning to ask the rioters what they wanted",
      '{sub} watched a weak ruler agree with whoever spoke last, and resolved to be the one who spoke last',
    ],
    training: [
      '{sub} {v:was} schooled in history, law and rhetoric by tutors who were frightened of what would happen to them if {they} failed.',
      '{sub} spent years at court learning whom to trust and, far more usefully, whom not to.',
      '{sub} served in a string of minor posts, collecting taxes and complaints in equal measure, and learned how power looks from below.',
      '{sub} travelled the provinces in plain clothes for a year to hear what people said when they did not know who was listening.',
      '{sub} clerked for a ruthless minister who believed mercy was a luxury, and came away believing the opposite.',
    ],
    mentor: [
      'an ancient chancellor who had outlived three rulers and all of their favourites',
      'a tutor who taught by asking questions and refusing to answer them',
      'a general turned diplomat who considered every war a failed conversation',
      'an old courtier who knew every secret at court and sold none of them',
    ],
    lesson: [
      'that power is a loan and the interest is always due',
      'to listen for the quietest voice in the room',
      'that every alliance has an expiry date nobody writes down',
      'never to make a promise {they} {v:can} not keep in public',
    ],
    first: [
      'negotiated a peace everyone had called impossible',
      'survived an assassination attempt and turned the trial into a triumph',
      'won a vote nobody expected {them} to win',
      'saved the treasury with a single unpopular decision',
    ],
    workplace: [
      'a long hall where every word echoes',
      'a private study that looks out over {place}',
      'a council chamber with a table too long for friendly conversation',
      '[modern] an office with a flag in the corner and a view of the square',
    ],
    tasks: [
      '{v:hold} court, {v:hear} petitions and {v:make} decisions that please nobody completely',
      '{v:juggle} alliances, rivalries and the occasional crisis before breakfast',
      '{v:read} every report and {v:believe} roughly half of each',
      '{v:keep} the peace between factions that would happily tear each other apart',
      '{v:receive} visitors with elaborate courtesy and {v:dismiss} them with exact timing',
      '{v:spend} evenings answering letters from people who want something',
    ],
    objects: [
      'a signet ring that seals every decision that matters',
      'a heavily annotated copy of an old book on statecraft',
      'a portrait of a predecessor {they} {v:is} determined not to resemble',
      'a small silver knife, kept as a reminder rather than a weapon',
      'a chess set with one piece missing',
    ],
    ritual: ['before every council meeting', 'before signing any decree', 'whenever a hard choice must be made'],
    secret: [
      '{poss} claim to {poss} position rests on a document that would not survive close reading',
      '{they} {v:has} been negotiating in secret with the enemy everyone expects {them} to fight',
      '{they} {v:know} who poisoned {poss} predecessor and {v:has} decided to say nothing',
    ],
    goal: [
      'to leave {place} stronger and fairer than {they} found it',
      'to secure {poss} legacy against the rivals already circling it',
      'to find a successor worth handing it all to',
    ],
    early: [
      'at eight {they} ended a feud between cousins with a written treaty, signed by both parties',
      'at ten {they} {v:was} elected captain of every game on the street, and ran them all',
      'at nine {they} gave a speech at a family wedding that left the adults silent',
    ],
    speech: [
      '{v:speak} with practised grace and careful ambiguity, committing to nothing until the last moment',
      '{v:choose} every word with care, knowing any of them might be repeated',
    ],
    retired: [
      'still {v:receive} visitors seeking advice, and {v:give} it with a dry smile',
      '{v:write} memoirs that are a great deal more candid than anyone expected',
    ],
    traits: ['proud', 'shrewd', 'noble'],
    people: ['subjects'],
  },

  service: {
    calling: [
      "{sub} took the job nobody else wanted and discovered, to everyone's surprise including {poss} own, that {they} {v:was} good at it",
      'a stranger helped the family through a desperate week without asking for anything, and {sub} decided that was how a life should be spent',
      'the first door that opened when {sub} needed work was a service door, and {they} walked through it',
      'an old hand noticed {poss} quick eyes and steady manner and offered {them} a start',
      "{sub} saw how much a small service done well could change a stranger's day",
    ],
    training: [
      '{sub} learned the job from the bottom, starting with the tasks the others swapped away.',
      '{sub} worked long hours for little pay and learned every shortcut and every unwritten rule.',
      '{sub} trained under a supervisor who believed standards were a form of kindness.',
      '{sub} picked up the work as {they} went, asking questions and remembering every answer.',
      '{sub} spent years in the trade before anyone thought to promote {them}, by which time {they} knew more than the people doing the promoting.',
    ],
    mentor: [
      'a veteran who knew every shortcut and every trap in the job',
      'a strict, fair supervisor who never forgot a favour',
      'an old hand who had seen everything and been surprised by none of it',
      'a colleague who insisted that kindness was part of the job description',
    ],
    lesson: [
      'that the job is mostly people and only partly work',
      'always to be on time, because nobody remembers the excuse',
      'that small kindnesses add up to a reputation',
      'to keep {poss} eyes open and {poss} opinions to {themselves}',
    ],
    first: [
      'earned a reputation for reliability that has never once been dented',
      'quietly averted a disaster that nobody else noticed until it was over',
      'been promoted over people with twice {poss} experience',
      'become the person everyone asks when something has to be done properly',
    ],
    workplace: [
      'a small office by the main entrance, where everyone has to pass',
      'a route that covers most of {place} and several places it should not',
      'a desk by the window that sees everyone who comes and goes',
      'the back rooms of a grand house, where the real work gets done',
    ],
    tasks: [
      "{v:know} everyone's business without ever appearing to pry",
      '{v:keep} things running so smoothly that nobody notices {them} at all, which is the point',
      '{v:carry} messages, parcels and gossip with equal care',
      '{v:deal} with complaints patiently and {v:remember} the worst offenders by name',
      '{v:take} quiet pride in never once having been late',
      '{v:notice} what others miss and {v:keep} most of it to {themselves}',
    ],
    objects: [
      'a ring of keys to doors most people do not know exist',
      'a well-worn uniform that {they} {v:press} every morning',
      'a pocket watch that has never lost a minute',
      'a battered satchel that has carried thousands of deliveries',
      'a notebook of names and small favours owed',
    ],
    ritual: ['before every shift', 'at the end of each day', 'whenever something goes wrong'],
    secret: [
      '{they} {v:has} read messages {they} should never have read, and {v:know} things that could ruin people',
      '{they} {v:has} been quietly helping someone escape from a household {they} {v:can} not name',
      '{they} {v:is} not who {poss} employers think {they} {v:is}',
    ],
    goal: [
      'to save enough to start something of {poss} own',
      'to be thanked, just once, for the work nobody sees',
      'to protect the people {they} {v:serve} from a danger they know nothing about',
    ],
    early: [
      'at eight {they} ran errands for the whole street and never forgot a single one',
      'at ten {they} knew the timetable of every coach and cart that passed through town',
      'at nine {they} reorganised the household so well that nobody could remember how it had run before',
    ],
    speech: [
      '{v:speak} politely and efficiently, with a dry wit that surfaces when it is least expected',
      '{v:choose} words carefully, aware that people in {poss} position are rarely listened to and often overheard',
    ],
    retired: [
      'still {v:rise} at the old hour and {v:find} {themselves} tidying things that are not {theirs}',
      '{v:keep} in touch with former colleagues and {v:hear} all the gossip before anyone else',
    ],
    traits: ['loyal', 'organised', 'patient'],
    people: ['regulars'],
  },

  general: {
    calling: [
      '{sub} met {a} {roleHead} who made the work look like the easiest thing in the world, and spent years finding out that it was not',
      '{sub} needed a living, and the work of {a} {roleHead} was the first that felt like {poss} own',
      'a chance conversation with {a} {roleHead} on a long journey turned into an offer of work',
      '{sub} stumbled into the work by accident and stayed on purpose',
      'someone told {them} {they} would never make {a} {roleHead}, and {sub} took it personally',
    ],
    training: [
      '{sub} learned the work of {a} {roleHead} the slow way, by watching, copying and getting it wrong until {they} got it right.',
      '{sub} took the first position on offer as an assistant to {a} {roleHead} and made {themselves} indispensable within a year.',
      '{sub} spent years learning the trade from anyone who would teach {them}, and from several people who would rather not have.',
      '{sub} taught {themselves} most of what {they} {v:know}, which left gaps {they} {v:is} still quietly filling.',
      '{sub} served a long, difficult apprenticeship among people who expected {them} to give up within a month.',
    ],
    mentor: [
      'an old hand in the trade who had seen everything at least twice',
      'a demanding teacher who gave praise once a year and meant it',
      'a patient veteran who took {them} on when nobody else would',
      'a rival who became, over many years, something like a friend',
    ],
    lesson: [
      'that the work is never finished, only put down',
      'to trust {poss} own judgement and then check it anyway',
      'that a reputation takes years to build and an afternoon to lose',
      'to leave every job a little better than {they} found it',
    ],
    first: [
      'made a name for {themselves} in a single season',
      'proved the doubters wrong in front of everyone who mattered',
      'earned the grudging respect of people who respected nobody',
      'survived a failure that would have ended most careers',
    ],
    workplace: [
      '[postapoc] a fortified shack built from car doors and road signs',
      'a place that half of {place} seems to know about',
      'a small room above {aboveShop}',
      'a corner of {place} that {they} {v:has} made entirely {poss} own',
      'premises that are a good deal more comfortable than they look from the street',
    ],
    tasks: [
      '[postapoc] {v:pick} through the ruins for anything that still works, and {v:know} which ruins to leave alone',
      '[postapoc] {v:trade} salvage for water, and water for favours',
      '{v:do} the work with a care most people never notice and a few never forget',
      '{v:deal} with whatever the day brings, which is rarely what anyone planned',
      '{v:keep} long hours and short accounts',
      '{v:handle} the problems nobody else wants to touch',
      '{v:take} on more than is sensible and {v:finish} most of it anyway',
      '{v:know} exactly whom to ask, and when not to ask at all',
    ],
    objects: [
      '[postapoc] a gas mask with a cracked visor',
      '[postapoc] a hand-drawn map of the safe routes through the ruins',
      'a well-worn notebook full of names and reminders',
      'an old coat whose pockets hold something useful for every occasion',
      'a keepsake from {poss} first day at the work',
      'a letter {they} {v:has} carried for years and never answered',
      'a small carved charm on a leather cord',
    ],
    ritual: ['before every working day', 'whenever something important is about to happen', 'at the end of each day'],
    secret: [
      '{they} {v:is} far less sure of {themselves} than {they} {v:let} anyone see',
      '{they} {v:has} been hiding a past that would change how everyone in {place} sees {them}',
      '{they} {v:owe} a debt to someone dangerous, and the bill is coming due',
    ],
    goal: [
      'to be the best {roleHead} {place} has ever had',
      'to pay off an old debt before it is called in',
      'to set right a wrong that only {they} {v:know} about',
    ],
    early: [
      'at eight {they} already had a habit of taking on jobs that were too big for {them}, and finishing them',
      'at ten {they} spent every spare hour watching the adults at work and asking how everything was done',
      'at nine {they} made a list of things to do as a grown-up, and {v:has} since done most of them',
    ],
    speech: [
      '{v:speak} directly and without fuss, and {v:expect} the same in return',
      '{v:talk} easily with anyone but {v:say} very little about {themselves}',
    ],
    retired: [
      'still {v:keep} a hand in the work, whatever {they} {v:say} about having put it down',
      '{v:give} advice to younger people in the trade, whether or not they asked for it',
    ],
    traits: ['determined', 'practical', 'secretive'],
    people: ['neighbours'],
  },
};

/**
 * Extra phrases for particular occupations (keyed by the lexicon label), preferred over the field's
 * own when present: a baker and an innkeeper share a field but not a workplace.
 */
export const ROLE_BANKS: Record<string, Partial<FieldBank>> = {
  CEO: {
    workplace: [
      'a corner office on the top floor of a tower {they} {v:own} most of',
      'a glass-walled boardroom where the coffee is better than the conversation',
    ],
    tasks: [
      '{v:answer} to a board that wants growth and a workforce that wants raises, and {v:give} each of them exactly enough',
      '{v:read} every quarterly report twice and {v:trust} the footnotes over the headlines',
    ],
    objects: ['the first business card {they} ever printed, with a spelling mistake in it'],
  },
  baker: {
    workplace: ['a narrow bakery whose ovens are lit at three in the morning', 'a corner bakery with a queue out of the door by seven'],
    tasks: [
      '{v:start} the first dough before the street lamps go out',
      "{v:know} every regular's loaf and {v:set} it aside before they ask",
      '{v:give} the day-old bread to whoever needs it and {v:pretend} it was going spare',
    ],
    objects: ['a sourdough starter older than most of {their} customers', 'a wooden peel scorched black along one edge'],
  },
  'street vendor': {
    workplace: [
      'a steel cart on a busy corner that draws a queue every evening',
      'a folding table and two gas burners on the same street corner every night',
    ],
    tasks: [
      '{v:cook} to order for a queue that never seems to get shorter',
      '{v:know} which officers on the beat to feed for free, and which to feed first',
    ],
    objects: ['a blackened wok older than the cart it sits on'],
  },
  bartender: {
    workplace: ['a dim bar with a brass rail worn bright by elbows', 'a corner bar where the same six regulars have the same six stools'],
    tasks: [
      '{v:pour} drinks, {v:refuse} drinks and {v:call} cabs, in roughly that order',
      '{v:listen} to confessions across the counter and {v:repeat} none of them',
    ],
    objects: [
      'a bottle opener on a chain that has outlasted three owners of the bar',
      'a cracked glass nobody else is allowed to drink from',
    ],
  },
  innkeeper: {
    workplace: ['a low-beamed inn with a fire that never quite goes out', 'a coaching inn on the main road with more rooms than sense'],
    tasks: [
      '{v:rent} rooms, {v:settle} quarrels and {v:water} the ale only on feast days',
      '{v:pin} up notices of work wanted and {v:know} which of the advertisers actually pay',
    ],
    objects: ['the heavy ring of room keys at {poss} belt', 'a slate of what the regulars owe, wiped clean only at midwinter'],
  },
  chef: {
    workplace: ['a cramped, roaring kitchen behind a dining room with nine tables', 'a restaurant kitchen where the tickets never stop'],
    tasks: [
      "{v:taste} everything twice and {v:trust} nobody else's palate",
      '{v:run} the pass like a general and {v:apologise} to nobody until service is over',
    ],
    objects: ['a carbon-steel knife sharpened every morning', 'a notebook of recipes with the quantities deliberately left out'],
  },
  barista: {
    workplace: ['a café so small that the queue starts on the pavement', 'a coffee counter in a station concourse'],
    tasks: [
      '{v:remember} three hundred orders and the moods that go with them',
      '{v:pull} shots from six in the morning and {v:judge} the beans out loud',
    ],
    objects: ['a dented milk jug that pours a better pattern than any new one'],
  },
  librarian: {
    workplace: [
      'a library with creaking floors and a reading room that smells of dust and radiators',
      'a small branch library that the council keeps trying to close',
    ],
    tasks: [
      '{v:find} any book in the building and most of the ones that are missing',
      '{v:defend} the quiet room with a single raised eyebrow',
    ],
    objects: ['a date stamp {they} {v:refuse} to give up for the scanner', 'a list of every book ever stolen from the shelves'],
  },
  teacher: {
    workplace: ['a classroom with tall windows and a radiator that knocks', 'a village schoolroom with one stove and thirty coat pegs'],
    tasks: [
      "{v:learn} every pupil's name in the first week and {v:use} it often",
      '{v:mark} homework late into the night with a green pen',
    ],
    objects: ['a tin of confiscated marbles nobody ever came back for', 'a register with thirty years of names in it'],
  },
  detective: {
    workplace: ['an upstairs office above {aboveShop}, with a coat stand, a kettle and a very old filing cabinet'],
    tasks: ['{v:work} the bread-and-butter jobs: missing persons, unfaithful spouses, insurance frauds'],
  },
  nurse: {
    workplace: ['a long ward where the night shift is never quite quiet', "a nurses' station that doubles as everyone's confessional"],
    tasks: ['{v:know} which patients are frightened and which are only pretending not to be'],
  },
  farmer: {
    workplace: ['a stony hill farm that has beaten three families before {them}'],
    tasks: ['{v:rise} at four for the animals and {v:go} to bed worrying about the weather'],
  },
  pilot: {
    calling: ['{sub} flew a borrowed machine for ten minutes and spent the next ten years trying to get back into the air'],
    training: ['{sub} spent long hours in the simulator and longer ones in the hangar, until flying felt like breathing.'],
    mentor: ['a veteran pilot with a thousand flights and no patience for showing off'],
    first: ['landed a crippled craft with no engines and no casualties'],
    workplace: [
      'the cockpit of an ageing cargo plane that {they} {v:know} better than {their} own flat',
      'a cramped cockpit that smells of coffee and hydraulic fluid',
    ],
    tasks: ['{v:fly} whatever pays, wherever it needs to go, and {v:ask} as few questions as possible'],
    objects: ['a pair of flight gloves worn through at the fingertips'],
  },
  hacker: {
    workplace: [
      'a windowless room lit by four monitors and a lava lamp',
      'a corner booth of an all-night café with a very good connection',
    ],
    tasks: [
      '{v:break} into systems for people who would rather not be seen doing it',
      '{v:sleep} in the afternoons and {v:work} while the rest of the city is offline',
    ],
    objects: ['a battered laptop with every sticker peeled off'],
  },
  merchant: {
    workplace: ['a warehouse by the docks that smells of pepper, tar and money'],
    tasks: ['{v:buy} whole cargoes on a handshake and {v:sell} them by the ounce'],
  },
  priest: {
    workplace: ['a cold stone church with a leaking roof and a loyal congregation of nineteen'],
    tasks: ['{v:keep} the church open at night for anyone who needs somewhere to sit'],
  },
  knight: {
    workplace: ['a draughty castle barracks', 'the lists and the practice yard of the keep'],
    tasks: [
      "{v:ride} out on the lord's business and {v:come} back with more questions than answers",
      '{v:train} squires in the yard at dawn and {v:pray} in the chapel at dusk',
    ],
    objects: ['a shield repainted so many times that the old colours show through', 'a sword with a name {they} never {v:say} aloud'],
  },
  bard: {
    workplace: ['the corner by the fire in whichever tavern will have {them}'],
    tasks: ['{v:sing} for {poss} supper and {v:collect} gossip for the next song'],
    objects: ['a lute with a cracked belly that still sounds better than most'],
  },
  musician: {
    workplace: ['a basement club where the stage is a rug and the lights are a lamp'],
    tasks: ['{v:play} four sets a night and {v:write} songs on the bus home'],
    objects: ['an instrument bought second-hand with the first money {they} ever earned from music'],
  },
  thief: {
    workplace: ['a rented attic with a window that opens onto the rooftops'],
    tasks: ['{v:read} a house from the street: the locks, the dogs, the hours'],
    objects: ['a roll of picks sewn into the lining of a coat'],
  },
  captain: {
    workplace: ['the quarterdeck of {a} {vessel}'],
    tasks: ['{v:keep} a crew of strangers working as one through storms and boredom alike'],
  },
  'sea captain': {
    workplace: ['the quarterdeck of {a} {vessel}'],
    tasks: ['{v:keep} a crew of strangers working as one through storms and boredom alike'],
  },
};
