/**
 * The event words of a sentence: the verbs and nouns of `event-words.json` with the senses they
 * lose to the words around them ("fell on", "aid convoy"), and the phrases read whole as one event
 * word ("sent 100 vehicles to", "drove the rebels out of", "a deal to establish a zone in"); and
 * the kind an event word gives a place of a kind.
 */
import { phraseAlternation } from '../core/alternation';
import type { PlaceKind } from '../places/kinds';
import type { EventKind } from './kinds';
import { CLAUSE_BREAK, lowerSet as set, wordCount, words } from './sentences';
import WORDS from './event-words.json' with { type: 'json' };
import { execAll, execAllWhere, gateText } from '../core/regex';

/**
 * The verb classes of `event-words.json`: what a word says happened, before the place's kind
 * decides.
 */
export type WordClass = keyof typeof WORDS.triggers;

/**
 * The place's side of a trigger: a verb's or noun's object after it, the subject before a passive
 * or intransitive one.
 */
export type Side = 'after' | 'before';

/**
 * How a trigger finds its place: `adjacent` words govern only a place right after them ("took
 * Saraqib", not "took part in"); `subjectFirst` ones only the subject that opens their clause
 * ("Saraqib fell", "Saraqib was taken", not "prices fell in Saraqib").
 */
export interface Trigger {
	cls: WordClass;
	side: Side;
	noun: boolean;
	adjacent?: boolean;
	subjectFirst?: boolean;
	/**
	 * A patrol's route ("set off from X to Y"): its start and end are where it went, not origins.
	 */
	route?: boolean;
	/**
	 * A deal named by the place right before it ("the M4 agreement"): that place is its only one.
	 */
	named?: boolean;
	/**
	 * A deal cited as the frame of another act ("a patrol on X within the scope of the March 5
	 * agreement", "Under the Astana agreement, Turkey is to set up posts in X"): it covers the places of
	 * the clause it frames, `before` it or, when it opens the sentence, `after` its comma.
	 */
	frame?: { side: Side; at: number };
	/**
	 * A deal or truce told with its making and its date ("a deal made in September … to stave off an
	 * offensive on X"): it covers the places its own words name after it (guide rule 7).
	 */
	made?: boolean;
	/**
	 * A verb of arriving ("reached", "arrived at"): a deployment when Turkish forces or a convoy are
	 * its subject, and no event otherwise (an army that "reached the outskirts" took nothing).
	 */
	arrival?: boolean;
}

const TRIGGERS = new Map<string, Trigger>();
for (const [cls, group] of Object.entries(WORDS.triggers) as [
	WordClass,
	(typeof WORDS.triggers)[WordClass]
][]) {
	for (const w of group.verbs) TRIGGERS.set(w, { cls, side: 'after', noun: false });
	for (const w of group.nouns) TRIGGERS.set(w, { cls, side: 'after', noun: true });
	for (const w of group.placeFirst) TRIGGERS.set(w, { cls, side: 'before', noun: false });
	for (const w of group.adjacent) TRIGGERS.set(w, { cls, side: 'after', noun: false, adjacent: true });
	for (const w of group.subjectFirst)
		TRIGGERS.set(w, { cls, side: 'before', noun: false, subjectFirst: true });
}

/**
 * The other inflected forms of a verb phrase's first word, by `inflections` of `event-words.json`
 * ("fell to" → "falls to", "falling to", "fallen to"): the lists were grown from the forms the
 * development text happened to use, so a form new text uses ("liberates", "falling to", "opening
 * fire on") would otherwise read as no event word. The base form is left out: bare it is mostly an
 * infinitive or a plan ("to strike", "will retake"), and where it reports a happening (a
 * headline's present tense) the lists give it already.
 */
export function inflected(phrase: string): string[] {
	const [head, ...tail] = phrase.split(' ');
	const forms = WORDS.inflections.find((f) => f.includes(head!));
	if (!forms) return [];
	return forms
		.slice(1)
		.filter((f) => f !== head)
		.map((f) => [f, ...tail].join(' '));
}

