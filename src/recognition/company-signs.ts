/**
 * A company named by its business: "Oracle CEO Safra Catz", "Oracle’s stock price took a hit",
 * "Oracle's purchase of Sun", "Oracle database software", "Oracle shares fell 12%". A company's weak one-word name ("Oracle",
 * an ordinary word) needs page evidence (evidence.ts); on a finance or technology page that
 * names no other pack entity, the name with a chief executive's post and a name after it, or
 * owning shares, stock, revenue or earnings, is the company as surely as "Oracle Corp." would
 * be. Like a company speaking (company-speaker.ts), it is that company's evidence for the page,
 * for that company alone, and only keeps weak mentions its other rules kept.
 *
 * Kept narrow, for the look-alikes of a company's name on ordinary pages:
 * - a corporate post only with a capitalized name after it ("Oracle CEO Safra Catz", "Oracle's
 *   chief executive, Safra Catz"): a post alone may be a character's ("the Oracle chairman of
 *   the temple" reads no name);
 * - a business noun in the possessive ("Oracle's shares", "Oracle’s acquisition of Sun"); without
 *   the possessive only a noun of its trade ("Oracle software", "Oracle customers", "Oracle
 *   licenses"; not "Oracle cards" or "oracle bones") or its shares before a market move ("Oracle
 *   shares rose": "Oracle shares its wisdom" is a verb);
 * - never after a lower-case "the": "the Oracle's prophecy", "the Oracle's shares of wisdom"
 *   are a character's or a thing's.
 * A company opening its sentence with a deal (`dealAfter`, asked by company-speaker.ts with its
 * other verbs: "Oracle acquired Sun Microsystems", "Oracle sues Google", "Oracle completes
 * takeover of Sun") acts as only a company does; the other company's name or the deal must follow.
 * Other companies of the same name are read before: "Oracle Power PLC … Oracle's shares rose" is
 * Oracle Power's, by other-bodies.ts, before any evidence is weighed; "Oracle Team USA CEO" and
 * "Oracle Park's revenue" are longer names (name-structure.ts).
 */
import { nextWord, possessiveEnd, previousWord, type Word } from './name-tokens';
import { FUNCTION_WORDS } from './name-words';

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter((w) => w.length > 0));

/** Posts of a company's officers, held by the person named after them ("Oracle CEO Safra Catz"). */
const CORPORATE_POSTS = words('ceo cfo coo cto co-ceo chairman chairwoman co-founder cofounder');
/** Words after "chief" that make it a company's officer ("Oracle chief executive Safra Catz"). */
const CHIEF_POSTS = words('executive financial operating technology');
/**
 * A company's business, owned in the possessive ("Oracle's shares", "Oracle’s acquisition of
 * Sun"). Not "database", "software" or "network": a character of the name owns those too
 * ("Oracle's database of criminals", Batgirl's).
 */
const BUSINESS_NOUNS = words(`
  shares stock stocks earnings revenue revenues profit profits sales fiscal quarterly valuation
  acquisition acquisitions purchase takeover merger customers products shareholders investors
  executives employees
`);
/**
 * Nouns of a company's trade right after its bare name ("Oracle software", "Oracle customers",
 * "Oracle licenses"): no oracle, character or arena sells them. Not "cards", "bones" or "deck"
 * (oracle cards, oracle bones), not "shares" (a verb: "Oracle shares its wisdom").
 */
const TRADE_NOUNS = words(`
  stock software database databases products customers licenses licences shareholders
  executives employees engineers
`);
/** Nouns that name the company's shares without a possessive ("Oracle shares rose"). */
const SHARE_NOUNS = words('shares stock');
/** Market moves after the shares ("Oracle shares rose", "Oracle stock plunged"). */
const MARKET_MOVES = words(`
  rose fell jumped surged slid dropped gained climbed tumbled soared plunged sank rallied slumped
  dipped rise fall jump surge slide drop gain climb tumble soar plunge sink rally slump dip
`);

/** Verbs of a deal with another company, named after them ("Oracle acquired Sun Microsystems", "Oracle sues Google"). */
const DEAL_VERBS = words('acquired acquires buys bought sued sues');
/** Verbs that complete a deal named after them ("Oracle completes takeover of Sun", "… completed its acquisition"). */
const COMPLETING_VERBS = words('completes completed closes closed');
/** The deals COMPLETING_VERBS complete. */
const DEALS = words('takeover acquisition purchase merger');
/** Words that may stand between a completing verb and its deal. */
const DEAL_DETERMINERS = words('its the a');

/** The word after `end`, across one comma ("Oracle's CEO, Safra Catz"). */
function nameAfter(text: string, end: number): Word | undefined {
  return text[end] === ',' ? nextWord(text, end + 1) : nextWord(text, end);
}

/** Whether a capitalized word that opens a name follows the post ending at `end`. */
function personNamedAfter(text: string, end: number): boolean {
  const name = nameAfter(text, end);
  return name !== undefined && name.shape === 'capitalized' && !FUNCTION_WORDS.has(name.folded);
}

/** Whether a corporate post opens at `post` and a person's name follows it. */
function officerAfter(text: string, post: Word): boolean {
  if (CORPORATE_POSTS.has(post.folded)) return !post.possessive && personNamedAfter(text, post.end);
  if (post.folded !== 'chief' || post.possessive) return false;
  const second = nextWord(text, post.end);
  return second !== undefined && CHIEF_POSTS.has(second.folded) && personNamedAfter(text, second.end);
}

/**
 * Whether a deal verb at `verb` is followed by the other company's capitalized name, or a
 * completing verb by the deal it completes (asked by company-speaker.ts for a company opening its
 * sentence: "Oracle acquired Sun Microsystems", "Oracle completes takeover of Sun").
 */
export function dealAfter(text: string, verb: Word): boolean {
  if (DEAL_VERBS.has(verb.folded)) return personNamedAfter(text, verb.end);
  if (!COMPLETING_VERBS.has(verb.folded)) return false;
  let deal = nextWord(text, verb.end);
  if (deal !== undefined && DEAL_DETERMINERS.has(deal.folded)) deal = nextWord(text, deal.end);
  return deal !== undefined && DEALS.has(deal.folded);
}

/**
 * Whether the company name at text[start, end) is named by its business: a corporate post and a
 * person's name after it, a business noun in its possessive, a noun of its trade right after it,
 * or its shares before a market move.
 */
export function companyBusinessSign(text: string, start: number, end: number): boolean {
  const before = previousWord(text, start);
  if (before !== undefined && before.folded === 'the') return false;
  const owned = possessiveEnd(text, end);
  const next = nextWord(text, owned >= 0 ? owned : end);
  if (next === undefined) return false;
  if (officerAfter(text, next)) return true;
  if (next.shape !== 'lower') return false;
  if (owned >= 0) return BUSINESS_NOUNS.has(next.folded);
  if (TRADE_NOUNS.has(next.folded)) return true;
  if (!SHARE_NOUNS.has(next.folded) || next.possessive) return false;
  const move = nextWord(text, next.end);
  return move !== undefined && move.shape === 'lower' && MARKET_MOVES.has(move.folded);
}
