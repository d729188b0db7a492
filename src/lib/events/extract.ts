/**
 * Candidate events in an article's text: a sentence where an event word (captured, shelled,
 * surrounded, withdrew from, agreed, ceasefire, talks… kept as data in `event-words.json`) governs
 * a place the geoparser found in that sentence, and the text reports it as having happened. The
 * kind comes from the word and the place's kind (surrounded + an observation post is
 * `post-surrounded`; surrounded + a town is no event of the vocabulary), the date from the sentence
 * read against the publication day.
 *
 * This module reads what an event word governs; the modules it composes read the sentences and
 * their words (`sentences.ts`), the event words (`triggers.ts`), the dates (`dates.ts`), what did
 * not happen (`modality.ts`, `prevented.ts`, `prospective.ts`) and agreements named otherwise
 * (`agreements.ts`).
 *
 * Plain functions of the text and its mentions, so the build, ingest and the evaluation extract
 * alike. One pass over the sentences, and each sentence is read a fixed number of times, so the
 * cost grows with the text's length.
 */
import type { Mention } from '../geoparse/match';
import type { PlaceKind } from '../places/kinds';
import type { EventDatePrecision, EventKind } from './kinds';
import { agreementSpans, namesDeal, type AgreementSpan } from './agreements';
import {
	datePhrases,
	eventDate,
	firstOfLists,
	NUMBER_WORDS,
	timedByYearOnly,
	type DatePhrase
} from './dates';
import { hypotheticalSubject, modalOverNoun, modalBetween, SCHEDULED_NEXT, unreal } from './modality';
import { CLAUSE_BREAK, escape, lowerSet as set, sentenceRanges, wordCount, words } from './sentences';
import {
	CONVOY_SUBJECT,
	kindFor,
	NOT_FORCES,
	triggersIn,
	WHOLE_CLAUSE,
	type Found,
	type Side,
	type WordClass
} from './triggers';
import { preventedBefore } from './prevented';
import { describesForce } from './participle';
import { asideBlanked, attachedAfter, chunk, relativeAfter, sceneOf, type Chunks } from './chunks';
import { notYetBefore } from './prospective';
import WORDS from './event-words.json' with { type: 'json' };
import { execAll } from '../core/regex';

/** What extraction reads of an article. */
export interface ExtractInput {
	body: string;
	/** The geoparser's mentions of the body, in text order; datelines are skipped. */
	mentions: readonly Pick<Mention, 'place' | 'start' | 'end' | 'role'>[];
	/** The publication day, `YYYY-MM-DD`: relative dates count back from it. */
	published: string;
	/** The kind of each place id (unknown ids give no event). */
	placeKind: (id: string) => PlaceKind | undefined;
}

/**
 * One event the text seems to report, for a curator to accept or for the build to show as
 * unreviewed.
 */
export interface EventCandidate {
	places: string[];
	kind: EventKind;
	date: string;
	datePrecision: EventDatePrecision;
	/** How the date was read, in words ("'on Thursday' in a Friday story"). */
	dateEvidence: string;
	/** The sentence's UTF-16 range in the body, `end` exclusive, and its text. */
	start: number;
	end: number;
	sentence: string;
	/** The words that made it an event ("captured"). */
	trigger: string;
	/** How sure the rule is, 0–1: lower for far or passive readings, nouns and hedged reports. */
	confidence: number;
}

const CONDITIONAL = new RegExp(`\\b(?:${WORDS.conditional.join('|')})\\b`, 'i');
const HEDGE = new RegExp(`\\b(?:${WORDS.hedges.map(escape).join('|')})\\b`, 'i');
const LOCATIVES = set(WORDS.locatives);
/** Words that put the ground taken beside a place ("the hill overlooking X"): X was not taken. */
const GROUND_LOCATOR = new RegExp(`\\b(?:${WORDS.groundLocators.map(escape).join('|')})\\b`, 'i');
/**
 * Words of a pattern ("frequent attacks", "regularly shells"): with no time in the sentence, no
 * event.
 */
const HABITUAL = new RegExp(`\\b(?:${WORDS.habitual.join('|')})\\b`, 'i');
/**
 * Openers of a span that runs up to the report ("since", "over the past"): a current campaign has a
 * time.
 */
const SPAN_OPENER = new RegExp(`\\b(?:${WORDS.spanOpeners.map(escape).join('|')})\\b`, 'i');
/**
 * Objects that name no place but point back at the last settlement of the sentence ("the town").
 */
const ANAPHOR = new RegExp(`^\\s*(?:${WORDS.anaphors.map(escape).join('|')})\\b`, 'i');
const ANAPHOR_END = new RegExp(`\\b(?:${WORDS.anaphors.map(escape).join('|')})$`, 'i');
const VENUE_BEFORE = set(WORDS.venueBefore);
const NOT_VENUE_BEFORE = set(WORDS.notVenueBefore);
const CASUALTY_LOCATIVES = set(WORDS.casualtyLocatives);
/** The kinds of place "the town", "the city" or "the village" can point back at. */
const SETTLEMENTS = new Set<PlaceKind>(['capital', 'city', 'town', 'village']);

/** Wide areas: a front moves into them, but going into one names no ground entered. */
const WIDE = new Set<PlaceKind>(['governorate', 'province', 'district', 'zone', 'mountain', 'plain']);

/**
 * Verbs of a front's advance or move ("advanced into", "pushing into", "moved into"), not of going
 * inside a place.
 */
const ADVANCE = /^(?:advanc|push|mov)/i;
const DETERMINERS = set(WORDS.determiners);
/**
 * An area word and then a locator: the place after it is where the area is ("villages in Idlib",
 * "the hilltop overlooking X").
 */
const AREA_THEN_PLACE = new RegExp(
	`\\b(?:${WORDS.areaNouns.join('|')})\\b(?:\\s+and)?\\s+(?:${WORDS.areaLocators.join('|')})\\b`,
	'i'
);

/**
 * A named settlement the geoparser did not link, then a locator, before the trigger's first linked
 * place ("shelled the town of Jarjanaz in southern Idlib"): the event happened there, and the place
 * after it only says where that is, so the trigger gives no place. A list goes on ("the town of X
 * and the villages of Y"), so a list join there keeps the places after it.
 */
const UNLINKED_GROUND = new RegExp(
	`\\b(?:${WORDS.unlinkedGround.join('|')})\\s+of\\s+(?:al-|el-)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*\\s+(?:in|near|north|south|east|west|outside)\\b` +
		// The name before its ground word ("in the direction of al-Saiyad village in Idleb").
		`|(?:\\b(?:al|el)-|\\b)\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*\\s+(?:village|town|hill|hilltop)\\s+(?:in|near|north|south|east|west|outside)\\b`,
	'u'
);
/**
 * Ground named only as some village or town somewhere ("captured a village in Idlib", "five
 * villages in the province of Idlib"): a capture needs the ground taken named, so the wide place is
 * no event's.
 */
const INDEFINITE_GROUND = new RegExp(
	`\\b(?:${WORDS.indefiniteGround.join('|')}|\\d+)\\s+(?:[\\p{L}-]+\\s+)?(?:${WORDS.unlinkedGround.join('|')})` +
		// "five villages and a hill", "villages from the militants" (a group's name may run long),
		// then where they lie ("in", "inside", "south of").
		`(?:\\s+and\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${WORDS.unlinkedGround.join('|')}))?(?:\\s+from\\s+[^,;.]{0,80}?)?` +
		`\\s+(?:in|inside|within|throughout|across|of|near|on|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\\s+of)\\b`,
	'iu'
);
/**
 * The first names of a list that the geoparser did not link ("the villages of Hass, Kafr Nabl and
 * Bisaqla" with Hass unlinked): the list goes on to the linked names, which its commas do not cut
 * off.
 */