// Verb phrases only: nouns and subject-first phrases ("was taken") carry their own forms. A form
// already listed keeps its own reading (a noun "strikes" stays a noun); it takes the senses it
// loses from the phrase it was made from ("hitting back").
for (const [phrase, trigger] of [...TRIGGERS]) {
	if (trigger.noun || trigger.subjectFirst) continue;
	for (const form of inflected(phrase)) {
		// A form that is an event word alone needs no preposition of its own: "struck on" would
		// swallow the "on" of "struck on Monday".
		const [head, ...tail] = form.split(' ');
		if (TRIGGERS.has(form) || (tail.length === 1 && TRIGGERS.has(head!))) continue;
		TRIGGERS.set(form, trigger);
		const lost = (WORDS.notAfterTrigger as Record<string, string[]>)[phrase];
		if (lost && !(form in WORDS.notAfterTrigger))
			(WORDS.notAfterTrigger as Record<string, string[]>)[form] = lost;
	}
}

/**
 * A date right after a trigger ("fell on Monday", "taken in March"): no other sense of the word.
 */
const DATE_AFTER =
	/^\s+(?:on|in)\s+(?:(?:early|late|mid)\s+)?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)/i;

/**
 * Words after which an ambiguous trigger means something else ("fell on", "was taken to hospital",
 * "took part").
 */
const NOT_AFTER_TRIGGER = new Map(
	Object.entries(WORDS.notAfterTrigger).map(([w, next]) => [
		w,
		new RegExp(`^\\s+(?:${next.map((n) => n.replace(/ /g, '\\s+')).join('|')})\\b`, 'i')
	])
);

/** Every trigger phrase, the longest that ends on a word boundary first (`phraseAlternation`). */
const TRIGGER_RE = new RegExp(`\\b${phraseAlternation(TRIGGERS.keys())}\\b`, 'gi');

/** Words before a trigger that give it another sense ("aid convoy" is no deployment). */
const NOT_BEFORE_TRIGGER = new Map(Object.entries(WORDS.notBeforeTrigger).map(([w, prev]) => [w, set(prev)]));

/** A determiner right before a word, which makes an -ing form a noun. */
const DETERMINER_BEFORE = /\b(?:the|a|an|this|that|its|their)\s+$/i;

/** A convoy or reinforcements as what "entered": a deployment, not an army entering a town. */
export const CONVOY_SUBJECT = new RegExp(`\\b(?:${WORDS.convoySubjects.join('|')})\\b`, 'i');

/**
 * A subject of an entry word that is no force: an aid convoy, or people named just before the word.
 */
export const NOT_FORCES =
	/\b(?:aid|humanitarian|relief|food)\s+(?:convoys?|trucks|lorries|shipments?)\b[^,;:]*$|\b(?:journalists|reporters|civilians|residents|refugees|displaced|families|inspectors|observers|delegations?|workers|medics|people)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * The kind an event word gives a place of a kind, or undefined when the vocabulary has none for the
 * pair.
 */
export function kindFor(cls: WordClass, place: PlaceKind | undefined): EventKind | undefined {
	if (!place) return undefined;
	const post = place === 'observation-post';
	switch (cls) {
		case 'capture':
			return 'captured';
		case 'recapture':
			return 'recaptured';
		case 'enter':
			return post ? undefined : 'entered';
		case 'attack':
			return 'attacked';
		case 'surround':
			return post ? 'post-surrounded' : undefined;
		case 'withdraw':
			return post ? 'post-withdrawn' : undefined;
		case 'establish':
			return post ? 'post-established' : place === 'zone' ? 'zone-established' : undefined;
		case 'deploy':
			return 'deployed';
		case 'agree':
			return 'agreement';
		case 'ceasefire':
			return 'ceasefire';
		case 'talks':
			return place === 'capital' || place === 'city' || place === 'town' ? 'talks' : undefined;
		case 'casualty':
			return 'attacked';
	}
}

/** A trigger found in a sentence: its class and side, and its range in sentence offsets. */
export interface Found extends Trigger {
	start: number;
	end: number;
	text: string;
}

/**
 * A verb of sending whose object is troops or vehicles, then where to ("sent 100 vehicles to",
 * "dispatched more troops into").
 */
const SENT_TO =
	/\b(?:sent|sends|sending|dispatched|dispatches|dispatching|rushed|poured|pours|pouring|moved|brought)\s+(?:[\p{L}\d,-]+\s+){0,6}?(?:convoys?|reinforcements|troops|soldiers|forces|vehicles|tanks|columns|armou?red\s+[\p{L}-]+|equipment|hardware|personnel|commandos|ammunition)\s+(?:to|into|towards|toward)\b/giu;

