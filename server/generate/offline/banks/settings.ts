/**
 * Phrase banks per genre: families, hometowns, upheavals, streets, vessels, secrets and the places a
 * character can live when the description names none. `{townName}` is filled with an invented
 * place name of the genre (see `placeNames`).
 */

import type { Genre } from '../genres';

export type SettingBank = {
  /** Parents' work, without article: "ferry mechanic". */
  parentJobs: string[];
  /** After "a house that": a past-tense verb phrase. */
  homes: string[];
  /** A sensory memory of childhood, a noun phrase. */
  memories: string[];
  /** Where they grew up, a noun phrase that takes "in". */
  hometowns: string[];
  /** A past-tense clause: the upheaval of the turning point. */
  events: string[];
  /** Something a workplace can sit above: "a laundrette". */
  shops: string[];
  /** A ship of the setting, without article. */
  vessels: string[];
  /** Secrets of the setting, clauses after "that". */
  secrets: string[];
  /** Recent developments, clauses after "Lately,". */
  developments: string[];
  /** Places to live when none is given: [preposition, first mention, later mentions]. */
  places: Array<[string, string, string]>;
};

export const SETTING_BANKS: Record<Genre, SettingBank> = {
  fantasy: {
    parentJobs: [
      'miller',
      'tanner',
      'ferry keeper',
      'candle-maker',
      'herb-seller',
      'wheelwright',
      'goose-girl turned alewife',
      'tithe collector',
      'stablemaster',
      'lamplighter',
      'rope-maker',
      'wandering tinker',
    ],
    homes: [
      'leaned against the town wall as if it were tired',
      'smelled of tallow, wet dogs and rosemary',
      'had a door so low that every visitor bowed on the way in',
      'stood so close to the mill race that the floor hummed',
      'had one good chair, reserved for whoever was ill',
    ],
    memories: [
      'the temple bells counting the hours through the fog',
      'rain on a thatched roof and a kettle that never quite boiled',
      'the smell of the tannery on wash days',
      'lantern light through the shutters during the midwinter fair',
      'horses stamping in the yard before dawn',
    ],
    hometowns: [
      'the river town of {homeName}',
      'a hill village above {homeName} where the road gave out in winter',
      'a walled market town called {homeName}',
      'the shadow of the keep at {homeName}',
      'a fishing hamlet on the edge of the Greymere',
      'the crowded lanes below the cathedral of {homeName}',
    ],
    events: [
      "the river rose in the spring thaw and took the mill, the granary and most of the family's savings with it",
      'a fever went through the lower town and took {their} mother in a week',
      "the duke's men came for taxes the family had already paid, and the receipt was somehow lost",
      "a fire started in the chandler's next door and left the family with the clothes they stood in",
      'raiders burned the outlying farms, and the town filled with people who had nowhere to go',
      'the old lord died, the new one raised every rent in the valley, and half the street left before winter',
      'a stranger with a sealed letter arrived at the door and, by morning, {their} father was gone',
      'a hard winter closed the passes for five months and the town learned what hunger meant',
    ],
    shops: [
      "a candle-maker's",
      "a cooper's yard",
      "the fishmonger's",
      "a saddler's workshop",
      'a bakery that starts work at three in the morning',
      'a rope-walk',
    ],
    vessels: ['merchant cog', 'flat-bottomed river barge', 'battered three-masted carrack', 'fishing smack'],
    secrets: [
      '{they} {v:carry} a letter with the seal of a noble house that officially died out forty years ago',
      'the thing that really drove {them} from home was a debt to a guild that never forgets one',
      "{they} {v:has} seen the duke's missing heir, alive, and {v:has} told no one where",
      '{they} {v:can} read the old script on the standing stones, and what it says has kept {them} awake for a year',
      '{poss} real father was a knight of the order that burned {poss} village',
    ],
    developments: [
      'a hooded rider has been seen asking after {them} at every inn on the north road',
      'the guild has sent a polite letter, which is the most dangerous kind',
      'a traveller left a token at the door that only one person alive would know to send',
      'the standing stones above the town have started humming again at night',
    ],
    places: [
      ['in', 'the river town of {townName}', '{townName}'],
      ['in', 'the market town of {townName}', '{townName}'],
      ['in', "the walled town of {townName} on the old king's road", '{townName}'],
      ['in', 'the crowded lower town of {townName}', '{townName}'],
    ],
  },

  scifi: {
    parentJobs: [
      'hydroponics technician',
      'hull welder',
      'dock clerk',
      'atmosphere engineer',
      'ore assayer',
      'cargo pilot',
      'medical orderly',
      'comms officer',
      'recycling supervisor',
      'shuttle mechanic',
      'terraforming surveyor',
      'station teacher',
    ],
    homes: [
      'had a window onto the ring and a recycler that rattled all night',
      'was four metres square and smelled permanently of machine oil',
      'shared a wall with the water plant, so the whole flat hummed',
      'had a ceiling low enough to touch and a garden of three tomato plants in a cupboard under a grow lamp',
      'was wedged between two docking bays and shook whenever a freighter came in',
    ],
    memories: [
      'the blue glow of the corridor lights at shift change',
      'the tick of the hull cooling as the station swung into shadow',
      'recycled air that always tasted faintly of pennies',
      'the long sigh of the airlocks cycling next door',
      'a sky that was a painted ceiling until {they} {v:was} nine',
    ],
    hometowns: [
      'the lower decks of {homeName} Station',
      'a water-mining colony under the ice of Enceladus',
      'a cramped habitat ring in orbit around a gas giant',
      'the agricultural domes of {homeName}, on the dry side of Mars',
      'a company town built into the side of an asteroid',
      'the overcrowded undercity of a megacity that never turns its lights off',
    ],
    events: [
      'a hull breach on C-deck killed eleven people, and the company report called it an "atmospheric event"',
      'the mining company pulled out of the colony overnight and took the water contracts with it',
      'a solar storm cut the station off for forty days, and {sub} watched the adults ration everything',
      "the family's work permits were revoked over a clerical error nobody ever admitted to",
      'a reactor scare emptied half the ring, and the people who left never came back',
      'a corporate merger made {their} parents redundant in the same email',
      'a quarantine sealed the colony for a year, and the supply ships stopped answering',
    ],
    shops: [
      'a dumpling stall beside the cargo lifts',
      'a pawn shop that deals mostly in implants',
      'a recycling depot',
      'a twenty-four-hour clinic',
      "the station's busiest canteen",
    ],
    vessels: ['patched-up ore freighter', 'long-range survey ship', 'cargo hauler with a temperamental drive', 'corporate courier ship'],
    secrets: [
      '{they} {v:has} a copy of the real casualty list from the station breach, and the company knows someone does',
      'the credentials {they} {v:use} every day belong to someone declared dead three years ago',
      '{they} {v:has} been receiving signals from a place nobody is supposed to be transmitting from',
      '{they} {v:has} a neural implant that was never registered, and it has started to dream',
      '{they} {v:was} in the control room the night the reactor scare began, and the logs say otherwise',
    ],
    developments: [
      'a corporate auditor has arrived on an unscheduled shuttle and has asked for {them} by name',
      'someone has been accessing {poss} files at three in the morning, station time',
      'a message has arrived from a ship that was reported lost with all hands',
      'a maintenance drone has started following {them} from deck to deck',
    ],
    places: [
      ['aboard', '{townName} Station at the edge of the belt', '{townName} Station'],
      ['in', 'the neon-lit undercity of New {townName}', 'New {townName}'],
      ['on', 'the mining moon {townName}', '{townName}'],
      ['aboard', 'the orbital habitat {townName} Ring', '{townName} Ring'],
    ],
  },

  modern: {
    parentJobs: [
      'bus driver',
      'night-shift nurse',
      'dental technician',
      'schoolteacher',
      'electrician',
      'pharmacist',
      'warehouse supervisor',
      'hairdresser',
      'taxi dispatcher',
      'accountant',
      'post office clerk',
      'restaurant cook',
    ],
    homes: [
      "sat over a dry cleaner's and smelled faintly of steam and solvent",
      "had thin walls, loud neighbours and a kitchen table that doubled as everyone's desk",
      'was too small for the family and too expensive to leave',
      'shook every time a train went past, which was every twelve minutes',
      'had a fridge covered in report cards, parking tickets and takeaway menus',
    ],
    memories: [
      'the hiss of buses pulling away from the stop below the window',
      'late-night television murmuring through the bedroom wall',
      'the smell of fried onions from the restaurant downstairs',
      'a radio playing the same station in every room of the house',
      'summer evenings on the fire escape, listening to the street',
    ],
    hometowns: [
      'a mill town two hours upriver',
      'a third-floor apartment on the wrong side of the ring road',
      'a suburb of identical houses and very different families',
      'a seaside town that empties out every September',
      'a rust-belt city where the factories were turning into apartments',
      'a tower block on the edge of the city',
    ],
    events: [
      'the factory that employed half the street closed, and {their} father went from foreman to night guard in a month',
      'a landlord sold the building, and the family had thirty days to find somewhere else to live',
      '{their} mother got sick, and the bills came faster than the diagnosis',
      'a fire in the flat below took everything the family owned except a box of photographs',
      'the family business was crushed by a chain store that opened across the road',
      '{they} {v:was} hit by a car on the way home from school and spent four months learning to walk again',
      'a small mistake at work cost {their} mother her job, and the family never quite got back on its feet',
    ],
    shops: [
      "a dry cleaner's",
      'a twenty-four-hour pharmacy',
      'a dumpling shop',
      'a tattoo parlour',
      "a pawnbroker's",
      'a laundrette',
      "a barber's with a flickering sign",
    ],
    vessels: ['container ship', 'harbour ferry', 'research vessel', 'trawler that has seen better decades'],
    secrets: [
      '{they} {v:has} a second phone that nobody, not even {their} closest friend, knows about',
      'the money that paid for {poss} training came from someone {they} {v:has} spent years trying not to owe',
      '{they} {v:has} been quietly sending money every month to a family that does not know who it comes from',
      '{they} {v:has} been writing anonymous letters to the local paper for years, and one of them started a scandal',
      '{they} once took the blame for a crime a sibling committed, and the record still follows {them}',
    ],
    developments: [
      'a journalist has started calling, asking about things that happened a long time ago',
      'an old acquaintance has turned up in town with a proposal that is too good to be legal',
      'a letter has arrived from a lawyer {they} {v:has} never heard of, and {they} {v:has} not opened it',
      'a former colleague has been arrested, and {poss} name is in the file',
    ],
    places: [
      ['in', 'a city that is always under construction', 'the city'],
      ['in', 'a harbour city that has seen better decades', 'the city'],
      ['in', 'a fast and expensive city', 'the city'],
      ['in', 'the old quarter of a large and noisy city', 'the old quarter'],
    ],
  },

  historical: {
    parentJobs: [
      'printer',
      'clockmaker',
      'laundress',
      'coal merchant',
      'cab driver',
      'schoolmaster',
      'seamstress',
      'dock labourer',
      'tavern keeper',
      'music teacher',
      'apothecary',
      'railway porter',
    ],
    homes: [
      'had gas lamps that hissed and a coal stove that never quite warmed the upper floor',
      'was let by the week, and some weeks only just',
      'stood in a row of twenty identical houses, all with identical soot stains',
      'had a piano no one could play and a portrait of a great-uncle no one could stand',
      'was above a print shop, and smelled of ink and hot metal',
    ],
    memories: [
      'carriages rumbling over cobbles in the fog',
      'the lamplighter making his rounds at dusk',
      'church bells on a Sunday and the smell of roasting chestnuts',
      'the hiss and clank of the steam engines at the railway yard',
      'a clock on the mantel that was always five minutes fast',
    ],
    hometowns: [
      'a soot-black industrial town in the north',
      'a village at the end of a new railway line',
      'a narrow street behind the docks of a great port city',
      'a market town where nothing had changed in a hundred years',
      'a crowded quarter of the capital, within earshot of the cathedral bells',
    ],
    events: [
      'the war came, and {their} brother marched away with a smile and never came back',
      'a cholera outbreak swept through the neighbourhood and took three of {their} classmates',
      'the bank failed, and the family savings went with it overnight',
      'the mill closed, and the whole town seemed to empty in a single winter',
      'a scandal involving {their} father became the talk of the town and the family had to move',
      'a great fire destroyed half the city, including the family home',
      "the family was evicted for rent arrears that turned out to be the landlord's mistake",
    ],
    shops: ["a pawnbroker's", "a tailor's shop", 'a busy coaching inn', "a tobacconist's", "a chemist's shop", "a bookbinder's"],
    vessels: ['steam packet', 'coastal schooner', 'clipper ship', 'paddle steamer'],
    secrets: [
      '{they} {v:was} not born under the name {they} {v:use}, and the name {they} {v:was} born under is still wanted',
      'the letter of introduction that opened every door was a forgery, and a very good one',
      '{they} {v:has} been passing information to the other side of a war nobody has quite declared',
      '{they} {v:has} been meeting a member of a banned society every second Thursday',
      'the family fortune, what is left of it, was made in a trade nobody now admits to',
    ],
    developments: [
      'a man in a grey coat has been standing across the street at the same hour every evening',
      'a telegram arrived that {they} read twice and burned at once',
      'someone from the old life has written, asking for a meeting',
      'the bank that holds the family papers has written asking for {them} to call in person',
    ],
    places: [
      ['in', 'a grimy and thriving port city', 'the port'],
      ['in', 'the capital in the years of gaslight and steam', 'the capital'],
      ['in', 'a mill town on a fast and dirty river', 'the town'],
      ['in', 'the market town of {townName}', '{townName}'],
    ],
  },

  nautical: {
    parentJobs: [
      'net-mender',
      'harbour pilot',
      'boatwright',
      'fishwife',
      "ship's carpenter",
      'lighthouse keeper',
      'sailmaker',
      'customs officer',
      'fisherman',
      'chandler',
      'dock pilot',
      'sea captain who was never home',
    ],
    homes: [
      'faced the harbour and rattled in every easterly',
      'smelled of tar, salt and drying nets',
      "had a ship's bell hanging by the door and a barometer nobody was allowed to touch",
      'was built from the timbers of a wrecked brig',
      'had windows that looked out on nothing but sea',
    ],
    memories: [
      'the foghorn sounding across the bay on winter nights',
      'gulls squabbling on the roof at dawn',
      'the creak of masts in the harbour on a still evening',
      'the smell of fish, tar and rain',
      'the lighthouse beam sweeping the bedroom ceiling',
    ],
    hometowns: [
      'a fishing village at the foot of the cliffs',
      'the crowded harbour quarter of a busy port',
      'a windswept island with more sheep than people',
      'a small coastal town where the tide ruled everything',
      'the dockside streets of {homeName}',
    ],
    events: [
      'a storm took the fishing fleet by surprise and only half of it came home',
      'the fishing grounds failed for three years running, and the village began to starve',
      "{poss} father's boat went out on a flat calm morning and was never seen again, and the insurers took two years to say so",
      'a pirate raid stripped the port bare and left the family with nothing',
      'the shipyard closed, and the whole town went with it',
      'a wreck washed up on the beach, and {sub} {v:was} first to reach it',
    ],
    shops: ["a ship's chandler's", "a fishmonger's stall", "a sailmaker's loft", 'a harbour tavern', "a rope-maker's store"],
    vessels: ['two-masted brigantine', 'rust-streaked coaster', 'fishing trawler', 'harbour ferry', 'fast schooner'],
    secrets: [
      '{they} {v:know} where a lost ship went down, and {v:has} told no one what it was carrying',
      "{they} once sank a rival's boat in the night and let the storm take the blame",
      '{they} {v:has} a family in another port that this port knows nothing about',
      'the wreck {they} {v:is} famous for surviving was no accident, and {they} {v:know} who cut the cable',
      '{they} {v:can} not swim, and nobody at sea has ever found out',
    ],
    developments: [
      'a stranger has been asking around the docks about a wreck {they} {v:know} well',
      'a message in a bottle, addressed to {them} by name, has washed up on the shore',
      'a ship that sank twenty years ago has been sighted off the point',
      'the harbourmaster has been asking to see the old logbooks',
    ],
    places: [
      ['in', 'the harbour town of {townName}', '{townName}'],
      ['in', 'a fishing port at the mouth of a grey estuary', 'the port'],
      ['on', 'a windswept island off the northern coast', 'the island'],
      ['in', 'the busy port of {townName}', '{townName}'],
    ],
  },

  western: {
    parentJobs: [
      'homesteader',
      'blacksmith',
      'telegraph operator',
      'schoolteacher',
      'cattle drover',
      'saloon keeper',
      'general store owner',
      'railway worker',
      'preacher',
      'prospector',
      'stagecoach driver',
      'laundress',
    ],
    homes: [
      'had a porch that creaked and a roof that leaked every spring',
      'was a sod house on the prairie, warm in winter and full of snakes in summer',
      'stood at the edge of town, close enough to the railway to feel every train',
      'was one room, one stove and one window looking out over nothing',
      'had a rifle over the door and a Bible on the table',
    ],
    memories: [
      'coyotes calling across the plains at night',
      'the smell of woodsmoke and coffee at dawn',
      'the rumble of cattle being driven through town',
      'dust storms that turned noon into dusk',
      'a piano playing in the saloon across the street',
    ],
    hometowns: [
      'a dusty railroad town called {homeName}',
      'a homestead on the high plains, forty miles from anywhere',
      'a mining camp in the hills',
      'a cattle town called {homeName}, on the edge of the desert',
      'a border town where the law was mostly a rumour',
    ],
    events: [
      'a range war broke out, and {their} father was shot over a fence line',
      'the railroad bought up the valley, one way or another, and the family had to go',
      'a drought killed the cattle, and the bank took the ranch',
      'outlaws raided the town, and {sub} watched the sheriff hide',
      'the silver mine collapsed with half the town inside',
      'a stranger won the family ranch in a card game that was not honest',
    ],
    shops: ['the general store', 'the saloon', 'the assay office', 'the livery stable', "the undertaker's"],
    vessels: ['river steamboat', 'paddle steamer', 'flatboat', 'riverboat casino'],
    secrets: [
      '{they} rode with a gang once, under another name, and that name still has a price on it',
      '{they} {v:know} where the stolen payroll is buried',
      '{they} killed a man in self-defence and let an innocent hang for it',
      'the deed to half the main street is in {poss} saddlebag, signed by a dead man',
      '{they} {v:was} at the massacre at the river crossing, on the wrong side',
    ],
    developments: [
      'a wanted poster with a familiar face has gone up at the railway station',
      'an old partner has ridden into town looking for a share of something',
      'a letter from back East has arrived, signed by someone who should be dead',
      'a Pinkerton agent has taken a room at the hotel and asks a great many questions',
    ],
    places: [
      ['in', 'the railroad town of {townName}', '{townName}'],
      ['in', 'the cattle town of {townName} at the edge of the desert', '{townName}'],
      ['in', 'a dusty frontier settlement called {townName}', '{townName}'],
      ['in', 'a mining camp in the hills above {townName}', 'the camp'],
    ],
  },

  postapoc: {
    parentJobs: [
      'water-trader',
      'scavenger',
      'mechanic',
      'medic',
      'trader',
      'guard',
      'farmer',
      'salvage diver',
      'radio operator',
      'tinker',
      'teacher',
      'cook',
    ],
    homes: [
      'was a shipping container with a door cut into the side',
      'had been a bank vault, and still had the vault door',
      'was half a bus, the other half having been traded for water',
      'was built from scrap metal and old road signs',
      'was in the basement of a ruined library',
    ],
    memories: [
      'the sound of wind through broken windows',
      'the Geiger counter clicking in the background',
      'the glow of scavenged candles and oil lamps',
      'the taste of recycled water and boiled roots',
      'the old songs sung around a barrel fire',
    ],
    hometowns: [
      'a walled settlement built inside an old shopping centre',
      'a scavenger camp in the ruins of a dead city',
      'a farming community in the one green valley for a hundred miles',
      'an underground bunker with a door that stayed shut for twenty years',
      'a trading post at the crossroads of two dead highways',
    ],
    events: [
      'raiders overran the settlement, and {sub} escaped with nothing but the clothes {they} wore',
      'the water purifier broke, and the settlement had a week to fix it or die',
      'a sickness swept through the camp, and {sub} {v:was} the only one in {their} family who survived',
      'the bunker doors opened for the first time, and the world outside was not what anyone had been promised',
      'a sandstorm buried the old settlement, and the survivors had to start again',
      'the trade caravan that kept the settlement alive stopped coming',
    ],
    shops: ["a scrap dealer's", "a water-seller's stall", 'a makeshift bar in an old petrol station', 'a trading post', 'a repair shop'],
    vessels: ['rust-bucket barge', 'salvaged fishing boat', 'patched-up river ferry', 'armoured raft'],
    secrets: [
      '{they} {v:know} where there is a working water purifier, and {v:has} told no one',
      '{they} once traded a person to raiders to save {themselves}',
      '{they} {v:has} a radio that picks up a signal from a place that should not exist',
      '{they} {v:was} born in a sealed vault and left it through a door that was supposed to stay shut',
      '{they} {v:know} the old codes that open the armoury under the hill',
    ],
    developments: [
      'a scout has come back from the wastes with news of a settlement that should not exist',
      'raiders have been spotted closer than ever',
      'a stranger has arrived who knows far too much about the old world',
      'the water-sellers have doubled their prices and nobody knows why',
    ],
    places: [
      ['in', 'the walled settlement of {townName}', '{townName}'],
      ['at', 'a trading post on the edge of the wastes', 'the post'],
      ['in', 'the ruins of a dead city', 'the ruins'],
      ['in', 'the salvage town of {townName}', '{townName}'],
    ],
  },

  neutral: {
    parentJobs: [
      'baker',
      'carpenter',
      'schoolteacher',
      'postmaster',
      'ferry operator',
      'seamstress',
      'stonemason',
      'grocer',
      'clockmaker',
      'night watchman',
      'laundress',
      'cobbler',
    ],
    homes: [
      "was too small for the family and full of other people's furniture",
      'had a kitchen that was always warm and a front room that was always cold',
      'stood on a corner where every argument in the street could be heard',
      'had a garden full of vegetables and a shed full of secrets',
      'was at the end of a lane that flooded every spring',
    ],
    memories: [
      'the smell of bread baking in the early morning',
      'the church bell ringing the hours',
      'a kettle whistling in the kitchen on a winter afternoon',
      'rain drumming on the roof at night',
      'the sound of the market setting up in the square',
    ],
    hometowns: [
      'a market town on a slow brown river',
      "a village where everyone knew everyone else's business",
      'the crowded streets of a busy port',
      'a small town in the hills',
      'a ferry town at the mouth of a grey estuary',
    ],
    events: [
      'the river flooded, and the family lost everything but the house',
      'a fire took the family business, and nobody could say how it started',
      '{their} father left one morning and never came back',
      'a hard winter and a bad harvest left the family in debt to the wrong people',
      'a sickness went through the town and took {their} mother',
      "the town's main employer closed, and the family had to start again",
    ],
    shops: ['a bakery', "a barber's shop", "a grocer's", "a cobbler's", 'a tea room', 'a bookshop'],
    vessels: ['coastal trader', 'fishing boat', 'river barge', 'harbour ferry'],
    secrets: [
      '{they} {v:has} been lying about where {they} came from for most of {their} life',
      '{they} {v:owe} money to someone who has started asking for it back',
      '{they} {v:know} the truth about a death that everyone believes was an accident',
      "{they} {v:has} a child nobody in town knows about, living two days' journey away",
      'the money that set {them} up in business was not, strictly speaking, {theirs}',
    ],
    developments: [
      'someone from the old days has turned up in town',
      'a letter has arrived that {they} {v:has} not yet found the courage to open',
      'a stranger has been asking questions about {them} at the inn',
      'an old friend has written after twenty years of silence, asking for a favour',
    ],
    places: [
      ['in', 'the market town of {townName}', '{townName}'],
      ['in', 'the hill town of {townName}', '{townName}'],
      ['in', 'a busy port town called {townName}', '{townName}'],
      ['in', 'a river town called {townName}', '{townName}'],
    ],
  },
};