const UNLINKED_LIST =
	/(?:(?:al-|el-)?\p{Lu}[\p{L}’'`-]*(?:\s+(?:al-|el-)?\p{Lu}[\p{L}’'`-]*){0,3}\s*,\s*)+$/u;
/**
 * One town named after "of" ("entered a strategic town of X"): when X is a settlement, the town is
 * X.
 */
const ONE_SETTLEMENT_OF = /\b(?:a|an|one)\s+(?:[\p{L}-]+\s+)?(?:town|village|city)\s+of\s+$/iu;

/**
 * Settlements named right after "of" ("the villages of X and Y") are the ground itself, not where
 * it lies.
 */
const NAMING_AREA = new RegExp(`\\b(?:${WORDS.namingAreas.join('|')})\\s+of\\s+$`, 'i');
/**
 * Whether the words before a place make it where the ground taken lies ("villages in X", "the Y
 * area east of the town of X"), unless they name the ground first ("the villages of X"): the
 * earlier of an area with its locator and a naming phrase decides.
 */
/**
 * Ground named only by a bare plural right after the word, then where it lies ("liberated cities in
 * the province of X", "seized villages near X"): as with "five villages in X", the wide place was
 * not taken.
 */
const BARE_PLURAL_GROUND =
	/^\s*(?:[\p{L}-]+\s+)?(?:villages|towns|cities|settlements|hills|areas|positions)\s+(?:in|near|around|across)\b/iu;

/**
 * Ground named by a common noun, then a place it lies near ("gaining control over the roads near
 * X", "took the hill outside X"): the ground taken is the road or the hill, and X only says where it
 * lies (guide rule 6: a capture needs the ground taken named).
 */
const GROUND_NEAR = new RegExp(
	String.raw`^\s*(?:(?:over|of)\s+)?(?:(?:the|a|an|its|their|some|several|\d+)\s+)?(?:[\p{L}-]+\s+){0,2}?` +
		String.raw`(?:roads?|routes?|highways?|hills?|hilltops?|heights|positions|areas?|points?|farms|fields|` +
		String.raw`villages?|towns?|settlements?|districts?|neighbou?rhoods?)\s+` +
		String.raw`(?:near|around|outside|surrounding|close\s+to|next\s+to)\b`,
	'iu'
);

/**
 * A direction right before the place: the ground taken lies that way from it ("the liberation of
 * north of Hama").
 */
const DIRECTION_GROUND = /\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$/i;

function areaLocates(lead: string): boolean {
	const area = AREA_THEN_PLACE.exec(lead);
	const naming = NAMING_AREA.exec(lead);
	return !!area && !(naming && naming.index <= area.index);
}

/**
 * A purpose with its own object between a word and a place ("set up the ninth post to control the
 * zone in X"): what is set up is the object before it, and the place belongs to the purpose.
 */
const PURPOSE = /\bto\s+(?!the\b|a\b|an\b)[a-z]+\s+(?:the|a|an|its|their)\b/i;

/**
 * Turkish troops as the subject of an entry word ("Turkish forces entered X", "the Turkish military
 * moved in the X area"): they went in to take up positions, not against whoever held the place, so
 * it is a deployment (EVENTS.md rule 5, "Entered or deployed"). "Turkish-backed" fighters are
 * another side.
 */
const TURKISH_FORCES =
	/\bTurk(?:ish|ey['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:troops|forces|soldiers|army|military|units|commandos)\b/giu;

/**
 * Another force named between Turkish troops and the entry word: the subject is no longer theirs.
 */
const OTHER_FORCE =
	/\b(?:syrian|government|regime|pro-government|rebels?|militants?|fighters|jihadists|insurgents)\b/i;

/**
 * Turkey named right before an entry noun or verb ("the Turkish move into X", "Turkey's entry into
 * X").
 */
const TURKISH_RIGHT_BEFORE = /\bTurk(?:ish|ey['’]s)\s+$/i;

/**
 * Whether the clause before an entry word has Turkish troops as its subject, a few words before it.
 */
function turkishSubject(before: string): boolean {
	if (TURKISH_RIGHT_BEFORE.test(before)) return true;
	const last = execAll(TURKISH_FORCES, before).at(-1);
	if (!last) return false;
	const rest = before.slice(last.index + last[0].length);
	return wordCount(rest) <= 12 && !CLAUSE_BREAK.test(rest) && !OTHER_FORCE.test(rest);
}

/**
 * Words right before a place that make it the attack's author, not its target ("an attack blamed on
 * Damascus").
 */
const ACTOR_BEFORE = new RegExp(`\\b(?:${WORDS.actorBefore.map(escape).join('|')})\\s+(?:the\\s+)?$`, 'i');

/**
 * How many words may stand between a trigger and its place: further than this, the place is another
 * clause's.
 */
const MAX_GAP_WORDS = 15;

/**
 * How far an attack's place may stand when the words between name its target and then where that
 * lies ("missiles on the X Surgical Hospital for children and women supported by the Y Association
 * in Z"): a named building can be long, and "in" ties the place to it.
 */
const MAX_TARGET_GAP_WORDS = 25;
const TARGET_IN =
	/^\s*(?:on|at|against)\b[^,;:]*\b(?:in|at|inside)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$/i;
/**
 * How many words may stand between a clause's first word, a place, and its passive verb: an
 * apposition describing the place can be long ("Saraqib, a city at the junction of two highways,
 * was taken").
 */
const MAX_SUBJECT_GAP_WORDS = 40;

/** A share of the dead or wounded ("most of them", "mostly"), which opens no clause of its own. */
const SHARE_OF_DEAD = String.raw`(?:most|many|some|all|several|half|dozens|\d+|${NUMBER_WORDS.join('|')})\s+of\s+(?:them|whom)|mostly|mainly`;
/**
 * A comma between a verb and the first place after it, unless it opens a list of examples: the
 * place is in an apposition or another clause ("liberated Kafr Weid, a city in the south of Idlib"
 * when Kafr Weid is not in the gazetteer). A share of the dead or wounded opens no other clause
 * either ("killed 50 civilians, most of them at a market in X", ", mostly women, in X"): the count
 * goes on to where they died.
 */
const APPOSITION = new RegExp(
	String.raw`,(?!\s*(?:including|such\s+as|like|among\s+them|namely|${SHARE_OF_DEAD})\b)`,
	'i'
);
/** Words for people among the dead or wounded ("a man", "his wife", "their three children"). */
const PEOPLE = String.raw`(?:man|woman|men|women|child|children|boys?|girls?|wife|husband|sons?|daughters?|brothers?|sisters?|mother|father|bab(?:y|ies)|infants?)`;
/** One of them, with its determiner or count and a word before it. */
const ONE_VICTIM = String.raw`(?:(?:a|an|his|her|their|the|\d+|${NUMBER_WORDS.join('|')})\s+)?(?:[\p{L}-]+\s+)?${PEOPLE}\b`;
/**
 * The dead or wounded named after their count, set off by a comma ("killed five people from one
 * family, a man, his wife and their three children in X"): who they were, not another clause, so the
 * count goes on to where they died.
 */
const VICTIMS_ASIDE = new RegExp(
	String.raw`,\s*${ONE_VICTIM}(?:\s*(?:,\s*(?:and\s+)?|and\s+)${ONE_VICTIM})*,?`,
	'giu'
);

/**
 * The dead or wounded among a count, set off by commas (", including a child,", ", among them two
 * women and a boy,") before where they died: who some of them were, so the count goes on to the
 * place.
 */
const INCLUDED_VICTIMS = new RegExp(
	String.raw`,\s*(?:including|among\s+them)\s+(?:at\s+least\s+)?${ONE_VICTIM}` +
		String.raw`(?:\s*(?:,\s*(?:and\s+)?|and\s+)${ONE_VICTIM})*\s*,(?=\s*(?:in|at|near|inside)\b)`,
	'giu'
);

/** A share of the dead set off by commas (", mostly women,"): read as if it were not there. */
const SHARE_ASIDE = new RegExp(String.raw`,\s*(?:${SHARE_OF_DEAD})\b[^,;:]{0,40},`, 'gi');

/**
 * A ground word and a comma right before the place: the place names that ground in apposition
 * ("took another town, X", "seized a strategic hill, Y"), so the comma opens no other clause.
 */
const GROUND_NAMED_NEXT = /\b(?:town|village|city|hilltop|hill|settlement|airbase|airport)\s*,\s*$/i;

/**
 * A speech verb right after a place: the place speaks for a government ("took the town, Ankara
 * said"), it was not taken.
 */
const SPEAKER_AFTER = /^\s*(?:has\s+|had\s+)?(?:said|says|claimed|announced|told|reported|stated)\b/i;

/**
 * How many words a list may put between two places it joins ("Hama and its neighbouring province of
 * Idlib").
 */
const MAX_LIST_GAP_WORDS = 6;

/**
 * A past or -ing verb and its preposition right after a list's join: another predicate, not a list.
 */
const VERB_AFTER_JOIN =
	/^(?:then\s+)?[\p{L}-]+(?:ed|ing)\s+(?:to|towards|toward|on|onto|into|in|near|at|from|around|through)\b/iu;

/** An auxiliary right after a list's join: the subject's second predicate, not a second place. */
const AUXILIARY_AFTER_JOIN = /^(?:is|are|was|were|has|have|had|will|would|could|can)\b/i;

/**
 * An area word a place may carry after its name, before a list's join ("Hama northern countryside
 * and").
 */
const AREA_TAIL =
	/^\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:countryside|province|governorate|region)(?=\s*(?:,|and\b|or\b))/i;

/**
 * The kind of ground a settlement's name may carry before a list's join ("X town and the village of
 * Y", "X town as well as the villages of Y"): it belongs to the place before the join.
 */
const SETTLEMENT_TAIL = /^\s+(?:town|village|city)(?=\s*(?:,|and\b|or\b|as\s+well\s+as\b))/i;

/**
 * A bearing a place carries before a list's join ("capturing X to the west and Y to the north", "X
 * to its south, Y"): it says where that place lies from the story's town, and the list goes on.
 */
const BEARING_TAIL =
	/^\s+to\s+(?:the|its|their)\s+(?:north|south|east|west)(?:-?(?:east|west))?(?=\s*(?:,|and\b|or\b|as\s+well\s+as\b))/i;

/** -ing words that describe a place rather than act on it ("neighbouring", "surrounding"). */
const ING_ADJECTIVE =
	/^(?:neighbou?ring|surrounding|adjoining|adjacent|remaining|following|besieged|nearby|bordering|overlooking|strategic)\b/i;

/**
 * A count and where it was, after a list's join ("killed nine in X as well as two in the village of
 * Y", "and 12 others in Y"): the next place of the same tally, however many words the count takes.
 */
const COUNT_THEN_PLACE = new RegExp(
	String.raw`^(?:\d+|${NUMBER_WORDS.join('|')}|dozens|several|others?)\s+(?:(?:more|others?|people|civilians|children|soldiers|fighters)\s+)?(?:in|at)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$`,
	'i'
);

/**
 * Joins of a list of places: a comma, "and", "or", "as well as", "along with", at the start of the
 * gap.
 */
const LIST_JOIN =
	/^\s*(?:,\s*(?:and\s+|or\s+|as\s+well\s+as\s+|along\s+with\s+|together\s+with\s+)?|and\s+|or\s+|as\s+well\s+as\s+|(?:along|together)\s+with\s+|&\s*)/i;

/**
 * The day of what a list reports, between its last place and a join ("seized X and Y today, along
 * with Z").
 */
const DAY_BEFORE_JOIN =
	/^\s+(?:today|yesterday|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?=\s*,\s*(?:along|together)\s+with\b)/i;

/** A bearing adjective ("southern", "north-western"). */
const BEARING = String.raw`(?:north|south|east|west)(?:-?(?:east|west))?ern`;

/** A bearing adjective and nothing else before a list member ("western ", "north-western "). */
const BEARING_ADJECTIVE = /^(?:north|south|east|west)(?:-?(?:east|west))?ern\s+$/i;

/** The join to a list's next member that carries a bearing adjective too (" and north-western "). */
const BEARING_MEMBER_NEXT =
	/^\s*,?\s*(?:and|or)\s+(?:the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?ern\s+$/i;

/**
 * The kind of ground a list member is named by, with one adjective (", as well as the devastated
 * towns of"): after a join word it names the next members, so it does not count toward the gap's
 * length.
 */
const KIND_NAMED = /\bthe\s+(?:[\p{L}-]+\s+)?(?:towns?|villages?|city|cities)\s+of\s+$/iu;

/**
 * Whether the gap between two places joins them in a list: it opens with a join, is short, and what
 * follows the join does not start with a preposition or a relative word (", in Idlib province",
 * ", located in", ", a city in" say where the first place is, not a second place of the event).
 */
function joinsList(gap: string, next?: string): boolean {
	// "X southern countryside and Y northern countryside": the area word belongs to the place
	// before the join.
	gap = gap
		.replace(AREA_TAIL, '')
		.replace(SETTLEMENT_TAIL, '')
		.replace(BEARING_TAIL, '')
		.replace(DAY_BEFORE_JOIN, '');
	const join = LIST_JOIN.exec(gap);
	if (join && COUNT_THEN_PLACE.test(gap.slice(join[0].length)) && !CLAUSE_BREAK.test(gap)) return true;
	if (REPEATED_AREA.test(gap)) return true;
	// After a bare comma a named kind of ground is an apposition (", considered a gateway to the
	// town of"), so it counts there.
	const counted = join && !/^\s*,\s*$/.test(join[0]) ? gap.replace(KIND_NAMED, ' ') : gap;
	if (!join || wordCount(counted) > MAX_LIST_GAP_WORDS || CLAUSE_BREAK.test(gap)) return false;
	// A second verb after the join ("captured X and advanced towards Y", "took X village and is
	// fighting to restore Y") starts another predicate.
	if (VERB_AFTER_JOIN.test(gap.slice(join[0].length)) || AUXILIARY_AFTER_JOIN.test(gap.slice(join[0].length)))
		return false;
	// Nor does an -ing verb whose object is the next place ("after taking X and approaching Y"); an
	// -ing adjective of place ("X and neighbouring Y") keeps the list.
	const rest = gap.slice(join[0].length);
	if (/^(?:then\s+)?[\p{L}-]+ing\s+(?:the\s+)?$/iu.test(rest) && !ING_ADJECTIVE.test(rest)) return false;
	// Nor an -ing verb with its own object before the place ("the liberation of X and gaining
	// access to the Y highway"): a gerund phrase of its own, not a second place of the first word.
	if (
		/^(?:then\s+)?[\p{L}-]{3,}ing\s+[\p{L}-]+\s+(?:to|of|over|into|on)\b/iu.test(rest) &&
		!ING_ADJECTIVE.test(rest)
	)
		return false;
	// Nor does a participle after a comma ("seized X and Y, pressing ahead towards Z").
	if (/^\s*,\s*$/.test(join[0]) && /^[\p{L}-]+ing\b/iu.test(gap.slice(join[0].length))) return false;
	const first = words(gap.slice(join[0].length))[0];
	// "X and western Y", "X, western Y and north-western Z": a bearing adjective after "and", or
	// after a comma when the next member carries one too, is part of a list member's name, not
	// a locator of the place before (", western Z" alone says where that place lies).
	const bearing =
		BEARING_ADJECTIVE.test(rest) &&
		(/\b(?:and|or|as\s+well\s+as)\s+$/i.test(join[0]) ||
			(next !== undefined && BEARING_MEMBER_NEXT.test(next)));
	// "in X and in Y", "at X and near Y": a locative after "and" is the same phrase again, a second
	// place of the word; after a bare comma it says where the place before lies (", in Z province").
	if (first && LOCATIVES.has(first) && !bearing && !REPEATED_LOCATIVE.test(gap)) return false;
	// "X and Y, both in Z": Z says where the places before lie.
	if (/^(?:both|all|each|all\s+(?:two|three|four|five))\s+(?:in|near|of)\b/i.test(gap.slice(join[0].length)))
		return false;
	// "X, Y and Z in W" with Z unlinked: W only says where Z lies, so it is not the list's next
	// place.
	return !UNLINKED_THEN_LOCATOR.test(gap.slice(join[0].length));
}

/**
 * A join with "and" or "as well as", then a preposition of place and nothing else up to the next
 * place ("and in", ", and near the town of", "as well as in"): a phrase of place repeated for a
 * second place.
 */
const REPEATED_LOCATIVE =
	/^\s*(?:,\s*)?(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:in|at|near|around|inside|on)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$/i;

/**
 * A phrase of place repeated after "and" or "as well as" with an area of its own ("as well as in
 * the southern countryside of"): longer than a list's usual gap, still a second place of the word.
 */
const REPEATED_AREA = new RegExp(
	String.raw`^\s*(?:,\s*)?(?:and|as\s+well\s+as)\s+(?:also\s+)?in\s+the\s+` +
		String.raw`${BEARING}(?:\s+and\s+${BEARING})?\s+(?:countryside|outskirts|suburbs)\s+of\s+(?:the\s+)?$`,
	'i'
);

/**
 * A name nobody linked, then a locator, closing the gap before the next place ("and mount Daba’a in
 * southern", "and Bisaqla near"): the next place says where that name lies.
 */
const UNLINKED_THEN_LOCATOR =
	/^(?:[\p{L}’'-]+\s+){0,3}?\p{Lu}[\p{L}’'-]*\s+(?:in|near|inside|outside|around)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?$/u;

/**
 * What between two places makes the first the second's locator: a possessive ("Idlib's Maarat
 * al-Numan"), or the first standing as an adjective before the second's kind ("the Idlib province
 * town of Maarat al-Numan", "the Idlib village of Kafrayn").
 */
const POSSESSIVE =
	/^(?:['’]s\s+|\s+(?:(?:province|governorate|countryside|region)\s+)?(?:towns?|city|cities|villages?|districts?|settlements?)\s+of\s+)$/i;

/**
 * A trigger right after "after", "before" or "following" ("days after taking the town", "following
 * establishing control over X") happened at another time than its main clause.
 */
const TIME_CLAUSE = /\b(?:after|before|following)\s+(?:[\p{L}-]+\s+)?$/iu;

/**
 * A verb whose own subject follows "after" or "before" ("withdrew on Tuesday after army troops
 * invaded X"): a time clause of its own, so the main clause's day is not its day. A noun there is
 * what the main clause followed from ("killed on Sunday after a powerful explosion"), and keeps
 * that day.
 */
const SUBJECT_TIME_CLAUSE = /\b(?:after|before)\s+(?:[\p{L}'’-]+\s+){1,4}$/iu;

/**
 * Words that cite talks or a deal as what a clause acts under ("as agreed upon during", "within the
 * framework of").
 */
const ACTED_UNDER =
	/\b(?:as\s+agreed|agreed\s+upon|within\s+the\s+framework\s+of|in\s+line\s+with|in\s+accordance\s+with|pursuant\s+to|as\s+part\s+of|under\s+the\s+terms\s+of)\b/i;

/**
 * "after" with a noun phrase and no verb of its own up to the date ("captured X after fierce
 * fighting on Monday", "after a rapid advance on Thursday afternoon"): the date is still the main
 * clause's. "After rebels withdrew on Monday" or "after an offensive launched on Monday" has a
 * verb, and dates that.
 */
const NOMINAL_AFTER =
	/\bafter\s+(?![^,;]*\b(?:[\p{L}-]+ed|withdrew|fled|took|fell|began|came|left|made|sent|broke|drove|fought|won|was|were|had|has|have|is|are|they|he|she|it|we)\b)[^,;]*$/iu;

/**
 * A time clause that opens the sentence and has not closed yet ("Since capturing X on", "After the
 * army took X on").
 */
const FRONTED_TIME_CLAUSE =
	/^\s*(?:[\p{L}\d-]+\s+){0,3}?(?:after|before|since|following|once|when|until)\b[^,;:]*$/iu;

/**
 * A join to the verb before ("… and shelled", "… and then stormed"): what comes before belongs to
 * that verb.
 */
const COORDINATED = /\b(?:and|but)\b[^,;:]{0,30}$/i;

/** A relative clause set off by commas (", who had shelled X on Monday,"). */
const RELATIVE_CLAUSE = /,\s*(?:who|which|whose)\b[^,;:]*,/gi;

/** Every clause break of a stretch of text, the last of which starts the clause a trigger is in. */
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'gi');

/**
 * Whether a date phrase can date a trigger: one before it frames the sentence ("On Thursday, troops
 * entered…") unless the trigger stands in a clause of "after" or "before" ("withdrew on Wednesday,
 * days after taking the town"); one after it must stand in its clause, or it dates what the next
 * clause reports ("regaining Saraqib after an offensive, a convoy crossed on Friday").
 */
function sameClause(sentence: string, phrase: DatePhrase, trigger: Found, relative = true): boolean {
	// A day inside a relative clause between commas dates that clause's verb only ("Troops, who had
	// shelled X on Monday, captured Y on Thursday").
	for (const r of relative ? execAll(RELATIVE_CLAUSE, sentence) : []) {
		const end = r.index + r[0].length;
		const inside = (a: number, b: number) => a >= r.index && b <= end;
		if (inside(phrase.start, phrase.end) !== inside(trigger.start, trigger.end)) return false;
	}
	if (phrase.end <= trigger.start) {
		const gap = sentence.slice(phrase.end, trigger.start);
		// A day inside a fronted time clause dates that clause ("Since capturing X on Monday,
		// troops have shelled Y"), not the main clause after its comma.
		if (FRONTED_TIME_CLAUSE.test(sentence.slice(0, phrase.start)) && gap.includes(',')) return false;
		// Talks or a deal the clause acts under were held before it ("on Thursday began setting up
		// posts as agreed upon during the Astana talks"): the clause's day is not theirs.
		if ((trigger.cls === 'talks' || trigger.cls === 'agree') && ACTED_UNDER.test(`${gap}${trigger.text}`))
			return false;
		return !TIME_CLAUSE.test(gap) && (trigger.noun || !SUBJECT_TIME_CLAUSE.test(gap));
	}
	const between = sentence
		.slice(trigger.end, phrase.start)
		.replace(DASH_ASIDE, ' ')
		.replace(RELATIVE_CLAUSE, ',')
		.replace(NOMINAL_AFTER, ' ');
	// A trigger in a time clause that opens the sentence ("Two days after capturing X, troops
	// shelled Y on Thursday") reaches no day past the comma that ends that clause.
	if (FRONTED_TIME_CLAUSE.test(sentence.slice(0, trigger.start)) && between.includes(',')) return false;
	return !CLAUSE_BREAK.test(between.replace(/^\s*(?:,\s*)?(?:said|says)\b/i, ''));
}

interface Local {
	place: string;
	start: number;
	end: number;
}

/**
 * What may stand between an adjacent trigger and its place: nothing, or "the town of" ("took the
 * city of Saraqib"), maybe after whom it was taken from ("took from rebel forces the strategic city
 * of X": the named kind of ground says the object comes after the source).
 */
const ADJACENT_GAP =
	/^\s+(?:(?:from\s+(?:[\p{L}-]+\s+){1,3}?)?the\s+(?:[\p{L}-]+\s+){0,2}?(?:town|city|village|hilltop|hill|settlement|area|villages|towns|hills)\s+of\s+)?$/iu;

/**
 * A relative clause about the place before it ("X, which the army captured", "X, which was
 * shelled"), or a time clause whose "it" stands for it ("the city of X when it fell to the army").
 */
const RELATIVE_OBJECT =
	/^\s*,?\s*(?:which|that|(?:when|after|as|once|before|until)\s+it)\s+(?:[\p{L}-]+\s+){0,4}$/iu;

/**
 * A list's predicate noun and a relative passive about it, between the list's last place and the
 * word ("were the remaining towns held by the rebels in the area, which were").
 */
const PREDICATE_RELATIVE = new RegExp(
	String.raw`^\s*(?:were|are)\s+(?:the|among\s+the)\s+(?:[\p{L}-]+\s+){0,3}?` +
		String.raw`(?:towns|villages|cities|settlements|areas|positions)\b[^;:.()]{0,120}` +
		String.raw`,\s*which\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$`,
	'iu'
);

/** "That" opening a clause with a subject of its own ("… in X that the convoy was attacked"). */
const THAT_NEW_SUBJECT = /\bthat\s+(?=(?:the|a|an|its|their|his|her|this|these|those)\s)/gi;

/**
 * "That", a subject of its own and a passive auxiliary ("in X that the convoy was attacked"): the
 * passive already has its subject, so "that" opens a reported clause, not a relative one about X.
 */
const THAT_OWN_PASSIVE =
	/^\s*,?\s*that\s+(?:the|a|an|its|their|his|her|this|these|those)\s+(?:[\p{L}-]+\s+){0,2}?(?:was|were|is|are|(?:has|have|had)\s+been)\s+$/iu;

/**
 * Between a city and talks the leaders came there for ("X on Monday for talks", "X for a summit").
 */
const CAME_FOR =
	/^\s+(?:(?:on|late|early)\s+\p{L}+\s+|(?:this|last)\s+week\s+)?for\s+(?:(?:a|an|the|further|more|new|fresh|direct|crisis|peace|bilateral)\s+){0,2}$/iu;

/**
 * A relative pronoun opening the clause right after a place (not "when it", which points at one
 * place).
 */
const RELATIVE_PRONOUN = /^\s*,?\s*(?:which|that)\b/i;

/**
 * An apposition that says where the place before it lies ("X, a city in Y", "X, 15 km south of Y").
 */
const LOCATOR_APPOSITION =
	/^\s*,\s*(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:in|of|near)\s+(?:the\s+)?|(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+|to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?)$/iu;

/**
 * A head noun that a place only locates ("posts around X", "positions in X"): a relative clause
 * after X is about the noun.
 */
const HEAD_BEFORE_PLACE =
	/\b(?:posts|positions|bases|points|troops|forces|outposts)\s+(?:in|around|near|across|inside|at)\s+(?:the\s+)?$/i;

/** "There" as the place of an attack word right before it ("an attack there"), not "there were". */
const THERE = /^\s+there\b(?!\s+(?:is|are|was|were|have|has|had|will|would)\b)/i;

/**
 * What something was set up under, right after the word ("as part of a", "under the", "in line with
 * the").
 */
const SET_UP_UNDER = /^\s*(?:as\s+part\s+of|under|in\s+line\s+with|in\s+accordance\s+with|pursuant\s+to)\b/i;

/** "and then" or ", then" before a place: another predicate begins, which the place belongs to. */
const THEN_PREDICATE = /(?:\band|,)\s+then\b/i;

/**
 * A verb joined to the next one ("entered and captured X"): both govern the places of the second.
 */
const VERB_JOIN = /^\s*(?:,\s*)?(?:and|or)\s*$/i;

/** Words a trigger's own clause may open with before its subject place ("the", "the town of"). */
const MAX_SUBJECT_LEAD_WORDS = 3;

/** Where a place found for a trigger stands, and how many words lie between them. */
interface Reach {
	places: Local[];
	gap: number;
	/**
	 * A clause about the word that holds its own date ("talks, which took place in X in
	 * mid-September"), when the reading found the place there.
	 */
	dated?: { start: number; end: number };
}

const NONE: Reach = { places: [], gap: 0 };

/**
 * The places a trigger governs, in sentence offsets: its own reading (`direct`), or, when that
 * finds none, the place a relative clause is about ("X, which the army captured"), a verb's object
 * shared with the verb it is joined to ("entered and captured X"), the settlement "the town" points
 * back at ("days after taking the town"), or the subject after a fronted "its capture" ("a week
 * after its capture, X reopened").
 */
function governed(
	sentence: string,
	trigger: Found,
	side: Side,
	mentions: readonly Local[],
	triggers: readonly Found[],
	kindOf: (place: string) => PlaceKind | undefined
): Reach {
	// Talks named by their venue ("the Astana peace talks", "the Sochi summit") took place there.
	if (trigger.cls === 'talks' && trigger.noun) {
		const venue = mentions.filter((m) => m.end <= trigger.start).at(-1);
		if (venue && /^\s+(?:peace\s+)?$/i.test(sentence.slice(venue.end, trigger.start)))
			return { places: [venue], gap: 0 };
	}
	if (trigger.frame) return framed(sentence, trigger.frame, trigger, mentions, kindOf);
	if (trigger.made) return dealsOwnWords(sentence, trigger, mentions, kindOf);
	// "the de-escalation zone agreement": the place that names the deal, right before its word.
	if (trigger.named) {
		const name = mentions.filter((m) => m.end <= trigger.start).at(-1);
		return name &&
			namesDeal(
				sentence.slice(name.start, name.end),
				sentence.slice(name.end, trigger.start),
				kindOf(name.place)
			)
			? { places: [name], gap: 0 }
			: NONE;
	}
	const own = direct(sentence, trigger, side, mentions, triggers, kindOf);
	if (own.places.length || trigger.cls === 'casualty') return own;
	// "travelled to X on Monday for talks", "arrived in X for a summit": the city the leaders came
	// to is the venue.
	if (trigger.cls === 'talks' && trigger.noun) {
		const venue = mentions.filter((m) => m.end <= trigger.start).at(-1);
		if (
			venue &&
			/\b(?:in|at|to)\s+$/i.test(sentence.slice(Math.max(0, venue.start - 4), venue.start)) &&
			CAME_FOR.test(sentence.slice(venue.end, trigger.start)) &&
			!unreal(sentence.slice(0, venue.start).replace(/\b(?:in|at|to)\s+$/i, ''))
		)
			return { places: [venue], gap: wordCount(sentence.slice(venue.end, trigger.start)) };
	}
	// "Negotiations between the two sides, which took place in X in mid-September": the relative
	// clause about the talks says where they were held.
	if (trigger.cls === 'talks' && trigger.noun) {
		const held = heldIn(sentence, trigger, mentions);
		if (held) return held;
	}
	const before = mentions.filter((m) => m.end <= trigger.start);
	// "X, Y and Z were the last towns held by the rebels (near W), which were liberated": the
	// relative clause is about the predicate's noun, which is the list of the subject; a place in
	// the predicate only locates the towns.
	const subject = before.findLast((m) => PREDICATE_RELATIVE.test(sentence.slice(m.end, trigger.start)));
	if (!trigger.noun && subject && !triggers.some((t) => t.start >= subject.end && t.end <= trigger.start)) {
		const places = [subject];
		for (let i = before.indexOf(subject) - 1; i >= 0; i--) {
			const gap = sentence.slice(before[i]!.end, places[0]!.start);
			if (!joinsList(gap)) break;
			places.unshift(before[i]!);
		}
		return { places, gap: wordCount(sentence.slice(subject.end, trigger.start)) };
	}
	let antecedent = before.at(-1);
	// "X, a city in Y, which was shelled": the clause is about X, which Y only locates.
	const head = before.at(-2);
	if (antecedent && head && LOCATOR_APPOSITION.test(sentence.slice(head.end, antecedent.start)))
		antecedent = head;
	// "posts around X, which it reinforced": the clause is about the posts, which X only locates.
	if (antecedent && HEAD_BEFORE_PLACE.test(sentence.slice(0, antecedent.start))) antecedent = undefined;
	if (
		!trigger.noun &&
		antecedent &&
		RELATIVE_OBJECT.test(sentence.slice(before.at(-1)!.end, trigger.start)) &&
		!THAT_OWN_PASSIVE.test(sentence.slice(before.at(-1)!.end, trigger.start))
	) {
		// "X and Y, which were liberated by the army": a relative pronoun after a list is about the
		// whole list.
		const places = [antecedent];
		if (RELATIVE_PRONOUN.test(sentence.slice(antecedent.end, trigger.start)))
			for (let i = before.indexOf(antecedent) - 1; i >= 0; i--) {
				const gap = sentence.slice(before[i]!.end, places[0]!.start);
				if (!joinsList(gap) || triggers.some((t) => t.start >= before[i]!.end && t.end <= places[0]!.start))
					break;
				places.unshift(before[i]!);
			}
		return { places, gap: wordCount(sentence.slice(antecedent.end, trigger.start)) };
	}
	if (side !== 'after') return own;
	const next = triggers.find((t) => t.start >= trigger.end);
	if (
		!trigger.noun &&
		next &&
		next.cls !== 'casualty' &&
		VERB_JOIN.test(sentence.slice(trigger.end, next.start))
	)
		return direct(sentence, next, next.side, mentions, triggers, kindOf);
	// "launched an attack there": the settlement named before it in the sentence, not one that only
	// locates it.
	if (trigger.cls === 'attack' && THERE.test(sentence.slice(trigger.end))) {
		const settled = before.filter((m) => SETTLEMENTS.has(kindOf(m.place)!));
		let back = settled.at(-1);
		const prior = back && before[before.indexOf(back) - 1];
		if (back && prior && LOCATOR_APPOSITION.test(sentence.slice(prior.end, back.start))) back = prior;
		return back ? { places: [back], gap: wordCount(sentence.slice(back.end, trigger.start)) } : NONE;
	}
	if (ANAPHOR.test(sentence.slice(trigger.end)) || ANAPHOR_END.test(trigger.text)) {
		const back = mentions.filter((m) => m.end <= trigger.start && SETTLEMENTS.has(kindOf(m.place)!)).at(-1);
		return back ? { places: [back], gap: 0 } : NONE;
	}
	if (/\bits\s+$/i.test(sentence.slice(0, trigger.start))) {
		const comma = sentence.indexOf(',', trigger.end);
		const subject = comma < 0 ? undefined : mentions.find((m) => m.start > comma);
		if (
			subject &&
			wordCount(sentence.slice(comma, subject.start)) <= 2 &&
			wordCount(sentence.slice(trigger.end, comma)) <= MAX_GAP_WORDS
		)
			return { places: [subject], gap: wordCount(sentence.slice(trigger.end, subject.start)) };
	}
	return own;
}

/**
 * A relative clause's opening that says where talks were held, up to its place (", which took place
 * in", ", which were held on Monday at the"): that place is their venue.
 */
const HELD_AT =
	/^,\s*(?:which|that)\s+(?:had\s+)?(?:took\s+place|taken\s+place|(?:was|were|been)\s+held|convened)\s+(?:(?:on|late|early)\s+\p{L}+\s+)?(?:in|at)\s+(?:the\s+)?(?:(?:city|capital|town)\s+of\s+)?$/iu;

/**
 * The venue a relative clause about talks names, right after their words ("Negotiations between
 * Turkish and Russian officials, which took place in X"): the first place of the clause, when the
 * clause opens by saying where they were held.
 */
function heldIn(sentence: string, trigger: Found, mentions: readonly Local[]): Reach | undefined {
	const clause = relativeAfter(chunk(sentence), trigger);
	const place = clause && mentions.find((m) => m.start >= clause.start && m.end <= clause.end);
	if (!place || !HELD_AT.test(sentence.slice(clause.start, place.start))) return undefined;
	return { places: [place], gap: wordCount(sentence.slice(trigger.end, place.start)), dated: clause };
}

/**
 * Kinds of word whose place a shallow parse may find across an aside or a long gap: an attack and a
 * deployment are where their place phrase puts them (guide rule 3). A capture's or an entry's place
 * is its object, which a far phrase of place only locates, so they are read by `direct` alone.
 */
const ATTACHES = new Set<WordClass>(['attack', 'deploy']);

/**
 * A closing quotation mark between a quoted word and its preposition ('a "precision strike" on
 * X'): the word reads with its preposition as if the quote were not there (offsets kept).
 */
const QUOTED_WORD = /(\p{L})["”](?=\s+(?:on|in|at|against|near|of|to|into|targeting)\b)/gu;

/**
 * Between an attack's place and a second one the same word governs: an aside, then a phrase of
 * place ("in X, the last rebel stronghold, on the outskirts of the town of Y").
 */
const SECOND_LOCATIVE =
	/^\s*(?:on\s+the\s+)?(?:outskirts\s+of|in|at|near|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+)?(?:town|village|city)\s+of\s+)?$/iu;

/**
 * A relative clause's opening that says a deal brought something about ("which paved the way for",
 * "which led to", "that provided for", "which set up"): the places of what it brought about.
 */
const BROUGHT_ABOUT =
	/^,\s*(?:which|that)\s+(?:(?:has|had|have)\s+)?(?:paved\s+the\s+way\s+for|led\s+to|provided\s+for|provides\s+for|set\s+up|established|created|allowed\s+for|stipulated|envisaged|called\s+for)\b/i;

/** A noun right after an attack word that names its stopping ("a bombing pause"). */
const STOPPED_AFTER = /^\s+(?:pause|halt|lull|freeze|moratorium|suspension|ban)\b/i;

/**
 * The place a word's clause governs when its own reading found none (`chunks.ts`): after a verb or
 * noun, the first place its clause holds behind a preposition of place, asides and relative clauses
 * set aside, with the places a list joins to it.
 */
function attached(
	parse: Chunks,
	sentence: string,
	trigger: Found,
	side: Side,
	mentions: readonly Local[],
	triggers: readonly Found[]
): Reach {
	// "a bombing pause", "a lull in shelling": an attack named only as what stopped.
	if (STOPPED_AFTER.test(sentence.slice(trigger.end))) return NONE;
	const crossed = (a: number, b: number) => triggers.some((t) => t !== trigger && t.start >= a && t.end <= b);
	if (side !== 'after') return NONE;
	for (const m of mentions) {
		if (m.start < trigger.end || crossed(trigger.end, m.start)) continue;
		const gap = attachedAfter(parse, trigger, m);
		if (gap < 0) continue;
		// The guards of a word's own reading hold here too: a place that only locates ground
		// nobody linked ("positions near al-X village in Y"), or the side that attacked.
		const between = sentence.slice(trigger.end, m.start);
		if (UNLINKED_GROUND.test(between) || UNLINKED_LIST.test(between) || ACTOR_BEFORE.test(between))
			return NONE;
		const places = [m];
		for (let k = mentions.indexOf(m) + 1; k < mentions.length; k++) {
			const gapText = sentence.slice(mentions[k - 1]!.end, mentions[k]!.start);
			if (!joinsList(gapText) || crossed(mentions[k - 1]!.end, mentions[k]!.start)) break;
			places.push(mentions[k]!);
		}
		// "an offensive into X was imminent": as in the word's own reading, the noun's verb after
		// its place puts it ahead.
		if (trigger.noun && SCHEDULED_NEXT.test(sentence.slice(places.at(-1)!.end))) return NONE;
		return { places, gap };
	}
	return NONE;
}

/**
 * The places of the clause a deal frames ("a patrol on X in Y within the scope of the March 5
 * agreement" → X and Y; "Under the deal, posts were set up in X" → X): from the clause's start to
 * the framing words, or from the comma after a fronted frame to the next clause break. A capital
 * there is a party or a venue, never what the deal covers (guide rule 7).
 */
function framed(
	sentence: string,
	frame: { side: Side; at: number },
	trigger: Found,
	mentions: readonly Local[],
	kindOf: (place: string) => PlaceKind | undefined
): Reach {
	let from: number;
	let to: number;
	if (frame.side === 'before') {
		to = frame.at;
		from = 0;
		for (const b of execAll(CLAUSE_BREAKS, sentence.slice(0, to))) from = b.index + b[0].length;
	} else {
		from = sentence.indexOf(',', trigger.end) + 1;
		const rest = CLAUSE_BREAK.exec(sentence.slice(from));
		to = rest ? from + rest.index : sentence.length;
	}
	const places = mentions.filter((m) => m.start >= from && m.end <= to && kindOf(m.place) !== 'capital');
	if (!places.length) return dealsOwnWords(sentence, trigger, mentions, kindOf);
	const far =
		frame.side === 'before'
			? sentence.slice(places[0]!.end, trigger.start)
			: sentence.slice(trigger.end, places[0]!.start);
	return { places, gap: wordCount(far) };
}

/**
 * Where a framing deal's own words end: a clause of another subject or of saying. A relative or
 * purpose clause of the deal ("…, which bans fighting in X", "… to avert an onslaught in X") is still
 * its own words.
 */
const DEAL_WORDS_END =
	/[;—–]|(?<!\d):(?!\d)|\s-\s|\b(?:while|but|when|whereas|although|because|despite|since|until|said|says|after|before)\b/i;

/** A participle of making a deal, then "in" or "at": the place after is where it was made. */
const MADE_AT =
	/\b(?:signed|reached|made|struck|agreed|concluded|brokered)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+)?$/iu;

/**
 * When the clause a deal frames names no place ("The posts were set up under a September 2018 deal
 * … to avert an onslaught in X"), the places the deal's own words name after it are what it covers
 * (guide rule 7, "Deals cited as a frame"): the first one, never its venue ("reached in Sochi") or a
 * capital standing for a government, and the places a list joins to it.
 */
function dealsOwnWords(
	sentence: string,
	trigger: Found,
	mentions: readonly Local[],
	kindOf: (place: string) => PlaceKind | undefined
): Reach {
	const rest = sentence.slice(trigger.end);
	const end = DEAL_WORDS_END.exec(rest);
	const to = trigger.end + (end ? end.index : rest.length);
	const after = mentions.filter((m) => m.start >= trigger.end && m.end <= to);
	const first = after.findIndex(
		(m) => kindOf(m.place) !== 'capital' && !MADE_AT.test(sentence.slice(trigger.end, m.start))
	);
	if (first < 0) return NONE;
	const gap = wordCount(sentence.slice(trigger.end, after[first]!.start));
	if (gap > MAX_TARGET_GAP_WORDS) return NONE;
	const places = [after[first]!];
	for (let k = first + 1; k < after.length; k++) {
		if (!joinsList(sentence.slice(after[k - 1]!.end, after[k]!.start), sentence.slice(after[k]!.end))) break;
		places.push(after[k]!);
	}
	return { places, gap };
}

/** A deal word told as the cause of the clause before it ("as the result of a deal"). */
const CAUSE_DEAL = /\bresult\s+of\b/i;

/**
 * A participle of making a deal right after its word, up to a date ("signed in September"), maybe
 * past its parties ("reached between Russia and Turkey in September").
 */
const DEAL_PARTICIPLE =
	/^\s+(?:(?:was|were)\s+)?(?:signed|reached|made|struck|agreed|concluded|brokered|sealed)\s+(?:(?:between|by|with)\s+(?:[\p{L}-]+\s+){1,3}?(?:and|&)\s+[\p{L}-]+\s+)?(?:[\p{L}-]+\s+){0,4}?$/iu;

/**
 * Whether a date is a framing deal's own: inside its words ("the March 5 agreement") or after a
 * participle of making it ("a deal signed in September"). The day of the act it frames is not the
 * deal's ("troops entered X under the deal on Monday"), so a frame with no date of its own is
 * reported.
 */
function framesDate(sentence: string, trigger: Found, d: DatePhrase): boolean {
	if (trigger.frame && d.start >= trigger.frame.at && d.end <= trigger.end) return true;
	// "as Ankara and Moscow agreed a month ago": the date right after the frame's verb.
	if (
		trigger.frame &&
		/\bagreed$/i.test(trigger.text) &&
		/^\s*(?:in|on)?\s*$/i.test(sentence.slice(trigger.end, d.start))
	)
		return true;
	return d.start >= trigger.end && DEAL_PARTICIPLE.test(sentence.slice(trigger.end, d.start));
}

/**
 * A deal or truce told with its making ("a deal made in September … to stave off an offensive on X",
 * "a truce reached … in September that avoided an offensive on X"): when a date follows its
 * participle, it reports the deal as made on that date, and it covers the places its own words name
 * after it (`dealsOwnWords`); the words inside the participle ("reached") are no triggers of their
 * own. A deal a longer phrase already reads ("a deal to establish a zone in X", "an agreement
 * signed in X") keeps that reading, and an undated one is left to the other readings (guide rule 7,
 * "Deals cited as a frame": an undated deal recalled is no event).
 */
function madeDeal(
	sentence: string,
	span: AgreementSpan,
	made: { end: number; truce: boolean },
	triggers: Found[],
	phrases: readonly DatePhrase[]
): void {
	const word: Found = {
		cls: made.truce ? 'ceasefire' : 'agree',
		side: 'after',
		noun: true,
		made: true,
		start: span.start,
		end: span.end,
		text: span.text
	};
	if (!phrases.some((d) => framesDate(sentence, word, d))) return;
	// A phrase that holds the deal's word and more ("is the result of a deal", "a deal to set up"),
	// not a word inside the participle ("was signed").
	const phrase = (t: Found) =>
		(t.cls === 'agree' || t.cls === 'ceasefire') &&
		t.start < span.end &&
		(t.start < span.start || t.end > span.end);
	const inside = (t: Found) => t.start < made.end && t.end > span.start;
	if (triggers.some((t) => inside(t) && phrase(t))) return;
	for (let i = triggers.length - 1; i >= 0; i--) if (inside(triggers[i]!)) triggers.splice(i, 1);
	triggers.push(word);
}

/**
 * The venue of talks among the places after their word, from `first` on: the first one after "in"
 * or "at" ("talks on Idlib in Ankara" → Ankara) that no "with", "between" or "on" puts in another
 * role, or -1 ("talks with Ankara" has no venue).
 */
function venue(
	sentence: string,
	trigger: Found,
	mentions: readonly Local[],
	first: number,
	reachable: (m: Local) => boolean
): number {
	if (first < 0) return -1;
	for (let k = first; k < mentions.length && reachable(mentions[k]!); k++) {
		const w = words(`${trigger.text} ${sentence.slice(trigger.end, mentions[k]!.start)}`);
		if (w.some((x) => VENUE_BEFORE.has(x)) && !NOT_VENUE_BEFORE.has(w.at(-1) ?? '')) return k;
	}
	return -1;
}

/**
 * A comma, then a noun phrase and an auxiliary right before a passive ("X, hospitals being targeted
 * in Y", "X, the roads were shelled"): that noun is the passive's subject, not the place before the
 * comma.
 */
const NOUN_SUBJECT_AFTER_COMMA =
	/,\s*(?:(?:the|a|an|its|their|many|several|some|two|three|four|five)\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s+(?:being|been|was|were|is|are)\s+(?:[\p{L}-]+ly\s+)?$/iu;

/**
 * A trigger's own reading, in sentence offsets: after a verb or noun, the first place within
 * `MAX_GAP_WORDS` words with no clause break or other trigger between (right after it for an
 * adjacent word; after "in" or "at" for a venue of talks, never a capital "talks with" stands for a
 * government; after "in", "near"… for the dead and wounded of an attack); before a passive or
 * intransitive one ("X was targeted", "X fell back under"), the first place of its clause, which
 * must open the clause for a `subjectFirst` word. Then every place a list joins to it ("Iblin,
 * Balyun and Balshun"); a place after a locator ("in the countryside of Latakia") or before a
 * possessive ("Idlib's Maarat al-Numan") is where the place is, not the event's place.
 */
function direct(
	sentence: string,
	trigger: Found,
	side: Side,
	mentions: readonly Local[],
	triggers: readonly Found[],
	kindOf: (place: string) => PlaceKind | undefined
): Reach {
	let first: number;
	let gap: number;
	if (side === 'after') {
		// A word whose place comes before it ("X fell", "the truce took effect") does not end the
		// reach of one before it. Nor does a ceasefire end an agreement's ("agreed on a ceasefire
		// in X").
		const next =
			triggers.find(
				(t) =>
					t.start >= trigger.end && t.side === 'after' && !(trigger.cls === 'agree' && t.cls === 'ceasefire')
			)?.start ?? sentence.length;
		const reachable = (m: Local) => m.start >= trigger.end && m.start < next;
		first = mentions.findIndex(reachable);
		// Where something came from or passed through is not where it happened ("a convoy from
		// Turkey's Hatay to X", "travelled through the Y crossing to X", "rockets stationed in Y
		// hit X").
		const origin = (k: number) =>
			!trigger.route &&
			trigger.cls !== 'withdraw' &&
			!WHOLE_CLAUSE.has(trigger.cls) &&
			ORIGIN_BEFORE.test(sentence.slice(trigger.end, mentions[k]!.start));
		// A place that only says where the origin lies goes with it ("through the X crossing in
		// west Y").
		const locatesPrevious = (k: number) =>
			ORIGIN_LOCATOR.test(sentence.slice(mentions[k - 1]!.end, mentions[k]!.start));
		for (let skipped = false; first >= 0 && (origin(first) || (skipped && locatesPrevious(first)));) {
			if (first + 1 >= mentions.length || !reachable(mentions[first + 1]!)) return NONE;
			skipped = true;
			first++;
		}
		if (trigger.cls === 'talks') first = venue(sentence, trigger, mentions, first, reachable);
		if (first < 0) return NONE;
		// An aside between dashes ("dropped barrel bombs — filled with shrapnel — on X") is left
		// out: the word's object goes on after it.
		let between = sentence.slice(trigger.end, mentions[first]!.start).replace(DASH_ASIDE, ' ');
		if (trigger.cls === 'casualty')
			between = between.replace(VICTIMS_ASIDE, ' ').replace(INCLUDED_VICTIMS, ' ');
		gap = wordCount(between);
		const list = UNLINKED_LIST.exec(between);
		let lead = list ? between.slice(0, list.index) : between;
		// "struck rebel positions, depots and a command centre in X": the commas of the attack's
		// list of targets are no apposition; the place after the list is where they were.
		if (trigger.cls === 'attack') lead = lead.replace(TARGET_LIST, (l) => l.replace(/,/g, ' '));
		const targetIn =
			trigger.cls === 'attack' &&
			TARGET_IN.test(`${/\s(?:on|at|against)$/i.test(trigger.text) ? ' on' : ''}${between}`);
		if (
			gap > (targetIn ? MAX_TARGET_GAP_WORDS : MAX_GAP_WORDS) ||
			CLAUSE_BREAK.test(between) ||
			APPOSITION.test(
				SPEAKER_AFTER.test(sentence.slice(mentions[first]!.end))
					? lead
					: lead.replace(SHARE_ASIDE, ' ').replace(GROUND_NAMED_NEXT, ' ')
			)
		)
			return { places: [], gap };
		if (!WHOLE_CLAUSE.has(trigger.cls) && UNLINKED_GROUND.test(between)) return { places: [], gap };
		// "halted due to the air strike and then went to X": "then" opens another predicate, whose
		// place X is.
		if (THEN_PREDICATE.test(between)) return { places: [], gap };
		if (trigger.cls === 'attack' && ACTOR_BEFORE.test(between)) return { places: [], gap };
		if (trigger.cls === 'establish' && PURPOSE.test(between)) return { places: [], gap };
		// "posts established as part of a buffer zone deal", "set up under the Sochi accord": the
		// place names the deal something was set up under, not what was set up.
		if (trigger.cls === 'establish' && SET_UP_UNDER.test(between)) return { places: [], gap };
		if (
			TAKES_GROUND.has(trigger.cls) &&
			(areaLocates(lead) ||
				GROUND_LOCATOR.test(between) ||
				(INDEFINITE_GROUND.test(between) &&
					!(SETTLEMENTS.has(kindOf(mentions[first]!.place)!) && ONE_SETTLEMENT_OF.test(between))) ||
				(BARE_PLURAL_GROUND.test(between) && !/^\s*(?:the|its|their)\b/i.test(between)) ||
				DIRECTION_GROUND.test(between) ||
				GROUND_NEAR.test(between)) &&
			!/\b(?:including|namely|among\s+them)\b/i.test(between)
		) {
			// The ground's own names may follow ("villages in Idlib, including X and Y"): X and Y
			// were taken.
			const including =
				/,?\s*(?:including|namely|among\s+them)\s+(?:the\s+)?(?:(?:towns?|villages?|cities|city)\s+of\s+)?$/i;
			const named = mentions.findIndex(
				(m, i) => i > first && reachable(m) && including.test(sentence.slice(mentions[i - 1]!.end, m.start))
			);
			if (named < 0 || CLAUSE_BREAK.test(sentence.slice(trigger.end, mentions[named]!.start)))
				return { places: [], gap };
			first = named;
			gap = wordCount(sentence.slice(trigger.end, mentions[first]!.start));
		}
		if (trigger.adjacent && !ADJACENT_GAP.test(between)) return { places: [], gap };
		// A noun's own verb may deny or defer it ("convoys are not allowed into X", "strikes could
		// hit X").
		if (trigger.noun && (unreal(`${between} x`) || modalBetween(between, trigger.cls)))
			return { places: [], gap };
		// "The offensive on X is expected to begin": the noun's verb after its place puts it ahead.
		if (
			trigger.noun &&
			!WHOLE_CLAUSE.has(trigger.cls) &&
			trigger.cls !== 'ceasefire' &&
			SCHEDULED_NEXT.test(sentence.slice(mentions[first]!.end))
		)
			return { places: [], gap };
		if (trigger.cls === 'casualty' && !words(between).some((x) => CASUALTY_LOCATIVES.has(x)))
			return { places: [], gap };
		if (WHOLE_CLAUSE.has(trigger.cls)) {
			const places = mentions.filter((m, i) => i >= first && m.start < next);
			let end = places.length;
			for (let i = 1; i < places.length; i++) {
				const gapText = sentence.slice(places[i - 1]!.end, places[i]!.start);
				if (CLAUSE_BREAK.test(gapText) || wordCount(gapText) > MAX_GAP_WORDS) {
					end = i;
					break;
				}
			}
			return { places: places.slice(0, end), gap };
		}
	} else {
		const previous = triggers.filter((t) => t.end <= trigger.start).at(-1)?.end ?? 0;
		// A relative clause between commas inside the subject ("X, which rebels had held since
		// 2012, was captured") does not start the trigger's clause: it is blanked before looking
		// for a break.
		const clause = sentence
			.slice(previous, trigger.start)
			.replace(RELATIVE_CLAUSE, (r) => ' '.repeat(r.length));
		let clauseStart = previous;
		for (const b of execAll(CLAUSE_BREAKS, clause)) clauseStart = previous + b.index + b[0].length;
		// "said in a statement in X that the convoy was attacked": the clause "that" opens has its
		// own subject, and X is where the saying was.
		for (const b of execAll(THAT_NEW_SUBJECT, clause))
			clauseStart = Math.max(clauseStart, previous + b.index + b[0].length);
		first = mentions.findIndex((m) => m.start >= clauseStart && m.end <= trigger.start);
		if (first < 0) return NONE;
		// "… towns in X, hospitals being targeted in Y": a noun after the last place's comma is the
		// subject.
		const last = mentions.filter((m) => m.start >= clauseStart && m.end <= trigger.start).at(-1)!;
		if (NOUN_SUBJECT_AFTER_COMMA.test(sentence.slice(last.end, trigger.start))) return NONE;
		gap = wordCount(sentence.slice(mentions[first]!.end, trigger.start));
		const lead = wordCount(sentence.slice(clauseStart, mentions[first]!.start));
		if (trigger.subjectFirst && lead > MAX_SUBJECT_LEAD_WORDS) return { places: [], gap };
		const subject = lead <= 1;
		if (gap > (subject ? MAX_SUBJECT_GAP_WORDS : MAX_GAP_WORDS)) return { places: [], gap };
	}
	const limit = side === 'after' ? sentence.length : trigger.start;
	while (first + 1 < mentions.length && mentions[first + 1]!.end <= limit) {
		const between = sentence.slice(mentions[first]!.end, mentions[first + 1]!.start);
		if (!POSSESSIVE.test(between)) break;
		first++;
	}
	const places = [mentions[first]!];
	let locator = false;
	for (let k = first + 1; k < mentions.length && mentions[k]!.end <= limit; k++) {
		const between = sentence.slice(mentions[k - 1]!.end, mentions[k]!.start);
		// A place that only says where the one before lies ("X northwest of Y, the village of Z")
		// is skipped, and the list goes on from it; an area "and" joins to it with a bearing
		// adjective locates too ("to the south of Y and western W").
		if (DIRECTION_OF.test(between) || (locator && BEARING_LOCATOR_JOINED.test(between))) {
			locator = true;
			continue;
		}
		locator = false;
		// "X in western Y and Z": a wide place after "in" only says where X lies, and the list goes
		// on past it to the settlement "and" joins.
		const onward = k + 1 < mentions.length ? sentence.slice(mentions[k]!.end, mentions[k + 1]!.start) : '';
		if (
			IN_WIDE.test(between) &&
			WIDE.has(kindOf(mentions[k]!.place)!) &&
			WIDE_THEN_MEMBER.test(onward) &&
			mentions[k + 1]!.end <= limit &&
			SETTLEMENTS.has(kindOf(mentions[k + 1]!.place)!)
		) {
			locator = true;
			continue;
		}
		// "attacks on a convoy in the X area and a base near Y": a second target, with where it
		// lies.
		if (
			(trigger.cls === 'attack' && SECOND_TARGET.test(between)) ||
			(trigger.cls === 'casualty' && SECOND_VICTIMS.test(between))
		) {
			places.push(mentions[k]!);
			continue;
		}
		const crossed = triggers.some((t) => t.start >= mentions[k - 1]!.end && t.end <= mentions[k]!.start);
		// "struck villages in X on Monday, including Y and Z": the places named as among the
		// targets were struck too.
		if (
			NAMES_INCLUDED.has(trigger.cls) &&
			INCLUDING.test(between) &&
			wordCount(between) <= MAX_INCLUDING_GAP_WORDS &&
			!CLAUSE_BREAK.test(between) &&
			!crossed
		) {
			places.push(mentions[k]!);
			continue;
		}
		// "captured X and four other towns in Y": the unnamed ground taken lies in Y, which was not
		// taken whole (guide rule 6); an attack on them is an attack in Y, read as before.
		const following =
			k + 1 < mentions.length ? sentence.slice(mentions[k]!.end, mentions[k + 1]!.start) : undefined;
		if (
			!joinsList(between, following) ||
			crossed ||
			(TAKES_GROUND.has(trigger.cls) && INDEFINITE_GROUND.test(between))
		)
			break;
		const after = sentence.slice(mentions[k]!.end, mentions[k + 1]?.start ?? mentions[k]!.end);
		if (k + 1 < mentions.length && POSSESSIVE.test(after)) continue;
		places.push(mentions[k]!);
	}
	return { places, gap };
}

/**
 * One word of a target named in a list: no preposition, relative word, join or verb form ("killed",
 * "saying"), which would make the comma a clause's.
 */
const TARGET_WORD = String.raw`(?:(?!(?:in|at|near|on|to|from|into|of|which|who|that|where|and|or|as)\b|[\p{L}-]+(?:ed|ing)\b)[\p{L}-]+\s*)`;

/**
 * A list of targets after an attack word, up to its last join ("positions, ammunition depots and
 * "): items of up to three words each, at least one comma.
 */
const TARGET_LIST = new RegExp(
	String.raw`^\s+(?:(?:a|an|the|its|their|several|some)\s+)?${TARGET_WORD}{1,3}(?:,\s*(?:(?:a|an|the|its|their)\s+)?${TARGET_WORD}{1,3})+,?\s*(?:and|as\s+well\s+as)\s+`,
	'iu'
);

/** An aside set off by a pair of dashes, with the spaces around them. */
const DASH_ASIDE = /\s[—–]\s[^—–;:]{1,80}?\s[—–]\s/g;

/**
 * Kinds of word whose wide place stands for unnamed targets, which "including X" then names (guide
 * rule 6).
 */
const NAMES_INCLUDED = new Set<WordClass>(['attack', 'deploy']);

/** What names places among an event's unnamed targets: ", including (in) (the town of) X". */
const INCLUDING =
	/,\s*(?:including|among\s+them|notably)\s+(?:in\s+)?(?:the\s+)?(?:(?:[\p{L}-]+\s+)?(?:towns?|villages?|cities|city)\s+of\s+)?$/iu;

/**
 * How many words may lie between a place and the next one "including" names ("X on April 3,
 * including in the town of Y").
 */
const MAX_INCLUDING_GAP_WORDS = 10;

/**
 * Words right before a place that make it where something came from or passed on its way, not where
 * the event happened: "from", "through", "via", "stationed in", maybe with a possessive ("from
 * Turkey's") or a named kind of place with its adjective ("from the Syrian city of", "through the
 * border crossing of").
 */
const ORIGIN_BEFORE =
	/\b(?:from|through|via|(?:stationed|based|positioned|deployed)\s+(?:in|at))\s+(?:the\s+)?(?:[\p{L}-]+['’]s\s+)?(?:(?:[\p{L}-]+\s+)?(?:town|village|city|area|crossing|gate)\s+of\s+)?$/iu;

/**
 * What between an origin and the next place makes the next one its locator or another origin
 * ("crossing in west Idlib", "Reyhanli and Hatay").
 */
const ORIGIN_LOCATOR =
	/^\s*(?:,\s*|(?:(?:border|crossing|gate|area|region|district|countryside|province|governorate)\s+)?(?:in|near|of|and|or)\s+)(?:the\s+)?(?:(?:north|south|east|west)[\p{L}-]*\s+)?$/iu;

/**
 * A direction or nearness between two places: the second only locates the first ("X northwest of
 * Y", "X near Y", "X, 15 km (9 miles) east of Y", "X and Y villages to the north of Z").
 */
const DIRECTION_OF =
	/^\s*(?:(?:villages?|towns?|hills?)\s+)?,?\s*(?:(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\([^)]{0,20}\)\s+)?|to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of|near|outside)\s+(?:the\s+(?:town|village|city)\s+of\s+)?$/i;

/** "In" and maybe a bearing before a wide place that says where the place before it lies. */
const IN_WIDE = /^\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?$/i;

/** After such a wide place, the join to the list's next member ("province and", "and the"). */
const WIDE_THEN_MEMBER =
	/^\s*(?:(?:province|governorate|countryside|region)\s*)?,?\s*and\s+(?:the\s+)?(?:(?:town|village)\s+of\s+)?$/i;

/** "And" and a bearing adjective between two places that locate ("south of Y and western W"). */
const BEARING_LOCATOR_JOINED = /^\s*and\s+(?:the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?ern\s+$/i;

/**
 * Between two places under one attack word: the first target's place, then another target and where
 * it lies.
 */
const SECOND_TARGET =
	/^\s*(?:(?:area|region|countryside|city|town|village)\s+)?,?\s*and\s+(?:a|an|the|another)\s+(?:[\p{L}-]+\s+){1,3}?(?:in|near|at|outside)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$/iu;

/**
 * Between two places where an attack's dead died, the next of them and where they died ("two children in
 * the town of X and two girls in the village of Y"): a second place of the same attack.
 */
const SECOND_VICTIMS = new RegExp(
	String.raw`^\s*,?\s*and\s+${ONE_VICTIM}\s+in\s+(?:the\s+(?:town|village|city)\s+of\s+)?$`,
	'iu'
);

/**
 * Between a place and an attack noun that came with what was done to it ("X with a three-pronged
 * attack").
 */
const WITH_ATTACK = /^\s+with\s+(?:(?:a|an|the|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * A place a passive participle locates rather than has as its subject ("built in X", "deployed to
 * X").
 */
const LOCATIVE_START = /^\s+(?:in|at|near|on|inside|around|across|to|into|onto)\b/i;
const LOCATIVE_END = /\b(?:in|at|near|on|inside|around|across|to|into|onto|from)$/i;

/**
 * What names the subject of a passive after it: "towns retaken by the rebels include X and Y", "the
 * villages captured on Monday were X and Y".
 */
const NAMED_AFTER =
	/\b(?:include|includes|included|including|namely|are|were)\s+(?:the\s+)?(?:(?:towns?|villages?)\s+of\s+)?$/i;

/**
 * What follows a passive attack word when the place is where its target was moving: an agent, then
 * "as it was making its way through", "while they patrolled along", or a clause with no subject of
 * its own ("while heading to a post in", "while on its way to the town of"), whose unnamed goal
 * lies in the place.
 */
const WHILE_MOVING =
	/^\s+(?:by\b[^,;]{0,60})?(?:\s*(?:on\s+\p{L}+|yesterday|today))?,?\s*(?:as|while|when)\s+(?:(?:it|they)\s+(?:was\s+|were\s+)?)?(?:[\p{L}-]+\s+){1,3}?(?:(?:to|towards?)\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:in|near)|along|through|near|in|on|past|across|into|towards?|to)\s+(?:the\s+(?:[\p{L}-]+\s+)?(?:(?:town|village|city|stronghold|province|region)\s+of\s+)?)?$/iu;

/**
 * The same after an active attack word and its object ("pounded the convoy while it was passing
 * near X").
 */
const OBJECT_WHILE_MOVING =
	/^\s+(?:[\p{L}-]+\s+){1,5}?(?:as|while|when)\s+(?:it|they)\s+(?:was\s+|were\s+)?(?:[\p{L}-]+\s+){1,3}?(?:along|through|near|in|on|past|across|into|towards)\s+(?:the\s+(?:(?:town|village|city)\s+of\s+)?)?$/iu;

/**
 * The place a passive attack word's target was moving through ("was hit as it patrolled along X"),
 * if any.
 */
function moving(sentence: string, trigger: Found, mentions: readonly Local[]): Reach {
	const m = mentions.find((p) => p.start >= trigger.end);
	const between = m ? sentence.slice(trigger.end, m.start) : '';
	return m && (WHILE_MOVING.test(between) || (!trigger.noun && OBJECT_WHILE_MOVING.test(between)))
		? { places: [m], gap: wordCount(sentence.slice(trigger.end, m.start)) }
		: NONE;
}

/**
 * What opens a sentence before a fronted place: a quote mark or a day, then "In", "At" or "Inside"
 * and maybe "the town of".
 */
const FRONTED_LEAD =
	/^\s*["“]?\s*(?:(?:(?:on|late|early)\s+\p{L}+|(?:a|one|two|three)\s+days?\s+(?:earlier|later)|earlier|later|meanwhile|overnight|yesterday|today)\s*,?\s*)?(?:in|at|inside)\s+(?:the\s+(?:[\p{L}-]+\s+)?(?:town|village|city|area|countryside)\s+of\s+)?$/iu;

/**
 * The place a sentence opens with ("In X, …", "In X, east of Y, …"), for an attack word of the main
 * clause that governs no place of its own: the dead and the damage of the clause are reported
 * there.
 */
function fronted(sentence: string, trigger: Found, mentions: readonly Local[]): Reach {
	const first = mentions[0];
	if (!first || first.end > trigger.start || !FRONTED_LEAD.test(sentence.slice(0, first.start))) return NONE;
	const comma = sentence.indexOf(',', first.end);
	if (comma < 0 || comma > trigger.start || wordCount(sentence.slice(first.end, comma)) > 2) return NONE;
	const rest = sentence.slice(comma, trigger.start);
	if (CLAUSE_BREAK.test(rest) || wordCount(rest) > MAX_SUBJECT_GAP_WORDS) return NONE;
	return { places: [first], gap: wordCount(sentence.slice(first.end, trigger.start)) };
}

/**
 * After an attack's place, the rest of its clause and then a participle of attacking set off by a
 * comma (" on Wednesday, targeting", ", attacking"): the participle names what the attack struck.
 */
const TARGETING_AFTER =
	/^[^,;:.()]{0,40},\s*(?:targeting|targetting|attacking|hitting|striking|shelling|pounding|bombing|bombarding)\b/i;

/**
 * Whether an attack read only at wide places (a province, a zone) goes on to name its targets with a
 * participle ("attacks in northwestern X on Wednesday, targeting the strategic town of Y", "an
 * offensive in the X zone, attacking positions near the settlements of Y and Z"): the targets are
 * named, so the wide place only locates them and is no place of the attack (guide rule 6: the wide
 * place is labelled when the sentence names only it). The participle is read as its own attack word.
 */
function targetsNamedAfter(
	sentence: string,
	places: readonly Local[],
	mentions: readonly Local[],
	kindOf: (place: string) => PlaceKind | undefined
): boolean {
	const last = places.at(-1);
	if (!last || !places.every((p) => WIDE.has(kindOf(p.place)!))) return false;
	const participle = TARGETING_AFTER.exec(sentence.slice(last.end));
	if (!participle) return false;
	const from = last.end + participle[0].length;
	const target = mentions.find((m) => m.start >= from && !WIDE.has(kindOf(m.place)!));
	return !!target && !CLAUSE_BREAK.test(sentence.slice(from, target.start));
}

/**
 * Auxiliaries that make a participle passive ("was targeted", "have been surrounded"), with up to
 * two adverbs between ("was now also encircled").
 */
const PASSIVE_AUX =
	/\b(?:was|were|been|being|is|are|be|got)\s+(?:(?:\w+ly|either|also|then|later|now)\s+){0,2}$/i;

/** Kinds of word whose place is the ground taken: "villages in Idlib" were taken, not Idlib. */
const TAKES_GROUND = new Set<WordClass>(['capture', 'recapture', 'enter']);

/**
 * Whether a verb trigger reads as passive: an auxiliary before it, or "by" right after ("areas
 * retaken by the army"), unless a determiner makes it a noun ("its capture by the army").
 */
function isPassive(trigger: Found, before: string, after: string): boolean {
	if (trigger.noun || trigger.side === 'before' || /ing\b/i.test(trigger.text.split(/\s/)[0]!)) return false;
	if (DETERMINERS.has(words(before).at(-1) ?? '')) return false;
	return PASSIVE_AUX.test(before) || /^\s+by\b/i.test(after);
}

/** Plural nouns of ground taken, as a list announces them ("villages", "towns"). */
const GROUND_PLURAL = 'villages|towns|cities|settlements|hills|hilltops|areas|positions|sites';

/**
 * The ground a capture participle names, then the verb that lists it ("the newly captured villages
 * include: X, Y and Z", "the retaken towns are X and Y"): the list after it is the ground taken.
 */
const GROUND_LISTED = new RegExp(
	String.raw`^\s+(?:${GROUND_PLURAL})\s+` +
		String.raw`(?:include|includes|included|are|were)\s*:?\s*(?:the\s+(?:(?:towns?|villages?)\s+of\s+)?)?`,
	'i'
);

/**
 * The ground a capture verb announces as a list after a colon ("captured the following villages:
 * X, Y and Z", "cleared the following towns and villages: X, Y"): the list is its object.
 */
const FOLLOWING_LISTED = new RegExp(
	String.raw`^\s+(?:the\s+following\s+)?(?:${GROUND_PLURAL})(?:\s+and\s+(?:${GROUND_PLURAL}))?\s*:\s*`,
	'i'
);

/**
 * Whether a verb trigger stands as an adjective after a determiner ("the established posts", "this
 * encircled pocket"). A phrase ending in its preposition ("their strikes on", "a meeting in") is a
 * noun phrase with its object, never an adjective.
 */
function isAdjective(trigger: Found, before: string, after: string): boolean {
	if (/^\s*(?:[,.;:]|by\b|of\b)/.test(after)) return false;
	if (listedGround(trigger, after)) return false;
	if (TRAILING_PREPOSITION.test(trigger.text)) return false;
	// After a determiner an -ing word is a noun ("the bombing in X", "the shelling of X"), not an
	// adjective.
	if (/ing$/i.test(trigger.text) && /^\s+(?:in|of|on|near)\b/i.test(after)) return false;
	// "a missile that hit a camp near X": "that" with an object after the verb opens a relative
	// clause, whose verb it is, not a determiner before an adjective ("that encircled pocket").
	if (RELATIVE_THAT.test(before) && OBJECT_NEXT.test(after)) return false;
	return !trigger.noun && DETERMINERS.has(words(before).at(-1) ?? '');
}

/** "That" right after a noun or a name, as a relative pronoun stands ("a missile … that "). */
const RELATIVE_THAT = /[\p{L}\d'’"”)]\s+that\s+$/iu;

/** A verb's object or place right after it: a determiner, a count, a name or a preposition of place. */
const OBJECT_NEXT =
	/^\s+(?:the|a|an|its|their|his|her|this|these|those|\d+|\p{Lu}|(?:in|on|near|at|into)\b)/u;

/**
 * How many characters lie between a capture participle and the list that names its ground ("
 * villages include: "), or 0 when no such list follows.
 */
function listedGround(trigger: Found, after: string): number {
	if (!TAKES_GROUND.has(trigger.cls) || trigger.noun) return 0;
	return (GROUND_LISTED.exec(after) ?? FOLLOWING_LISTED.exec(after))?.[0].length ?? 0;
}

/**
 * The places a list names as the ground a capture participle took, when the list starts right
 * after the words that introduce it: those words are blanked, so the list reads as the object.
 */
function groundListed(
	sentence: string,
	trigger: Found,
	length: number,
	mentions: readonly Local[],
	triggers: readonly Found[],
	kindOf: (place: string) => PlaceKind | undefined
): Reach {
	const at = trigger.end + length;
	if (!mentions.some((m) => m.start === at)) return NONE;
	const blanked = `${sentence.slice(0, trigger.end)}${' '.repeat(length)}${sentence.slice(at)}`;
	return direct(blanked, trigger, 'after', mentions, triggers, kindOf);
}

/** A trigger phrase that ends in a preposition ("strikes on", "meeting in", "fired at"). */
const TRAILING_PREPOSITION = /\s(?:on|in|at|of|to|into|onto|against|near|over)$/i;

/**
 * Confidence of one reading: a verb with its place close by is the surest; a noun ("the capture
 * of"), a far place, a passive reading and a hedged report ("reportedly", "claims") each lower it.
 */
function confidence(trigger: Found, passive: boolean, gap: number, hedged: boolean): number {
	let c = trigger.noun ? 0.8 : 0.9;
	c -= Math.max(0, gap - 3) * 0.02;
	if (passive) c -= 0.05;
	if (hedged) c -= 0.15;
	return Math.round(Math.min(0.99, Math.max(0.1, c)) * 100) / 100;
}

/**
 * A present campaign: "have been conducting strikes", "are shelling", right before or as the
 * trigger. With no date in the sentence it says what is going on, not what happened on a day (guide
 * rule 10).
 */
const ONGOING =
	/\b(?:has|have)\s+been\s+(?:\w+ly\s+)?\w+ing(?:\s+(?:out|up|off))?\b(?:\s+[\w-]+){0,2}\s*$|\b(?:is|are)\s+(?:\w+ly\s+)?\w+ing(?:\s+(?:out|up|off))?\b(?:\s+[\w-]+){0,2}\s*$|\b(?:is|are)\s+being\s+\w+$/i;

/**
 * A campaign said to go on right before its noun ("pressing ahead its offensive toward X",
 * "continuing their bombardment of X", "continues an operation to retake X", "pressed on with
 * Operation Olive Branch in X"): with no date of its own, what is going on, not what happened on a
 * day.
 */
const CONTINUING =
	/\b(?:(?:pressing|pushing|pressed|pushed|presses|pushes)\s+(?:ahead|on)\s+(?:with\s+)?|continu(?:ing|ed|es)\s+(?:with\s+)?)(?:(?:its|their|his|the|an|a)\s+(?:[\p{L}-]+\s+)?)?$/iu;

/**
 * Going on told in the present or the perfect, right before the verb ("have continued to attack X",
 * "continue to shell X", "are continuing to target X"): what is going on when the story was
 * written, not what happened on a day (guide rule 10). "Continued to shell X on Monday" has a date,
 * and a narrative's "continued to" (past, no auxiliary) tells what happened.
 */
const CONTINUES_TO =
	/\b(?:(?:has|have)\s+(?:\w+ly\s+)?continued|continu(?:e|es)|(?:is|are)\s+(?:\w+ly\s+)?continuing)\s+to\s+$/i;

/**
 * A campaign told as a state its side is in, in the present or the perfect, right before its noun
 * ("has been on a crushing offensive to eliminate the rebels in X", "have been engaged in a fierce
 * weeks-long offensive to take back X"): going on, not dated (guide rule 10: "troops are on the
 * offensive in Idlib" is none); with a start or a span of its own ("have been on the offensive since
 * late April", "for more than a month") it is an event, as the span openers say.
 */
const ENGAGED_IN =
	/\b(?:(?:has|have)\s+been|is|are)\s+(?:(?:still|now|also|\w+ly)\s+)?(?:on|engaged\s+in|involved\s+in|locked\s+in|embroiled\s+in)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * An attempt the sentence says was beaten back: the attempted capture or storming was an attack.
 */
const FOILED =
	/\bbut\s+(?:they\s+)?(?:were|was)\s+(?:\w+ly\s+)?(?:repelled|repulsed|rebuffed|foiled|thwarted|beaten\s+back|pushed\s+back|driven\s+back)\b/i;

/**
 * An unnamed object, then where it lies in a relative or participle clause, up to the place ("a
 * berm surrounding the post, which is located near", "the base, situated in the"): rule 3 of the
 * guide, the target is no named place, so the place it lies in is the event's.
 */
const LOCATED_OBJECT =
	/^\s+(?:the|a|an|its|their)\s+[^,;:.]{1,60}?,\s*(?:(?:which|that)\s+(?:is|was|are|were)\s+)?(?:located|situated)\s+(?:in|near|at|inside|outside)\s+(?:the\s+)?$/i;

/**
 * Between the posts as a group and the post names that say which ("the observation posts in the").
 */
const POSTS_NAMED_IN = /^\s+(?:in|at)\s+(?:the\s+)?(?:areas?\s+of\s+)?$/i;

/**
 * The posts a group mention of posts names right after it ("their observation posts in the X and Y
 * areas"): those posts, each a place of its own, are where the event happened; otherwise the place
 * itself.
 */
function namedPosts(
	sentence: string,
	place: Local,
	mentions: readonly Local[],
	kindOf: (place: string) => PlaceKind | undefined
): Local[] {
	const post = (m: Local | undefined) => !!m && kindOf(m.place) === 'observation-post';
	if (!post(place)) return [place];
	const at = mentions.indexOf(place);
	const first = mentions[at + 1];
	if (!first || !post(first) || !POSTS_NAMED_IN.test(sentence.slice(place.end, first.start))) return [place];
	const named = [first];
	for (let k = at + 2; k < mentions.length && post(mentions[k]); k++) {
		if (!/^\s*(?:,\s*(?:and\s+)?|and\s+)$/i.test(sentence.slice(mentions[k - 1]!.end, mentions[k]!.start)))
			break;
		named.push(mentions[k]!);
	}
	return named;
}

/**
 * The candidate events of an article, in text order: at most one per sentence and kind, with every
 * place its triggers govern. A sentence that asks (ends with "?") or sets a condition before the
 * trigger ("if", "unless", "whether") reports nothing, nor one that states a pattern ("frequent
 * attacks", "regularly shells") with no time. The dead and wounded of an attack ("killed in X") say
 * where it struck only in a sentence that reports an attack.
 */
/**
 * A place name made an adjective ("pro-Damascus forces", "Ankara-backed rebels"): it names who
 * acted or who is allied with whom, never where an event happened ("Idlib-based fighters" are in
 * Idlib, so "-based" is not one). Tested on the five characters before the name, a bar, and the
 * twelve after it.
 */
const ADJECTIVAL =
	/(?:\b(?:pro|anti)-\|)|(?:\|-(?:backed|led|allied|linked|affiliated|aligned|supported)\b)/i;

/**
 * An event noun with a participle of its own, then up to a date ("an offensive against the enclave
 * launched in", "the agreement struck with Russia in"): the date is that noun's. No comma or
 * relative word between, which would start another clause.
 */
const NOUN_PARTICIPLE =
	/\b(?:offensives?|campaigns?|operations?|assaults?|agreements?|deals?|accords?|memorand(?:um|a)|protocols?|truces?|ceasefires?|cease-fires?|talks|summits?)\s+(?:(?!\b(?:that|which|who|and|but)\b)[^,;:])*?\b(?:\p{L}{3,}ed|struck|held|made|begun|taken|won|drawn|brought|signed)\s+(?:[\p{L}\d'’-]+\s+){0,5}$/iu;

/**
 * A verb of keeping or breaking right before a truce or deal word: it speaks of one already made
 * ("efforts to enforce a ceasefire in X" keep a truce, they do not agree one; troops "observing a
 * ceasefire in X" or "monitoring the truce" watch over one).
 */
const KEPT_OR_BROKEN =
	/\b(?:observ(?:e|es|ed|ing)|monitor(?:s|ed|ing)?|overse(?:e|es|eing|en)|oversaw|abid(?:e|es|ing)\s+by|adher(?:e|es|ed|ing)\s+to|compl(?:y|ies|ied|ying)\s+with|respect(?:s|ed|ing)?|violat(?:e|es|ed|ing)|violations?\s+of|breach(?:es|ed|ing)?(?:\s+of)?|undermin(?:e|es|ed|ing)|uphold(?:s|ing)?|upheld|enforc(?:e|es|ed|ing)|maintain(?:s|ed|ing)?|preserv(?:e|es|ed|ing)|consolidat(?:e|es|ed|ing)|sustain(?:s|ed|ing)?)\s+(?:(?:the|a|an|this|that|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * A verb of agreeing right before the keeping verb: "agreed to observe a ceasefire in X" agrees the
 * truce; a pledge or promise "to maintain the truce" speaks of one already made (guide rule 5).
 */
const AGREED_TO_KEEP = /\bagree[sd]?\s+to\s+$/i;

/**
 * Whether the words before a truce or deal word (`before`, the end of `prefix`, the sentence up to
 * the word) keep or break one already made.
 */
function keptOrBroken(before: string, prefix: string): boolean {
	const m = KEPT_OR_BROKEN.exec(before);
	return !!m && !AGREED_TO_KEEP.test(prefix.slice(0, prefix.length - before.length + m.index));
}

/**
 * What makes a truce word a time of something else: a part of its span ("the first day of", "the
 * second week of") or a preposition of time ("during", "since", "throughout", "ahead of") right
 * before it.
 */
const TRUCE_AS_TIME =
	/\b(?:(?:first|second|third|fourth|last|final|opening|early)\s+(?:day|days|week|weeks|hours?|night|month)\s+of|during|since|throughout|ahead\s+of|amid|under)\s+(?:(?:the|a|this|that|its|their|current|new)\s+)*(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * What cites talks as the ground for something rather than reporting them ("in line with the Astana
 * talks").
 */
const TALKS_CITED =
	/\b(?:in\s+line\s+with|in\s+accordance\s+with|pursuant\s+to|within\s+the\s+framework\s+of|as\s+part\s+of|under|as\s+agreed\s+(?:in|at))\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * A capital's possessive before what a government has ("Ankara's agreements", "Moscow's forces"),
 * not before its own ground ("Damascus's suburbs", "the capital's airport" name the city).
 */
const CAPITAL_OWNS =
	/^['’]s\s+(?!(?:[\p{L}-]+\s+)?(?:suburbs?|outskirts|countryside|streets?|neighbou?rhoods?|districts?|centre|center|airport|areas?|old\s+city|quarters?)\b)/iu;

/**
 * A verb that ties an event noun to another happening ("the bombardment follows a visit to",
 * "the strike came after talks in"): places after it are that happening's.
 */
const TIED_TO_ANOTHER =
	/\b(?:follows|followed|precedes|preceded|(?:comes|came|coming)\s+(?:after|amid|as|ahead\s+of|days?\s+after|a\s+day\s+after|weeks?\s+after|hours?\s+after))\b/i;

/** A verb of saying or claiming right after a capital: it stands for its government. */
const CAPITAL_SPEAKS =
	/^\s+(?:alleges|alleged|says|said|claims|claimed|accuses|accused|announced|announces|denies|denied|insists|insisted|blamed|blames|warned|warns|maintains)\b/i;

/**
 * A capitalised area noun right after a place name: the two name another place ("Khan Sheikhoun
 * Farms"). Buildings named after a town ("the Ariha Hospital") are left out: an attack on one is
 * labelled at the town.
 */
const NAME_OF_FEATURE = /^\s+(?:Farms?|Dam)\b/;

/**
 * A place naming the area of a settlement after it ("the western Aleppo city of X", "the Idlib
 * villages of X").
 */
const CONTAINER_OF =
	/^\s+(?:city|town|village|cities|towns|villages|countryside\s+(?:city|town|village))\s+of\s+["“]?(?:[ae]l-|a[dlnrstz]-)?\p{Lu}/u;

/**
 * Named ground, then where it lies ("X and Y villages in", "X, Y and Z towns of"): the last place
 * only locates.
 */
const NAMED_GROUND_IN =
	/(?:\band|,)\s+["“]?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*["”]?\s+(?:villages|towns)\s+(?:in|of)\s+(?:the\s+)?$/u;

/**
 * Where something lies from a place ("located northwest of the stronghold of X", "lies 5 km south
 * of X").
 */
const LIES_FROM =
	/\b(?:located|situated|lies|lie|lying)\s+(?:[\p{L}\d.,-]+\s+){0,3}?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:(?:stronghold|town|city|village|bastion)\s+of\s+)?$/iu;

/**
 * A place that only says where a border runs ("on the border near the province of X", "the border
 * with Syria's X"): troops sent to that border are not in X (guide rule 6).
 */
const BORDER_OF = /\bborder\s+(?:near|with)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}$/iu;

/**
 * A place a purpose names ("seeking to deploy in X", "in a bid to reach X"): what was meant, not
 * what happened.
 */
const PURPOSE_PLACE =
	/\b(?:seeking|trying|attempting|aiming|intending|planning|preparing|hoping|bid|bids|attempt|effort)\s+to\s+\p{L}+\s+(?:(?:the|a|an|nearby)\s+)?(?:(?:in|into|to|on|towards?|at)\s+(?:the\s+)?)?$/iu;

/**
 * Stands for a place the sentence names but no link gives (a feature named after a linked place).
 */
const UNNAMED = '';

/**
 * A road named by its ends ("the road between the towns of X and Y", "the highway linking X with
 * Y").
 */
const ROAD_ENDS =
	/\b(?:road|roads|highway|route|motorway)\s+(?:between|linking|connecting|from|(?:that|which)\s+(?:links?|connects?|runs?\s+between))\s+(?:the\s+(?:towns?|cities|villages?)\s+of\s+)?$/i;

/** Up to two words before a deal's party, none a preposition of place ("regime-ally"). */
const PARTY_QUALIFIERS = '(?:(?!(?:in|at|on|over|near|to|from)\\b)[^\\s,;:]+\\s+){0,2}';

/**
 * The words before a capital that name it as a deal's party ("a deal reached between regime-ally
 * Moscow and Ankara", "a truce with Moscow"): a capital there stands for its government, as one
 * that speaks does, and the deal covers none of it. A preposition of place between them makes the
 * capital where it was made ("talks with officials in Ankara"), which the venue rules read.
 */
const DEAL_PARTY_BEFORE = new RegExp(
	`\\b(?:between|with)\\s+${PARTY_QUALIFIERS}$|\\bbetween\\s+(?:[^\\s,;:]+\\s+){1,4}(?:and|&)\\s+${PARTY_QUALIFIERS}$`,
	'i'
);

/** An area word after a capital: its ground, not its government ("Damascus countryside"). */
const CAPITAL_AREA_AFTER = /^\s+(?:area|countryside|suburbs|region|governorate|province|outskirts)\b/i;
/** An area word before a capital ("the greater Damascus", "the outskirts of Damascus"). */
const CAPITAL_AREA_BEFORE = /\b(?:greater|rural|outskirts\s+of|suburbs\s+of|countryside\s+of)\s+$/i;

/** A deal's word right after a city's name: the deal is named after its venue ("the Sochi Agreement"). */
const VENUE_NAMES_DEAL =
	/^\s+(?:agreements?|deals?|accords?|memorand(?:um|a)|protocols?|understanding|ceasefire\s+(?:agreement|deal))\b/i;

/**
 * A deal's making and then where ("a deal made with the help of Turkey and Russia in", "signed
 * at"); not what it was made on ("an agreement was reached on a truce in X": X is what it covers).
 */
const DEAL_MADE_IN =
	/\b(?:made|reached|signed|struck|sealed|concluded)\b(?:\s+(?!on\b|over\b|for\b|about\b|to\b)[^\s,;]+){0,10}?\s+(?:in|at)\s+(?:the\s+)?$/i;

/**
 * A year as a possessive after the word ("X, the site of this year's chemical attack"): it names
 * another happening by its year, as a relative clause would, and does not time the word's event.
 */
const YEAR_POSSESSIVE = /\b(?:this|last|next|previous)\s+year['’]s\b/gi;

/**
 * A relative clause in the perfect, up to its end: how things had stood ("who had controlled it
 * since 2012", "a war that has killed more than 370,000 people since 2011"). A comma or point
 * between digits groups a number ("370,000", "2.5"), so it ends no clause.
 */
const BACKGROUND_RELATIVE = /\b(?:who|which|that)\s+(?:had|has|have)\s+(?:[^,;.]|(?<=\d)[,.](?=\d))*/gi;

/**
 * "Before" right before an event noun, with at most three words between ("before the 5 March
 * ceasefire", "before the establishment of", "shortly before the talks"): the noun names a later
 * happening that dates the sentence's own act, which is what the sentence reports.
 */
const BEFORE_NOUN = /\bbefore\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\p{L}\d'’-]+\s+){0,3}$/iu;

/**
 * A verb of the noun's own within four words after it ("before the truce in X took effect"): the
 * "before" clause tells that happening, which the labels read as usual.
 */
const OWN_VERB_AFTER =
	/^\s*(?:[\p{L}'’-]+\s+){0,4}?(?:was|were|is|are|took|takes|came|comes|went|goes|had|has|have|began|begins|started|entered|expired|collapsed|ended)\b/iu;

/**
 * A verb that stops an attack right before its noun ("halted their military operation in X",
 * "suspended the offensive on X"): what is reported is the stop, not an attack on the day.
 */
const HALTED_BEFORE =
	/\b(?:halt(?:ed|s|ing)?|stop(?:ped|s|ping)?|suspend(?:ed|s|ing)?|paus(?:ed|es|ing)|called\s+off|calling\s+off|end(?:ed|s|ing)?)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * A date that names another event noun right after it ("the March 5 agreement", "the September
 * deal"): it dates that noun, not a word before or after it ("a patrol ... under the March 5
 * agreement").
 */
const DATE_OF_NOUN =
	/^\s*(?:[\p{L}-]+\s+)?(?:agreements?|deals?|accords?|memorand(?:um|a)|protocols?|ceasefires?|cease-fires?|truces?|summits?|talks|meetings?|offensives?|attacks?|operations?|campaigns?|assaults?)\b/iu;
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|this|that)\s+$/i;

/**
 * A plural attack noun that is the subject of a progressive or of "continue to" ("attacks in X were
 * causing a crisis", "strikes on X continue to kill", "attacks are also continuing in X"): what is
 * going on, not what happened on a day. Adverbs of time or addition may stand before the -ing form.
 */
const GOING_ON_AFTER =
	/^[^,;:.]{0,50}?\b(?:(?:are|were)\s+(?:(?:still|also|now|again|\w+ly)\s+){0,2}\p{L}{3,}ing|continu(?:e|es|ed)\s+to)\b/iu;

/** A relative word right before a word whose subject comes before it ("regions that fell to"). */
const RELATIVE_BEFORE =
	/\s*,?\s*\b(?:that|which|who)\s+(?:(?:had|has|have)\s+)?(?:(?:been|being)\s+)?(?:\w+ly\s+)?$/i;

/**
 * A moving patrol or convoy, up to the place it moved along ("a joint patrol ... along the X"),
 * before a passive attack word whose subject is a pronoun ("…, when it was attacked").
 */
const MOVED_ALONG =
	/\b(?:patrols?|convoys?|columns?)\b[^;.]{0,80}?\b(?:along|on|through|near|past)\s+(?:the\s+)?$/i;
const PRONOUN_PASSIVE = /\b(?:when|as|while)\s+(?:it|they)\s+(?:was|were)\s+(?:\w+ly\s+)?$/i;

/**
 * From an attack word to where a patrol or convoy was passing when it struck ("exploded during the
 * passage of a joint patrol in northern Syria's X", "that took place during the joint patrol on
 * X").
 */
const DURING_PASSAGE =
	/^\s+(?:(?:that|which)\s+)?(?:exploded|went\s+off|detonated|took\s+place|struck|hit)?\s*(?:during|as)\s+(?:the\s+|a\s+)?(?:(?:passage|passing|movement)\s+of\s+(?:a|an|the)\s+)?(?:[\p{L}\d-]+\s+){0,4}?(?:patrols?|convoys?|columns?)\s+(?:in|on|along|near|through)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?$/iu;

/**
 * From a route's start to its end ("X village in the north of Y to", "X, west of Y, to the town
 * of").
 */
const ROUTE_TO =
	/^(?:[^.;]{0,60}?\s)?(?:to|towards|toward)\s+(?:the\s+)?(?:(?:town|village|city|settlement)\s+(?:of\s+)?)?$/i;

/**
 * Shells or rockets that fell or landed nearby, right after the word: they struck the place before.
 */
const FELL_NEARBY = /^\s+(?:fell|landed|exploded|struck)\s+(?:nearby|close\s+by|near\s+(?:it|them|there))\b/i;

/**
 * "where" opens a clause of its own: a day before it dates the main clause ("on Friday threatened
 * …, where posts are being surrounded").
 */
const WHERE_CLAUSE = /\bwhere\b/i;

export function extractEvents(input: ExtractInput): EventCandidate[] {
	const { body, published, placeKind } = input;
	const links = input.mentions.filter((m) => m.role !== 'dateline');
	const out: EventCandidate[] = [];
	let k = 0;
	for (const range of sentenceRanges(body)) {
		while (k < links.length && links[k]!.start < range.start) k++;
		// A sentence with no linked place gives no event.
		if (k >= links.length || links[k]!.end > range.end) continue;
		const sentence = body.slice(range.start, range.end);
		if (/\?["”’']*$/.test(sentence)) continue;
		const triggers = triggersIn(
			// Only a sentence with a closing quote mark can hold a quoted word.
			sentence.includes('"') || sentence.includes('”') ? sentence.replace(QUOTED_WORD, '$1 ') : sentence
		).filter((t) => !isAdjective(t, sentence.slice(0, t.start), sentence.slice(t.end)));
		// Agreements named otherwise than by a verb of agreeing (agreements.ts): a deal named by a
		// place it covers right before it, or one whose terms list what its zones include.
		const spans = agreementSpans(sentence);
		// Nor does one with neither a trigger nor a deal word: it goes on to the next before its places
		// are read, which costs more than finding its event words.
		if (!triggers.length && !spans.length) continue;
		const local: Local[] = [];
		let roadEnd = -1;
		for (let j = k; j < links.length && links[j]!.end <= range.end; j++) {
			// The ends of a road ("the road between X and Y") only say where it runs.
			const lead = body.slice(Math.max(range.start, links[j]!.start - 60), links[j]!.start);
			if (
				ROAD_ENDS.test(lead) ||
				(roadEnd >= 0 && /^\s*(?:and|with|to)\s+$/i.test(body.slice(roadEnd, links[j]!.start)))
			) {
				roadEnd = links[j]!.end;
				continue;
			}
			roadEnd = -1;
			if (
				ADJECTIVAL.test(
					body.slice(Math.max(0, links[j]!.start - 5), links[j]!.start) +
						'|' +
						body.slice(links[j]!.end, links[j]!.end + 12)
				)
			)
				continue;
			// "the Khan Sheikhoun Farms", "the Tabqa Dam": a capitalised feature noun after the
			// name makes it part of another place's name. That place is still what the words around
			// it govern, but it is not the linked one, so it stands in the sentence with no place
			// of its own. A place that only says where other ground lies ("the Aleppo city of X",
			// "X and Y villages in Z", "located northwest of the stronghold of Z") or where a
			// purpose would have been carried out ("a convoy seeking to deploy in Z") is no place
			// of an event (guide rules 6 and 9).
			const near = body.slice(Math.max(range.start, links[j]!.start - 80), links[j]!.start);
			if (
				CONTAINER_OF.test(body.slice(links[j]!.end, links[j]!.end + 40)) ||
				(/\s(?:city|town|village)$/i.test(body.slice(links[j]!.start, links[j]!.end)) &&
					/^\s+of\s+["“]?(?:[ae]l-|a[dlnrstz]-)?\p{Lu}/u.test(
						body.slice(links[j]!.end, links[j]!.end + 12)
					)) ||
				NAMED_GROUND_IN.test(near) ||
				LIES_FROM.test(near) ||
				PURPOSE_PLACE.test(near) ||
				BORDER_OF.test(near)
			)
				continue;
			const feature = NAME_OF_FEATURE.test(body.slice(links[j]!.end, links[j]!.end + 40));
			local.push({
				place: feature ? UNNAMED : links[j]!.place,
				start: links[j]!.start - range.start,
				end: links[j]!.end - range.start
			});
		}
		if (!local.length) continue;
		const phrases = firstOfLists(datePhrases(sentence, published), sentence);
		const namedDeal = (span: AgreementSpan) =>
			local.some(
				(m) =>
					m.end <= span.start &&
					namesDeal(sentence.slice(m.start, m.end), sentence.slice(m.end, span.start), placeKind(m.place))
			);
		// A deal a place names ("as part of the zone agreement") is read by that name, not by the
		// clause it frames.
		for (const span of spans.filter((s) => s.reading === 'frame')) {
			const name = spans.find((s) => s.reading === 'named' && s.start < span.end && s.end > span.start);
			if (name) spans.splice(spans.indexOf(namedDeal(name) ? span : name), 1);
		}
		for (const span of spans) {
			if (span.making) {
				madeDeal(sentence, span, span.making, triggers, phrases);
				continue;
			}
			const named = span.reading === 'named';
			const overlaps = (t: Found) => t.start < span.end && t.end > span.start;
			// "a zone as agreed upon": the verb inside is the same agreement, read by the name
			// before it. A deal's own verb of terms ("the deal sets up") is the agreement word.
			const terms = span.reading === 'terms';
			// "as the parties agreed a month ago": the verb inside a frame is the frame's own word.
			if (
				triggers.some(
					(t) => overlaps(t) && !((named || span.reading === 'frame') && t.cls === 'agree') && !terms
				)
			)
				continue;
			// What the deal sets up or calls for ("establishing a corridor", "joint patrols along
			// X") is a term of it, not yet carried out: those nouns and -ing forms report nothing.
			if (terms) {
				const clauseEnd = span.end + (/[;:]/.exec(sentence.slice(span.end))?.index ?? sentence.length);
				for (let i = triggers.length - 1; i >= 0; i--) {
					const t = triggers[i]!;
					if (
						t.start >= span.end &&
						t.end <= clauseEnd &&
						(t.cls === 'establish' || t.cls === 'deploy') &&
						(t.noun || /ing\b/i.test(t.text.split(/\s/)[0]!))
					)
						triggers.splice(i, 1);
				}
			}
			if (named && !namedDeal(span)) continue;
			for (let i = triggers.length - 1; i >= 0; i--) if (overlaps(triggers[i]!)) triggers.splice(i, 1);
			triggers.push({ cls: 'agree', side: named ? 'before' : 'after', noun: true, named, ...span });
			if (span.frame) triggers.at(-1)!.frame = span.frame;
		}
		triggers.sort((a, b) => a.start - b.start);
		if (!triggers.length) continue;
		if (HABITUAL.test(sentence) && !phrases.length && !SPAN_OPENER.test(sentence)) continue;
		const hedged = HEDGE.test(sentence);
		const between = (d: DatePhrase, t: Found) =>
			d.end <= t.start ? sentence.slice(d.end, t.start) : sentence.slice(t.end, d.start);
		const byKind = new Map<string, EventCandidate>();
		// A trigger that reports nothing (a plan, a denial, a purpose) governs no place and does
		// not end another's reach.
		const real = triggers.flatMap((trigger, i) => {
			const before = sentence.slice(i > 0 ? triggers[i - 1]!.end : 0, trigger.start);
			// Two readings of one word ("the ceasefire agreement": a truce and a deal) are kept or
			// broken together: the second is checked against the words before the first.
			const shared = sentence.slice(
				triggers
					.slice(0, i)
					.filter((t) => t.end <= trigger.start)
					.reduce((end, t) => Math.max(end, t.end), 0),
				trigger.start
			);
			if (CONDITIONAL.test(sentence.slice(0, trigger.start))) return [];
			// A deal cited as a frame is read only when its words date it ("the March 5 agreement",
			// "a deal signed in September"): "under the deal" alone may cite any deal of the story.
			if (trigger.frame && !phrases.some((d) => framesDate(sentence, trigger, d))) return [];
			if (hypotheticalSubject(sentence, trigger)) return [];
			if (trigger.noun && modalOverNoun(sentence.slice(0, trigger.start), trigger.cls)) return [];
			// A truce or deal kept or broken is one already made ("reluctant to abide by the
			// ceasefire in X", "violated the truce in X"): what is said of it is no agreeing or
			// announcing (guide rule 10).
			if (
				(trigger.cls === 'ceasefire' || trigger.cls === 'agree') &&
				!trigger.made &&
				(keptOrBroken(before, sentence.slice(0, trigger.start)) ||
					keptOrBroken(shared, sentence.slice(0, trigger.start)))
			)
				return [];
			// A truce named as a time ("the first day of the truce", "during the ceasefire") dates
			// something else.
			if (trigger.cls === 'ceasefire' && TRUCE_AS_TIME.test(before)) return [];
			// Talks something was done under are cited, not reported ("in line with peace talks in
			// Astana").
			if (trigger.cls === 'talks' && TALKS_CITED.test(sentence.slice(0, trigger.start))) return [];
			// An ongoing campaign with no date of its own is no event ("have been conducting
			// strikes on X"); a trigger's own preposition ("an offensive against") is not a word
			// between verb and noun.
			if (
				(ONGOING.test(`${before}${trigger.text.replace(TRAILING_PREPOSITION, '')}`) ||
					CONTINUES_TO.test(before) ||
					(trigger.noun && ENGAGED_IN.test(before)) ||
					(trigger.noun && CONTINUING.test(before))) &&
				!phrases.some(
					(d) => !d.speech && sameClause(sentence, d, trigger) && !WHERE_CLAUSE.test(between(d, trigger))
				) &&
				!SPAN_OPENER.test(sentence)
			)
				return [];
			if (
				trigger.cls === 'attack' &&
				trigger.noun &&
				/s$/i.test(trigger.text.split(/\s/)[0]!) &&
				GOING_ON_AFTER.test(sentence.slice(trigger.end)) &&
				!phrases.some((d) => !d.speech && sameClause(sentence, d, trigger)) &&
				!SPAN_OPENER.test(sentence)
			)
				return [];
			// An attack kept from happening ("a deal to stave off a massive assault on X") is no
			// event, nor one still to come or given as a purpose ("at the point of taking", "under
			// the pretext of setting up").
			if (preventedBefore(before) || notYetBefore(before, trigger.text)) return [];
			if (trigger.cls === 'attack' && trigger.noun && HALTED_BEFORE.test(before)) return [];
			// "Before the 5 March ceasefire, thousands fled X": the later happening only dates the
			// flight.
			if (
				trigger.noun &&
				(BEFORE_NOUN.test(before) || BEFORE_NOUN.test(shared)) &&
				!OWN_VERB_AFTER.test(sentence.slice(trigger.end))
			)
				return [];
			if (unreal(before.replace(PASSIVE_AUX, ''), trigger.cls)) {
				// An attempt to take a place that was beaten back is an attack on it ("tried to
				// storm X but were repelled").
				if (TAKES_GROUND.has(trigger.cls) && FOILED.test(sentence.slice(trigger.end)))
					return [{ trigger: { ...trigger, cls: 'attack' as const, adjacent: false }, passive: false }];
				return [];
			}
			return [{ trigger, passive: isPassive(trigger, before, sentence.slice(trigger.end, trigger.end + 4)) }];
		});
		const attack = real.some((r) => r.trigger.cls === 'attack');
		const kept = real.filter((r) => r.trigger.cls !== 'casualty' || attack);
		// The dead and wounded say where an attack struck but do not end the reach of the words
		// around them.
		const governing = kept.map((r) => r.trigger).filter((t) => t.cls !== 'casualty');
		let parse: Chunks | undefined;
		kept.forEach(({ trigger, passive }) => {
			// A passive word that takes its place right after it ("taken") has no subject before it
			// to read ("settlements taken by the army throughout the province"); "X was taken" has
			// its own words.
			const side: Side = passive && !trigger.adjacent ? 'before' : trigger.side;
			const bound = trigger.cls === 'casualty' ? kept.map((r) => r.trigger) : governing;
			// "regions that fell to": the relative word stands for the noun before it, no place
			// here ("X, which the army captured" has the place right before the relative word).
			const relative = side === 'before' ? RELATIVE_BEFORE.exec(sentence.slice(0, trigger.start)) : null;
			if (
				relative &&
				!local.some(
					(m) => /^["”’)]?$/.test(sentence.slice(m.end, relative.index).trim()) && m.end <= relative.index
				)
			)
				return;
			// "the newly captured villages include: X, Y and Z": the list names the ground taken.
			const listed = listedGround(trigger, sentence.slice(trigger.end));
			let reach = listed
				? groundListed(sentence, trigger, listed, local, bound, placeKind)
				: governed(sentence, trigger, side, local, bound, placeKind);
			// "was built in X", "were deployed to X": a passive with no subject place takes a place
			// it locates.
			if (passive && !reach.places.length) {
				const after = governed(sentence, trigger, 'after', local, bound, placeKind);
				const first = after.places[0];
				const between = sentence.slice(trigger.end, first?.start ?? trigger.end);
				if (
					first &&
					(LOCATIVE_START.test(between) || LOCATIVE_END.test(trigger.text) || NAMED_AFTER.test(between))
				)
					reach = after;
			}
			// "X was hit as it patrolled along Y": where it was moving is where the attack struck
			// it.
			if (trigger.cls === 'attack' && !reach.places.length) reach = moving(sentence, trigger, local);
			// "a patrol along X …, when it was attacked": the pronoun is the patrol, struck where
			// it moved.
			if (
				trigger.cls === 'attack' &&
				passive &&
				!reach.places.length &&
				PRONOUN_PASSIVE.test(sentence.slice(0, trigger.start))
			) {
				const along = local.find(
					(m) =>
						m.end <= trigger.start && MOVED_ALONG.test(sentence.slice(Math.max(0, m.start - 120), m.start))
				);
				if (along) reach = { places: [along], gap: wordCount(sentence.slice(along.end, trigger.start)) };
			}
			// "set off from X to Y": the route's end is a place of the patrol too.
			if (trigger.route && reach.places.length === 1) {
				const start = reach.places[0]!;
				const end = local.find(
					(m) => m.start > start.end && ROUTE_TO.test(sentence.slice(start.end, m.start))
				);
				if (end) reach = { places: [start, end], gap: reach.gap };
				// The road it went along, named inside the words ("began to move on the M4 from
				// X").
				const road = local.filter(
					(m) =>
						m.start >= trigger.start &&
						m.end <= trigger.end &&
						/\b(?:on|along)\s+(?:the\s+)?(?:highway\s+)?["“]?$/i.test(sentence.slice(trigger.start, m.start))
				);
				if (road.length) reach = { places: [...road, ...reach.places], gap: reach.gap };
			}
			// "a school in X ... when shells fell nearby": what fell near struck the place before
			// it.
			if (trigger.cls === 'attack' && trigger.noun && !reach.places.length) {
				const last = local.filter((m) => m.end <= trigger.start).at(-1);
				if (last && FELL_NEARBY.test(sentence.slice(trigger.end)))
					reach = { places: [last], gap: wordCount(sentence.slice(last.end, trigger.start)) };
			}
			// "a bomb exploded during the passage of a patrol in X": struck where the patrol was
			// passing.
			if (trigger.cls === 'attack' && !reach.places.length) {
				const next = local.find((m) => m.start >= trigger.end);
				if (next && DURING_PASSAGE.test(sentence.slice(trigger.end, next.start)))
					reach = { places: [next], gap: wordCount(sentence.slice(trigger.end, next.start)) };
			}
			// "hit a berm near the post, which is located near X", "reached the post, located in
			// X": the unnamed target or destination lies in X, which is where the attack struck or
			// the convoy went.
			if ((trigger.cls === 'attack' || trigger.cls === 'deploy') && !reach.places.length) {
				const next = local.find((m) => m.start >= trigger.end);
				const between = next ? sentence.slice(trigger.end, next.start) : '';
				if (next && LOCATED_OBJECT.test(between) && wordCount(between) <= MAX_TARGET_GAP_WORDS)
					reach = { places: [next], gap: wordCount(between) };
			}
			// "In X, two were killed in an air strike on a market": the fronted place is where the
			// attack struck.
			if (trigger.cls === 'attack' && !reach.places.length) reach = fronted(sentence, trigger, local);
			// "stormed X with a three-pronged attack": the attack was on the place it came with.
			// "struck X in Y with air strikes": Y only says where X lies, so the attack came with
			// X.
			if (trigger.cls === 'attack' && trigger.noun && !reach.places.length) {
				const before = local.filter((m) => m.end <= trigger.start);
				let last = before.at(-1);
				const prev = before.at(-2);
				if (last && prev && /^["”’]?\s+in\s+(?:the\s+)?$/i.test(sentence.slice(prev.end, last.start)))
					last = prev;
				if (last && WITH_ATTACK.test(sentence.slice(before.at(-1)!.end, trigger.start)))
					reach = { places: [last], gap: wordCount(sentence.slice(last.end, trigger.start)) };
			}
			// "launched another attack hours later, north of X": a place the word's clause governs
			// across an aside or a long run of phrases.
			if (ATTACHES.has(trigger.cls) && !reach.places.length) {
				parse ??= chunk(sentence);
				reach = attached(parse, sentence, trigger, side, local, bound);
			}
			// "launched a new wave of attacks in northwestern X on Wednesday, targeting the town of
			// Y": the participle names the targets, and the wide place only says where they lie.
			if (trigger.cls === 'attack' && targetsNamedAfter(sentence, reach.places, local, placeKind))
				reach = NONE;
			// "happened in X province, the last rebel stronghold, on the outskirts of Y": a
			// settlement the word's clause names past an aside after a wide place is where it struck,
			// and the wide place only locates it.
			if (trigger.cls === 'attack' && side === 'after' && reach.places.length) {
				parse ??= chunk(sentence);
				const last = reach.places.at(-1)!;
				const next = local[local.indexOf(last) + 1];
				const blanked = next && asideBlanked(parse, last.end, next.start);
				if (
					next &&
					WIDE.has(placeKind(last.place)!) &&
					SETTLEMENTS.has(placeKind(next.place)!) &&
					blanked !== sentence.slice(last.end, next.start) &&
					SECOND_LOCATIVE.test(blanked!) &&
					attachedAfter(parse, trigger, next) >= 0
				)
					// The wide place only says where the settlement lies (guide rule 6).
					reach = { places: [...reach.places.slice(0, -1), next], gap: reach.gap };
			}
			// "signed a deal in Moscow, which paved the way for joint patrols along X": what the deal
			// brought about is ground it covers (guide rule 7).
			if (trigger.cls === 'agree' && reach.places.every((p) => placeKind(p.place) === 'capital')) {
				parse ??= chunk(sentence);
				const clause = relativeAfter(parse, trigger);
				const brought = clause && BROUGHT_ABOUT.exec(sentence.slice(clause.start, clause.end));
				if (clause && brought) {
					const from = clause.start + brought.index + brought[0].length;
					const places = local.filter(
						(m) => m.start >= from && m.end <= clause.end && placeKind(m.place) !== 'capital'
					);
					if (places.length)
						reach = {
							places: [...reach.places, ...places],
							gap: reach.places.length ? reach.gap : wordCount(sentence.slice(trigger.end, places[0]!.start))
						};
				}
			}
			// "footage filmed at X shows a large convoy": what the footage shows happened where it
			// was filmed.
			if (ATTACHES.has(trigger.cls) && trigger.noun && !reach.places.length) {
				parse ??= chunk(sentence);
				const scene = local.find((m) => sceneOf(parse!, trigger, m) >= 0);
				if (scene) reach = { places: [scene], gap: sceneOf(parse, trigger, scene) };
			}
			const { gap } = reach;
			const places = reach.places.flatMap((p) => namedPosts(sentence, p, local, placeKind));
			// Aid convoys, journalists or civilians going into a place are no forces entering it.
			if (
				trigger.cls === 'enter' &&
				NOT_FORCES.test(sentence.slice(Math.max(0, trigger.start - 60), trigger.start))
			)
				return;
			const cls =
				trigger.cls === 'enter' &&
				(CONVOY_SUBJECT.test(sentence.slice(0, trigger.start)) ||
					turkishSubject(sentence.slice(0, trigger.start)))
					? 'deploy'
					: trigger.cls;
			if (trigger.arrival && cls !== 'deploy') return;
			// "have advanced into southern Idlib", "pushing into the Hama and Idlib provinces": a
			// front moving into a wide area names no ground gone into (guide rule 5); "advanced into
			// the town of X" has forces inside X.
			const advance = cls === 'enter' && ADVANCE.test(trigger.text);
			for (const p of places) {
				if (p.place === UNNAMED) continue;
				// A capital that speaks, acts or owns stands for its government ("Ankara alleges",
				// "announced by Moscow", "violated Ankara's agreements").
				if (
					placeKind(p.place) === 'capital' &&
					(CAPITAL_SPEAKS.test(sentence.slice(p.end)) ||
						/\bby\s+$/i.test(sentence.slice(0, p.start)) ||
						CAPITAL_OWNS.test(sentence.slice(p.end)))
				)
					continue;
				// "The soldiers deployed west of X are 40 km away": the participle describes the
				// force.
				if (
					cls === 'deploy' &&
					describesForce(sentence.slice(0, trigger.start), trigger.text, sentence.slice(p.end))
				)
					continue;
				let kind = kindFor(cls, placeKind(p.place));
				if (!kind) continue;
				if (advance && WIDE.has(placeKind(p.place)!)) continue;
				const lead = sentence.slice(trigger.end, p.start);
				// "an operation to seize parts of X": the ground it was to take is unnamed, so X is
				// no target.
				if (
					kind === 'attacked' &&
					/\sto\s/i.test(trigger.text) &&
					/\b(?:parts?|areas?|swathes?)\s+of\s+$/i.test(lead)
				)
					continue;
				// A capital named as a deal's party is an actor, not a place the deal covers.
				if (
					(kind === 'agreement' || kind === 'ceasefire' || kind === 'talks') &&
					placeKind(p.place) === 'capital' &&
					DEAL_PARTY_BEFORE.test(sentence.slice(trigger.start, p.start))
				)
					continue;
				// "Wednesday's bombardment follows a visit to X": the noun is the subject of a verb that
				// ties it to another happening, whose place X is.
				if (trigger.noun && TIED_TO_ANOTHER.test(lead)) continue;
				// "a new offensive of Damascus": a capital after "of" is who attacked, not where.
				if (kind === 'attacked' && placeKind(p.place) === 'capital' && /^\s+of\s+$/i.test(lead)) continue;
				// Where a deal or truce was made is its venue, not what it covers ("a truce ... as
				// the result of a deal made with the help of Turkey and Russia in Sochi"); a
				// capital there is read below.
				if (
					(kind === 'agreement' || kind === 'ceasefire') &&
					placeKind(p.place) !== 'capital' &&
					DEAL_MADE_IN.test(`${trigger.text}${lead}`)
				)
					continue;
				// A deal named after the city that hosted it ("the limits agreed in the Sochi
				// Agreement", "the Astana deal") covers no ground of that city (guide rule 7).
				if (
					(kind === 'agreement' || kind === 'ceasefire') &&
					SETTLEMENTS.has(placeKind(p.place)!) &&
					VENUE_NAMES_DEAL.test(sentence.slice(p.end))
				)
					continue;
				// An agreement is never at its venue: "agreed in the Astana process" or "during the
				// Astana talks" reports talks in Astana.
				if (
					kind === 'agreement' &&
					placeKind(p.place) === 'capital' &&
					(/\b(?:in|at)\s+(?:the\s+)?$/i.test(`${trigger.text}${lead}`) ||
						/^\s+(?:peace\s+)?(?:talks|summit|negotiations|process|meeting)\b/i.test(sentence.slice(p.end)))
				)
					kind = 'talks';
				// Otherwise a capital by a deal or truce stands for its government, a party or a
				// speaker ("Under the deal, Ankara and Moscow will patrol the road"); a deal covers a
				// capital's ground only when an area word says so ("the greater Damascus area").
				if (
					(kind === 'agreement' || kind === 'ceasefire') &&
					placeKind(p.place) === 'capital' &&
					!CAPITAL_AREA_AFTER.test(sentence.slice(p.end)) &&
					!CAPITAL_AREA_BEFORE.test(sentence.slice(0, p.start))
				)
					continue;
				const c = confidence(trigger, passive, gap, hedged);
				// One event per place and kind in a sentence: a place already read keeps its first
				// date.
				const sameKind = [...byKind.values()].filter((e) => e.kind === kind);
				const read = sameKind.find((e) => e.places.includes(p.place));
				if (read) {
					read.confidence = Math.max(read.confidence, c);
					continue;
				}
				// The day a report was made dates an event whose own clause has no date ("…,
				// sources said on Wednesday"). A day in a relative clause dates the event only when
				// its own clause has none ("At the meeting, which was held on Thursday, the leaders
				// agreed to a truce in X"). A day after a later event noun that has its own
				// participle dates that noun ("struck X as the army pressed an offensive launched
				// in April", "set up posts under an agreement struck in 2017").
				const ownNoun = (d: DatePhrase) => {
					if (d.start < trigger.end) return false;
					const gap = sentence.slice(trigger.end, d.start);
					const noun = NOUN_PARTICIPLE.exec(gap);
					// Past a comma the noun may restate the event itself ("the Astana process,
					// referring to an agreement reached last month").
					return !!noun && !/[,;:]/.test(gap.slice(0, noun.index));
				};
				// "the March 5 agreement": the date names that noun; it dates the trigger only when
				// it is that noun.
				const ofNoun = (d: DatePhrase) => {
					const noun = DATE_OF_NOUN.exec(sentence.slice(d.end));
					return (
						!!noun &&
						DETERMINER_BEFORE.test(sentence.slice(0, d.start)) &&
						!(trigger.start >= d.end && trigger.start < d.end + noun[0].length)
					);
				};
				const strict = phrases.filter((d) => sameClause(sentence, d, trigger) && !ownNoun(d) && !ofNoun(d));
				let own =
					trigger.frame || trigger.made
						? phrases.filter((d) => framesDate(sentence, trigger, d))
						: strict.length
							? strict
							: phrases.filter((d) => sameClause(sentence, d, trigger, false) && !ownNoun(d) && !ofNoun(d));
				// "talks, which took place in X in mid-September": the clause about them dates them.
				const inClause = reach.dated
					? phrases.filter((d) => d.start >= reach.dated!.start && d.end <= reach.dated!.end)
					: [];
				if (inClause.length) own = inClause;
				// "a truce took effect in August as the result of a deal made last September": a
				// deal told as a cause is dated by its own words after it, not by what it caused.
				if (CAUSE_DEAL.test(trigger.text)) {
					const after = own.filter((d) => d.start >= trigger.end);
					if (after.length) own = after;
				}
				// A verb joined by "and" to one before has that one's day only when it has none of
				// its own after it ("captured X on Monday and shelled Y on Wednesday": Y on
				// Wednesday).
				if (own.some((d) => !d.speech && d.start >= trigger.end))
					own = own.filter(
						(d) => !(d.end <= trigger.start && COORDINATED.test(sentence.slice(d.end, trigger.start)))
					);
				const date = eventDate(
					own.some((d) => !d.speech) ? own : [...own, ...phrases.filter((d) => d.speech && !own.includes(d))],
					trigger.start,
					published
				);
				// A relative clause after the word that tells how things had stood ("retook X from
				// rebels who had held it since 2012") gives background, not the time of the word's
				// event.
				if (
					date.datePrecision === 'reported' &&
					timedByYearOnly(
						sentence.slice(0, trigger.end) +
							sentence.slice(trigger.end).replace(BACKGROUND_RELATIVE, '').replace(YEAR_POSSESSIVE, ''),
						published
					)
				)
					continue;
				// Another event of the same kind on the same day gains the place; one on another
				// day is its own ("jets struck X, a day after rebels shelled Y on Wednesday").
				const sameDay = sameKind.find((e) => e.date === date.date && e.datePrecision === date.datePrecision);
				if (sameDay) {
					sameDay.places.push(p.place);
					sameDay.confidence = Math.max(sameDay.confidence, c);
					continue;
				}
				byKind.set(`${kind} ${date.date} ${date.datePrecision}`, {
					places: [p.place],
					kind,
					...date,
					start: range.start,
					end: range.end,
					sentence,
					trigger: trigger.text,
					confidence: c
				});
			}
		});
		out.push(...byKind.values());
	}
	return out;
}