/**
 * A convoy or its part going somewhere ("the other part went to X", "then went southward to the
 * town of X", "the rest of the trucks reached X"): a deployment when a convoy word opens the
 * sentence's subject before it.
 */
const CONVOY_WENT_TO =
	/\b(?:(?:went|proceeded|continued|drove|travell?ed|moved\s+on)\s+(?:on\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?|ern)?\s+)?(?:to|towards|toward|into)|reached|arrived\s+(?:in|at))\b/gi;

/**
 * A verb of driving fighters out, with the fighters, up to "out of" or "from" ("drove the rebels
 * out of").
 */
const DROVE_OUT =
	/\b(?:drove|driven|driving|expelled|expelling|ousted|ousting|chased|pushed)\s+(?:the\s+|all\s+)?(?:[\p{L}-]+\s+){0,2}?(?:rebels|militants|jihadists|insurgents|fighters|terrorists|forces|troops|opposition)\s+(?:out\s+of|from)\b/giu;

/**
 * Fighters driven out in the passive, from the fighters to "out of" or "from" ("militants were
 * driven out of", "the rebels have been expelled from"): they lost the place, as in the active.
 */
const DRIVEN_OUT =
	/\b(?:rebels|militants|jihadists|insurgents|fighters|terrorists|gunmen)\s+(?:[\p{L}-]+\s+){0,3}?(?:was|were|has\s+been|have\s+been|had\s+been|been)\s+(?:[\p{L}]+ly\s+)?(?:driven|pushed|expelled|ousted|chased|kicked|forced)\s+(?:out\s+of|from)\b/giu;

/**
 * Firing a weapon at a place, the weapon between ("fired artillery at", "launched dozens of shells
 * on"): an attack word, as "fired at" is.
 */
const FIRED_AT =
	/\b(?:fired|fires|firing|launched|launches|launching|lobbed|lobbing)\s+(?:[\p{L}\d,-]+\s+){0,4}?(?:artillery|shells|rockets|missiles|mortars?|rounds|projectiles|bombs|munitions|grenades)\s+(?:at|on|into|towards|toward)\b/giu;

/**
 * A place's own capture told as its possessive ("X's capture on Monday", "X’s liberation"): the
 * place before, a name, is what was taken ("the village's capture" names none). "the army's capture
 * of X" names the taker, and the noun with "of" reads it. The apostrophe comes before the look back
 * at the name: a pattern that opens with a look back of any length runs it at every character of the
 * text, which made this one pattern a tenth of the data build's time (the same matches, 200 times faster).
 */
const POSSESSIVE_CAPTURE =
	/['’](?<=\p{Lu}[\p{L}-]*['’])s\s+(?:(?:full|complete|swift|recent)\s+)?(?:capture|liberation|seizure|takeover|recapture)\b(?!\s+of\b)/gu;

/** A verb of arriving somewhere, up to its place ("reached", "arrived in", "arrived at"). */
const ARRIVED = /\b(?:reached|reaching|arrived\s+(?:in|at)|arriving\s+(?:in|at))\b/gi;

/**
 * Crossing a border named with its country or side into a place ("crossed the Syrian border into X",
 * "crossing the Turkish-Syrian border into"): an entry word, as "crossed the border into" is.
 */
const CROSSED_BORDER_INTO = /\bcross(?:ed|es|ing)\s+the\s+(?:[\p{L}-]+\s+){1,2}border\s+into\b/giu;

/**
 * Expelling or ousting a group named by its own name, up to "from" or "out of" ("expelling Hay'at
 * Tahrir al-Sham from the town of X", "ousted the Nusra Front from"): only these two verbs say of any
 * named group that it lost the place; "pushed" or "drove" a name may be a vehicle or a person, and
 * diplomats or civilians expelled lost no ground.
 */
const EXPELLED_GROUP =
	/\b(?:expelled|expelling|expel|expels|ousted|ousting|oust|ousts)\s+(?!(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:diplomats?|ambassadors?|envoys?|journalists|staff|refugees|families|civilians|residents|workers)\b)(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,5}?\s+(?:out\s+of|from)\b/gu;