/** Parts for invented place names per genre: [first parts, second parts]. */
export const PLACE_NAME_PARTS: Record<Genre, [string[], string[]]> = {
  fantasy: [
    ['Ash', 'Bram', 'Cold', 'Dun', 'Elder', 'Fen', 'Hollow', 'Kel', 'Mar', 'Oak', 'Raven', 'Thorn', 'Wyn', 'Grey', 'Stag'],
    ['ford', 'wick', 'mere', 'holt', 'haven', 'moor', 'bridge', 'well', 'march', 'combe', 'stead', 'water'],
  ],
  scifi: [
    ['Kepler', 'Tycho', 'Halden', 'Osei', 'Vesta', 'Meridian', 'Calloway', 'Nakamura', 'Ishtar', 'Helios', 'Cassini', 'Arkady'],
    [''],
  ],
  modern: [
    ['Ash', 'Brook', 'Carter', 'Elm', 'Fair', 'Glen', 'Harbor', 'Lake', 'Mill', 'North', 'River', 'West'],
    ['ville', 'field', 'ton', 'view', 'dale', 'port', 'wood', 'bridge'],
  ],
  historical: [
    ['Ash', 'Black', 'Cole', 'Dray', 'King', 'Mill', 'Queen', 'Stan', 'Whit', 'Wool', 'Iron', 'Salt'],
    ['bury', 'ford', 'ton', 'ley', 'field', 'bridge', 'moor', 'gate'],
  ],
  nautical: [
    ['Gull', 'Salt', 'Storm', 'Tide', 'Wreck', 'Anchor', 'Kester', 'Mullion', 'Pen', 'Fal', 'Brine', 'Heron'],
    ['haven', 'mouth', 'cove', 'wick', 'quay', 'ness', 'port', 'hithe'],
  ],
  western: [
    ['Dry', 'Dead', 'Copper', 'Silver', 'Rattlesnake', "Cutter's", 'Bitter', 'Lone', 'Red', 'Dusty', "Hangman's", 'Sweetwater'],
    [' Creek', ' Bend', ' Gulch', ' Springs', ' Flats', ' Crossing', ' Wells', ' Ridge'],
  ],
  postapoc: [
    ['Rust', 'Glass', 'Ash', 'Six', 'Dust', 'Scrap', 'Salt', 'Bone', 'Last', 'Iron', 'Cinder', 'Dry'],
    ['town', 'mile', 'haven', 'hold', 'yard', 'gate', 'field', 'well'],
  ],
  neutral: [
    ['Ash', 'Bramble', 'Cold', 'Elm', 'Fair', 'Hart', 'Kings', 'Mill', 'Oak', 'Stan', 'Wil', 'Green'],
    ['ford', 'wick', 'mere', 'by', 'ton', 'field', 'bridge', 'well', 'haven', 'stead'],
  ],
};
