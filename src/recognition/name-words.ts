/**
 * Closed word classes of English news text that decide whether a capitalized word next to an
 * alias belongs to a personal or proper name. These are facts about the language, not about any
 * entity or namesake: a pack never needs to list them. All entries are lower case.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter((w) => w.length > 0));

/**
 * Words that are capitalized only because they open a sentence or a headline: determiners,
 * pronouns, conjunctions, prepositions, auxiliaries, reporting verbs and common sentence adverbs.
 * Next to an alias they never make it part of a longer name ("When Trump…", "Trump Will…").
 */
export const FUNCTION_WORDS = words(`
  a an the this that these those there here his her its their our your my me him them us it he she
  they we you i who whom whose which what when where why how whether
  and or but nor so yet for of in on at to from by with as if while after before since until
  because although though than then also even only just not no yes all both each every some any
  many most more much such other another own same few several again already still ever never
  now today yesterday tomorrow tonight meanwhile however instead later earlier soon once
  into onto upon over under about above below across against among amid along around between
  beyond during except inside outside through throughout toward towards via per within without
  like unlike despite including following ahead behind near off out up down
  is was are were be been being am has have had do does did will would can could may might must
  shall should
  said says say told tells asked asks added adds wrote writes noted notes according
  mr mrs ms
  new former late ex
  monday tuesday wednesday thursday friday saturday sunday
  january february march april june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/**
 * Plurals of the story's office titles above, which stand before two or more names joined by
 * "and" ("Presidents Trump and Xi", "Secretaries Bessent and Lutnick", "Vice Premiers He and Liu"):
 * a title, not a given name. The plurals of person-titles.ts's callings are left out ("Judges Greer
 * and Moss" are judges), and so are plurals that open institutions' names ("Founders Fund",
 * "Directors Guild").
 */
export const PLURAL_TITLE_WORDS = words(`
  presidents vice-presidents secretaries undersecretaries premiers vice-premiers ministers
  chancellors ambassadors representatives envoys negotiators ceos
`);

/**
 * Titles, ranks and honorifics that stand before a name without being part of it
 * ("President Trump", "Commerce Secretary Howard Lutnick", "CEO Jensen Huang"), and the
 * descriptors that precede them ("Vice", "Deputy", "Chinese"), with
 * their plurals above.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...words(`
  president vice secretary premier minister prime chancellor chairman chairwoman chair
  ceo cfo coo cto founder cofounder co-founder chief executive director head boss
  ambassador representative rep sen senator gov governor mayor judge justice attorney general
  commissioner envoy negotiator spokesman spokeswoman spokesperson adviser advisor aide counsel
  deputy under undersecretary assistant acting special senior principal trade commerce treasury
  finance foreign state defense defence economy economic
  dr prof professor sir dame lord lady king queen prince princess emperor pope sheikh
  gen general col colonel lt lieutenant maj major capt captain sgt sergeant adm admiral cmdr
  first elect president-elect vice-president vice-premier
  chinese american china's america's beijing's washington's us u.s
  billionaire tycoon mogul founder-ceo
`),
  ...PLURAL_TITLE_WORDS,
]);

/**
 * Ordinals, which stand among title words ("First Lady", "first son") but alone before a bare
 * surname make no title: "the first Trump family insider" is not "President Trump".
 */
export const ORDINAL_WORDS = words('first second third fourth fifth last next');

/** Suffixes that make a full name another person: "Donald Trump Jr." is his son. */
export const GENERATIONAL_SUFFIXES = words('jr jr. sr sr. ii iii iv');

/**
 * The generational suffixes a comma may set off after a full name ("Donald Trump, Jr.", a
 * reference work's style); a roman numeral after a comma is as often the next item of a list.
 */
export const COMMA_SUFFIXES = words('jr jr. sr sr.');

/** Legal-form suffixes that continue a company's own name ("ByteDance Ltd", "Nvidia Corp"). */
export const CORPORATE_SUFFIXES = words(`
  corp corp. corporation inc inc. incorporated ltd ltd. limited llc plc co co. company group
  holdings holding ag sa nv gmbh lp llp
`);

/**
 * Nouns of a person's tenure that may follow the name capitalized and still mean that person
 * ("Trump Administration", "Trump Campaign").
 */
export const TENURE_NOUNS = words(`
  administration administrations admin presidency campaign era government cabinet team aides
  allies white doctrine
`);

/**
 * Tenure nouns that name a head of government's tenure alone, even owned by a bare surname
 * ("Trump's administration", "Xi's government"): the possessive of a relative or a namesake
 * seldom owns them, as it may own a campaign, a team or aides ("Lara Trump's campaign").
 */
export const OFFICE_TENURE_NOUNS = words('administration administrations presidency cabinet government');

/** Particles that join the words of a longer name ("Oracle of Omaha", "Masters de Madrid"). */
export const NAME_CONNECTORS = words('of de del della di du des la le van von da dos das al el');

/** Common nouns for a locality: after a name they make it a place ("the Silver Lake neighborhood"). */
export const PLACE_NOUNS = words(`
  neighborhood neighbourhood neighborhoods neighbourhoods district area suburb suburbs town village
  city county region reservoir lake river park street avenue boulevard road station campus
`);

/**
 * Verbs, and the reflexive pronouns, that right after a bare surname show it is used as a person
 * ("Xi said", "Trump met", "Trump himself"), not as the first word of a thing's name ("the Xi
 * baryon").
 */
export const PERSON_VERBS = words(`
  himself herself
  said says say told tells asked asks added adds wrote writes noted notes announced announces
  is was has had will would did does met meets visited visits urged urges warned warns called
  calls praised praises vowed vows signed signs spoke speaks
`);