/**
 * Clearing a place of fighters, up to the place ("cleared most of southern X from militants",
 * "cleared the town of terrorists"): the fighters lost the place, as when they are driven out of
 * it. Clearing a road, mines or rubble names no fighters and is no capture.
 */
const CLEARED_OF =
	/\b(?:cleared|clearing|cleansed|cleansing)\b(?=\s+[^,;.]{1,60}?\s+(?:of|from)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:rebels|militants|jihadists|insurgents|fighters|terrorists|gunmen)\b)/giu;

/** A deal said to cover the places before it ("are included in the Sochi de-escalation deal"). */
const INCLUDED_IN_DEAL =
	/\b(?:is|are|was|were|been)\s+(?:all\s+)?(?:included|covered)\s+(?:in|by|under)\s+(?:(?:the|a|an)\s+)+(?:[\p{L}'’-]+\s+){0,4}?(?:deal|agreement|accord|memorandum)\b/giu;

/**
 * A deal told as the cause of what the clause before it names ("the zone ringing X is the result of
 * a deal reached last month", "a truce took effect in X as the result of a deal"): the deal covers
 * those places, as a deal said to include them does.
 */
const RESULT_OF_DEAL =
	/\b(?:is|are|was|were|as)\s+(?:the\s+|a\s+)?(?:direct\s+)?result\s+of\s+(?:(?:the|a|an)\s+)+(?:[\p{L}'’-]+\s+){0,4}?(?:deal|agreement|accord|memorandum)\b/giu;

/**
 * A deal or truce named with what it sets up, a few words on ("reached a deal to establish a zone
 * in X", "a truce was reached in September to establish a zone", "brokered a deal in September 2018
 * to create", "the deal they had reached in Sochi to set up"): one agreement word, whose places are
 * what it sets up and where (guide rule 7; "agreed to set up posts" is an agreement, rule 9). A
 * venue inside it ("reached in Sochi") stays inside the word and is no place of the agreement.
 */
const DEAL_TO_SET_UP =
	/\b(?:deal|agreement|accord|memorandum|truce|ceasefire|cease-fire)\s+(?:[^\s,;:.]+\s+){0,8}?to\s+(?:establish|create|set\s+up|form)\b/gi;

/**
 * A deal some side made, with what it is to do ("made an agreement with Russia to pull out of four
 * posts", "struck a deal to reopen the X road"): the deal is reported as made, so whatever its
 * purpose names is what it covers, as for a deal to set something up. Without the verb of making
 * ("as part of an agreement with Russia to stabilise the zone") the deal is a frame, read by its
 * own rule.
 */
const MADE_DEAL_TO =
	/\b(?:made|reached|struck|signed|sealed|concluded|brokered)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+)?((?:deal|agreement|accord)\s+(?:(?:with|between)\s+(?:[^\s,;:.]+\s+){1,4}?)?to\s+\p{L}+)/giu;

/** A truce word that names a deal ("the ceasefire agreement", "a truce deal", "cease-fire accord"). */
const CEASEFIRE_DEAL = /\b(?:ceasefire|cease-fire|cease\s+fire|truce)\s+(?:agreement|deal|accord)\b/gi;

/**
 * Taking the ground all round a place ("captured all territory around the post", "seized the
 * villages surrounding X"): the place itself is cut off, not taken, so the words are one encircling
 * word, which makes an event only at an observation post (guide rule 5).
 */
const TAKEN_AROUND =
	/\b(?:captured|capturing|seized|seizing|took|taking|taken|took\s+control\s+of|taken\s+control\s+of)\s+(?:(?:all|most)\s+(?:of\s+)?(?:the\s+)?|the\s+)?(?:[\p{L}-]+\s+)?(?:territory|territories|areas?|ground|land|villages|towns|hills|hilltops|positions)\s+(?:all\s+)?(?:around|surrounding|encircling)\b/giu;

/**
 * A place put under an attack, with the attack's words before it ("came under heavy fire", "has been
 * subjected to repeated bombardment", "subjected to Russian air strikes"): the place is its subject,
 * whatever describes the attack between.
 */
const UNDER_ATTACK =
	/\b(?:(?:came|come|comes|coming)\s+under|subjected\s+to)\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:fire|attacks?|shelling|bombardment|bombing|bombings|air\s*strikes|strikes|raids|air\s+raids|missiles|rockets)\b/giu;

/** Blast words: an attack when what blew up hurt or damaged (guide rule 1). */
const BLAST = /^(?:explosions?|blasts?|explosive\s+devices?|roadside\s+bombs?|ieds?|landmines?)$/i;
/** What a blast did that makes it an attack: the dead, the wounded, or damage and losses it left. */
const HARM =
	/\b(?:killed|killing|wounded|wounding|injured|injuring|injuries|dead|died|damaged|damaging|damage|destroyed|losses|casualties)\b/i;
/** Harm the sentence denies ("causing no casualties", "without injuries"): no harm at all. */
const NO_HARM = /\b(?:no|without)\s+(?:[\p{L}-]+\s+)?(?:casualties|losses|damage|injuries|deaths)\b/giu;
const ACCIDENT = /\b(?:accident|accidental|accidentally|caught\s+fire|in\s+a\s+fire|short\s+circuit)\b/i;

/**
 * An operation named by its code name, up to the preposition of its target or ground ("its operation
 * Olive Branch against the enclave in X", "Operation Spring Shield in X"): the name belongs to the
 * noun, so the noun and its preposition read as "operation against" does, an attack word.
 */
const NAMED_OPERATION =
	/\b[Oo]peration\s+["“‘]?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}["”’]?\s+(?:against|on|in|into|targeting)\b/gu;

/**
 * Advancing from a bearing towards a place ("advancing from the east toward X"): an offensive on
 * it, as "advancing toward X" is.
 */
const ADVANCING_FROM =
	/\b(?:advanc(?:ed|ing|es)|push(?:ed|ing|es))\s+from\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?\s+(?:towards?|on)\b/gi;

/**
 * A patrol setting off along its route, up to the word before its first place ("the joint patrol
 * began to move on the highway M-4 from", "the patrol set off from", "the patrol completed its
 * march on the M4 from"): the route's places are where it went.
 */
const PATROL_ROUTE =
	/\bpatrols?\b(?:\s+[^\s.;,]+){0,4}?\s+(?:set\s+off|began\s+to\s+move|began\s+moving|started\s+moving|moved|marched|departed|set\s+out|(?:its|their)\s+march)\b(?:\s+[^\s.;,]+){0,4}?\s+from\b/gi;

/**
 * What makes a storming word an assault begun rather than an entry ("began storming", "attack by
 * storming").
 */
const STORMING_BEGUN =
	/\b(?:began|begun|begin|begins|started|starts|start|launched|attack\s+by|assault\s+by)\s+(?:to\s+)?$/i;

/**
 * Drops the triggers a phrase from `start` to `end` overlaps: a phrase read whole (a patrol's
 * route, a deal and its purpose, ground taken around a post) replaces the single words inside it.
 */
function dropOverlapping(out: Found[], start: number, end: number): void {
	for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < end && out[i]!.end > start) out.splice(i, 1);
}

/** Whether a trigger already read covers any of `start` to `end`: a phrase there is read once. */
function overlapsAny(out: readonly Found[], start: number, end: number): boolean {
	return out.some((t) => t.start < end && t.end > start);
}

/**
 * The words of which every match of a phrase pattern holds one from each group, lowercased: a
 * sentence without them cannot match (`execAllWhere`), so the pattern, which opens with a word
 * boundary or a list of words and would be tried at every character, runs only where they are.
 */
export const PHRASE_GATES = new Map<RegExp, readonly (readonly string[])[]>([
	[
		DROVE_OUT,
		[
			['drove', 'driv', 'expell', 'ousted', 'ousting', 'chased', 'pushed'],
			['out', 'from']
		]
	],
	[
		EXPELLED_GROUP,
		[
			['expel', 'oust'],
			['out', 'from']
		]
	],
	[CLEARED_OF, [['clear', 'cleans']]],
	[
		DRIVEN_OUT,
		[
			['driven', 'pushed', 'expelled', 'ousted', 'chased', 'kicked', 'forced'],
			['out', 'from']
		]
	],
	[FIRED_AT, [['fire', 'firing', 'launch', 'lobb']]],
	[POSSESSIVE_CAPTURE, [['capture', 'liberation', 'seizure', 'takeover']]],
	[UNDER_ATTACK, [['under', 'subjected']]],
	[CROSSED_BORDER_INTO, [['border']]],
	[
		SENT_TO,
		[['sent', 'sends', 'sending', 'dispatch', 'rushed', 'poured', 'pours', 'pouring', 'moved', 'brought']]
	],
	[CONVOY_WENT_TO, [['went', 'proceeded', 'continued', 'drove', 'travel', 'moved', 'reached', 'arrived']]],
	[ARRIVED, [['reach', 'arriv']]],
	[PATROL_ROUTE, [['patrol']]],
	[NAMED_OPERATION, [['operation']]],
	[ADVANCING_FROM, [['advanc', 'push']]],
	[INCLUDED_IN_DEAL, [['included', 'covered']]],
	[RESULT_OF_DEAL, [['result']]],
	[
		DEAL_TO_SET_UP,
		[
			['deal', 'agreement', 'accord', 'memorandum', 'truce', 'cease'],
			['establish', 'create', 'set', 'form']
		]
	],
	[
		MADE_DEAL_TO,
		[
			['made', 'reached', 'struck', 'signed', 'sealed', 'concluded', 'brokered'],
			['deal', 'agreement', 'accord']
		]
	],
	[
		CEASEFIRE_DEAL,
		[
			['cease', 'truce'],
			['agreement', 'deal', 'accord']
		]
	],
	[TAKEN_AROUND, [['around', 'surround', 'encircl']]]
]);

export function triggersIn(sentence: string): Found[] {
	const lower = gateText(sentence);
	const gated = (re: RegExp) => execAllWhere(re, sentence, lower, PHRASE_GATES.get(re)!);
	const out: Found[] = [];
	for (const m of execAll(TRIGGER_RE, sentence)) {
		const key = m[0].toLowerCase().replace(/\s+/g, ' ');
		const t = TRIGGERS.get(key);
		const end = m.index + m[0].length;
		const next = sentence.slice(end, end + 30);
		if (!t || (NOT_AFTER_TRIGGER.get(key)?.test(next) && !DATE_AFTER.test(next))) continue;
		if (
			NOT_BEFORE_TRIGGER.get(key)?.has(words(sentence.slice(Math.max(0, m.index - 20), m.index)).at(-1) ?? '')
		)
			continue;
		// "any attack on X", "any offensive": a hypothetical, not a happening.
		if (t.noun && /\bany\s+$/i.test(sentence.slice(Math.max(0, m.index - 5), m.index))) continue;
		// "the bombing killed five", "this shelling": an attack's -ing form after a determiner names
		// the attack, a noun; without one it may be a verb with its own object ("filmed bombing a
		// convoy").
		const named =
			t.cls === 'attack' &&
			!t.noun &&
			/ing$/i.test(key) &&
			DETERMINER_BEFORE.test(sentence.slice(Math.max(0, m.index - 8), m.index));
		out.push({ ...t, ...(named ? { noun: true } : {}), start: m.index, end, text: m[0] });
	}
	// "drove the rebels out of X", "expelled militants from X", "cleared X of militants": the fighters
	// driven or cleared out lost the place.
	for (const pattern of [DROVE_OUT, EXPELLED_GROUP, CLEARED_OF])
		for (const m of gated(pattern)) {
			const end = m.index + m[0].length;
			if (overlapsAny(out, m.index, end)) continue;
			out.push({ cls: 'capture', side: 'after', noun: false, start: m.index, end, text: m[0] });
		}
	for (const m of gated(DRIVEN_OUT)) {
		const end = m.index + m[0].length;
		dropOverlapping(out, m.index, end);
		out.push({ cls: 'capture', side: 'after', noun: false, start: m.index, end, text: m[0] });
	}
	for (const m of gated(FIRED_AT)) {
		const end = m.index + m[0].length;
		dropOverlapping(out, m.index, end);
		out.push({ cls: 'attack', side: 'after', noun: false, start: m.index, end, text: m[0] });
	}
	for (const m of gated(POSSESSIVE_CAPTURE)) {
		const end = m.index + m[0].length;
		if (overlapsAny(out, m.index, end) && !out.some((t) => t.start >= m.index && t.end <= end)) continue;
		dropOverlapping(out, m.index, end);
		const cls: WordClass = /recapture$/i.test(m[0]) ? 'recapture' : 'capture';
		out.push({ cls, side: 'before', noun: false, subjectFirst: true, start: m.index, end, text: m[0] });
	}
	for (const m of gated(UNDER_ATTACK)) {
		const end = m.index + m[0].length;
		dropOverlapping(out, m.index, end);
		out.push({ cls: 'attack', side: 'before', noun: false, start: m.index, end, text: m[0] });
	}
	for (const m of gated(CROSSED_BORDER_INTO)) {
		const end = m.index + m[0].length;
		dropOverlapping(out, m.index, end);
		out.push({ cls: 'enter', side: 'after', noun: false, start: m.index, end, text: m[0] });
	}
	// "sent more than 100 vehicles to X": a verb of sending with troops or vehicles as its object, up to
	// the place's preposition, is one deployment word (the nouns inside it are not others).
	for (const m of gated(SENT_TO)) {
		const end = m.index + m[0].length;
		for (let i = out.length - 1; i >= 0; i--)
			if (out[i]!.cls === 'deploy' && out[i]!.start >= m.index && out[i]!.end <= end) out.splice(i, 1);
		if (overlapsAny(out, m.index, end)) continue;
		out.push({ cls: 'deploy', side: 'after', noun: false, start: m.index, end, text: m[0] });
	}
	for (const m of gated(CONVOY_WENT_TO)) {
		const end = m.index + m[0].length;
		if (
			!CONVOY_SUBJECT.test(sentence.slice(0, m.index)) ||
			NOT_FORCES.test(sentence.slice(Math.max(0, m.index - 60), m.index))
		)
			continue;
		if (overlapsAny(out, m.index, end)) continue;
		out.push({ cls: 'deploy', side: 'after', noun: false, start: m.index, end, text: m[0] });
	}
	// "The Turkish military reached the post": arriving is a deployment for Turkish forces only,
	// which the extractor checks against the subject.
	for (const m of gated(ARRIVED)) {
		const end = m.index + m[0].length;
		if (overlapsAny(out, m.index, end)) continue;
		// An aid convoy or people arriving are no forces.
		if (NOT_FORCES.test(sentence.slice(Math.max(0, m.index - 60), m.index))) continue;
		// "A ceasefire is reached for X": reached for something is no arrival, so it leaves the
		// deal word before it its place.
		if (/^\s+for\b/i.test(sentence.slice(end))) continue;
		out.push({
			cls: 'enter',
			side: 'after',
			noun: false,
			adjacent: true,
			arrival: true,
			start: m.index,
			end,
			text: m[0]
		});
	}
	// "the joint patrol set off from X to Y": the places of its route are where it went.
	for (const m of gated(PATROL_ROUTE)) {
		const end = m.index + m[0].length;
		dropOverlapping(out, m.index, end);
		// It opens with the patrol, a noun, so a determiner before it makes no adjective of it.
		out.push({ cls: 'deploy', side: 'after', noun: true, route: true, start: m.index, end, text: m[0] });
	}
	for (const m of gated(NAMED_OPERATION)) {
		const end = m.index + m[0].length;
		dropOverlapping(out, m.index, end);
		out.push({ cls: 'attack', side: 'after', noun: true, start: m.index, end, text: m[0] });
	}
	for (const m of gated(ADVANCING_FROM)) {
		const end = m.index + m[0].length;
		if (overlapsAny(out, m.index, end)) continue;
		out.push({ cls: 'attack', side: 'after', noun: false, start: m.index, end, text: m[0] });
	}
	// "X and Y are included in the Sochi deal": the places before a deal said to cover them are its places.
	for (const m of [...gated(INCLUDED_IN_DEAL), ...gated(RESULT_OF_DEAL)]) {
		const end = m.index + m[0].length;
		dropOverlapping(out, m.index, end);
		out.push({ cls: 'agree', side: 'before', noun: false, start: m.index, end, text: m[0] });
	}
	// "a deal to establish a zone in X": the deal and its purpose are one agreement word; what the purpose sets
	// up is what the deal covers, so the words inside it are no triggers of their own.
	for (const m of gated(DEAL_TO_SET_UP)) {
		const end = m.index + m[0].length;
		dropOverlapping(out, m.index, end);
		out.push({ cls: 'agree', side: 'after', noun: true, start: m.index, end, text: m[0] });
		// "a truce was reached to establish a zone": a truce word is a ceasefire there too (guide rule 7:
		// an agreement word and a ceasefire word give both kinds), covering what the deal sets up.
		if (/^(?:truce|ceasefire|cease-fire)\b/i.test(m[0]))
			out.push({ cls: 'ceasefire', side: 'after', noun: true, start: m.index, end, text: m[0] });
	}
	for (const m of gated(MADE_DEAL_TO)) {
		const end = m.index + m[0].length;
		const start = end - m[1]!.length;
		if (out.some((t) => t.cls === 'agree' && t.start < end && t.end > start)) continue;
		dropOverlapping(out, start, end);
		out.push({ cls: 'agree', side: 'after', noun: true, start, end, text: m[1]! });
	}
	// "the ceasefire agreement in X": a truce word that names a deal is both (guide rule 7: an
	// agreement word and a ceasefire word give both kinds), read as one word with the deal's places.
	for (const m of gated(CEASEFIRE_DEAL)) {
		const end = m.index + m[0].length;
		if (out.some((t) => t.cls === 'agree' && t.start < end && t.end > m.index)) continue;
		dropOverlapping(out, m.index, end);
		out.push({ cls: 'ceasefire', side: 'after', noun: true, start: m.index, end, text: m[0] });
		out.push({ cls: 'agree', side: 'after', noun: true, start: m.index, end, text: m[0] });
	}
	// "captured all territory around the post": the post was cut off, the ground around it taken.
	for (const m of gated(TAKEN_AROUND)) {
		const end = m.index + m[0].length;
		dropOverlapping(out, m.index, end);
		out.push({ cls: 'surround', side: 'after', noun: false, start: m.index, end, text: m[0] });
	}
	// "began storming X", "the attack by storming X": an assault under way, not yet an entry (guide rule 5).
	for (const t of out)
		if (t.cls === 'enter' && /^storm/i.test(t.text) && STORMING_BEGUN.test(sentence.slice(0, t.start)))
			Object.assign(t, { cls: 'attack', adjacent: false });
	out.sort((a, b) => a.start - b.start);
	// A convoy an attack struck ("shelled a Turkish convoy in X", "the convoy was targeted") is what was
	// attacked, not a deployment to X; nor does it end the attack's reach.
	// An attack noun whose object is the deployment ("attack on a Russian patrol"), a few words on.
	const targets = (a: Found, gap: string) =>
		wordCount(gap) <= 5 &&
		!/[,;:]/.test(gap) &&
		(/\s(?:on|against)$/i.test(a.text) || /^\s*(?:on|against)\b/i.test(gap));
	// So is a patrol, and one an attack noun names as its target ("the second attack on a patrol in X").
	const attacked = (t: Found) =>
		t.cls === 'deploy' &&
		t.noun &&
		/^(?:convoys?|reinforcements|patrols?(?:\s+(?:in|on|along|of))?)$/i.test(t.text) &&
		out.some(
			(a) =>
				a.cls === 'attack' &&
				((!a.noun &&
					((a.end <= t.start &&
						wordCount(sentence.slice(a.end, t.start)) <= 8 &&
						!CLAUSE_BREAK.test(sentence.slice(a.end, t.start))) ||
						(a.start >= t.end && wordCount(sentence.slice(t.end, a.start)) <= 3))) ||
					(a.noun && a.end <= t.start && targets(a, sentence.slice(a.end, t.start))))
		);
	// A blast is an attack only when it hurts or damages, and not one the sentence gives as an
	// accident (guide rule 1: "an ammunition store exploded in a fire" is none).
	const harmless = (t: Found) =>
		t.cls === 'attack' &&
		BLAST.test(t.text) &&
		(!HARM.test(sentence.replace(NO_HARM, ' ')) || ACCIDENT.test(sentence));
	// Patrols an agreement sets out ("agreed to hold joint patrols along the M4") are its terms, not patrols that took place.
	const agreed = (t: Found) =>
		t.cls === 'deploy' && /^patrol/i.test(t.text) && out.some((a) => a.cls === 'agree' && a.end <= t.start);
	return out.filter((t) => !attacked(t) && !agreed(t) && !harmless(t));
}

/**
 * Diplomacy concerns every place its clause names ("agreed to turn Idlib into a de-escalation
 * zone").
 */
export const WHOLE_CLAUSE = new Set<WordClass>(['agree', 'ceasefire']);
