/**
 * A learned reading of events beside the phrase rules of `src/lib/events/extract.ts`: for each
 * place mention in a sentence, a multinomial logistic regression over `none` and the event kinds,
 * read from the words around the mention (its neighbours, the preposition before it, the nearest
 * event word on each side and the words between, clause breaks, negation and modality words). The
 * weights are trained offline from the labelled development captures (`npm run train:events`) and
 * kept as data; scoring a mention is one sum of weights per label, so it costs a few dozen look-ups
 * per mention.
 *
 * Dates stay with the date rules (`src/lib/events/dates.ts`): a mention the model reads as an event
 * is dated like a rule's, from the date phrase nearest its event word.
 */
import type { PlaceKind } from '../../src/lib/places/kinds';
import { EVENT_KINDS, type EventKind } from '../../src/lib/events/kinds';
import { datePhrases, eventDate, firstOfLists, timedByYearOnly } from '../../src/lib/events/dates';
import { CLAUSE_BREAK, sentenceRanges, words } from '../../src/lib/events/sentences';
import { triggersIn, type Found } from '../../src/lib/events/triggers';
import type { EventCandidate, ExtractInput } from '../../src/lib/events/extract';

/** What the model chooses between: no event at the mention, or one of the kinds. */
export const MODEL_LABELS = ['none', ...EVENT_KINDS] as const;
export type ModelLabel = (typeof MODEL_LABELS)[number];

/** A trained model as kept on disk: its labels, one weight per label for each feature it knows. */
export interface EventModel {
	/** The gatherings (`batch` of the real set's labels) whose event labels it was trained on. */
	trainedOn: string[];
	labels: ModelLabel[];
	/** A feature's weights, in the order of `labels`; a feature not listed weighs nothing. */
	weights: Record<string, number[]>;
}

/** One place mention in its sentence, as the features read it; offsets are the sentence's. */
export interface MentionSite {
	sentence: string;
	start: number;
	end: number;
	placeKind: PlaceKind | undefined;
	/** Which of the sentence's mentions this is (0 the first) and how many there are. */
	index: number;
	count: number;
	/** The sentence's event words, found once per sentence (`triggersIn`). */
	triggers: readonly Found[];
	/** Whether a date phrase stands in the sentence, and whether it is timed only by a past year. */
	dated: boolean;
	yearOnly: boolean;
}

/** Prepositions whose presence right before a place says much of its role (target, origin, venue). */
const PREPOSITIONS = new Set([
	'in',
	'on',
	'at',
	'into',
	'to',
	'toward',
	'towards',
	'from',
	'near',
	'around',
	'of',
	'against',
	'outside',
	'inside',
	'over',
	'through',
	'between',
	'across',
	'by',
	'with'
]);

/** Words of denial, plans and conditions: what makes a reported word no event. */
const CUES = new Set([
	'not',
	"n't",
	'no',
	'never',
	'would',
	'could',
	'may',
	'might',
	'will',
	'should',
	'plan',
	'plans',
	'planned',
	'planning',
	'threat',
	'threatened',
	'threatens',
	'threatening',
	'intend',
	'intends',
	'aim',
	'aims',
	'seeking',
	'prepare',
	'preparing',
	'preparations',
	'if',
	'expected',
	'ready',
	'deny',
	'denied',
	'denies',
	'possible',
	'potential',
	'imminent',
	'feared',
	'fears',
	'since',
	'during',
	'continue',
	'continued',
	'continues',
	'ongoing',
	'daily',
	'repeatedly'
]);

/** How far apart two things stand, in words, as a coarse class. */
function bucket(n: number): string {
	return n <= 1 ? '0-1' : n <= 3 ? '2-3' : n <= 7 ? '4-7' : n <= 15 ? '8-15' : '16+';
}

/** The features of the nearest event word on one side of the mention, prefixed by that side. */
function triggerFeatures(
	side: 'tb' | 'ta',
	t: Found,
	between: string,
	place: PlaceKind | undefined,
	out: string[]
): void {
	const gap = words(between);
	const form = t.noun ? 'n' : 'v';
	out.push(`${side}:${t.cls}`, `${side}:${t.cls}:${form}`, `${side}d:${bucket(gap.length)}`);
	out.push(`${side}k:${t.cls}:${place ?? 'unknown'}`);
	out.push(`${side}d:${t.cls}:${bucket(gap.length)}`);
	const broken = CLAUSE_BREAK.test(between);
	const comma = between.includes(',');
	out.push(`${side}x:${t.cls}:${broken ? 'break' : comma ? 'comma' : 'open'}`);
	for (const w of words(t.text)) out.push(`${side}t:${w}`);
	if (gap.length <= 10) for (const w of gap) out.push(`${side}w:${w}`);
	else out.push(`${side}w:far`);
}

/** The features of one mention in its sentence, distinct, in a fixed order. */
export function mentionFeatures(site: MentionSite): string[] {
	const { sentence, start, end } = site;
	const before = words(sentence.slice(0, start));
	const after = words(sentence.slice(end));
	const out: string[] = ['bias', `kind:${site.placeKind ?? 'unknown'}`];
	for (let i = 1; i <= 3; i++) out.push(`b${i}:${before[before.length - i] ?? '^'}`);
	for (let i = 1; i <= 2; i++) out.push(`a${i}:${after[i - 1] ?? '$'}`);
	out.push(`b12:${before.at(-2) ?? '^'}_${before.at(-1) ?? '^'}`);
	for (const w of before.slice(-8)) out.push(`bb:${w}`);
	for (const w of after.slice(0, 8)) out.push(`ab:${w}`);
	const prep = before.at(-1);
	out.push(`prep:${prep && PREPOSITIONS.has(prep) ? prep : 'none'}`);
	out.push(`prep:${prep && PREPOSITIONS.has(prep) ? prep : 'none'}:${site.placeKind ?? 'unknown'}`);
	for (const w of before) if (CUES.has(w)) out.push(`cue:${w}`);
	for (const w of after) if (CUES.has(w)) out.push(`cueafter:${w}`);
	out.push(`places:${site.count >= 3 ? '3+' : site.count}`, `first:${site.index === 0}`);
	const lead = sentence.slice(Math.max(0, start - 6), start);
	if (/(?:,|\band)\s*$/.test(lead)) out.push('listed');
	out.push(`dated:${site.dated}`, `yearonly:${site.yearOnly}`);
	if (/\?["”’']*$/.test(sentence)) out.push('question');
	if (/^\s*["“]/.test(sentence) || /\bsaid\b|\bsays\b|\baccording to\b/i.test(sentence)) out.push('speech');
	const prior = site.triggers.filter((t) => t.end <= start).at(-1);
	const next = site.triggers.find((t) => t.start >= end);
	if (prior) triggerFeatures('tb', prior, sentence.slice(prior.end, start), site.placeKind, out);
	else out.push('tb:none');
	if (next) triggerFeatures('ta', next, sentence.slice(end, next.start), site.placeKind, out);
	else out.push('ta:none');
	for (const t of site.triggers) out.push(`ts:${t.cls}`);
	return [...new Set(out)];
}

/** The probability of each of the model's labels for a mention with these features (a softmax). */
export function labelProbabilities(model: EventModel, features: readonly string[]): number[] {
	const sums = model.labels.map(() => 0);
	for (const f of features) {
		const w = model.weights[f];
		if (w) for (let i = 0; i < sums.length; i++) sums[i]! += w[i]!;
	}
	const top = Math.max(...sums);
	const exp = sums.map((s) => Math.exp(s - top));
	const total = exp.reduce((a, b) => a + b, 0);
	return exp.map((e) => e / total);
}

/** One mention in its sentence with its features: what both training and scoring read. */
export interface MentionRead<M> {
	mention: M;
	/** The sentence's range in the body and the mention's offsets in the sentence. */
	sentenceStart: number;
	sentenceEnd: number;
	start: number;
	end: number;
	features: string[];
}

/**
 * Every place mention of an article's body with its features, sentence by sentence (datelines left
 * out, as the rules leave them), in text order. `events` finds a sentence's event words; the
 * training tool passes none to measure the model without the rules' word lists.
 */
export function mentionReads<M extends ExtractInput['mentions'][number]>(
	input: Pick<ExtractInput, 'body' | 'placeKind' | 'published'> & { mentions: readonly M[] },
	events: (sentence: string) => Found[] = triggersIn
): MentionRead<M>[] {
	const links = input.mentions.filter((m) => m.role !== 'dateline');
	const out: MentionRead<M>[] = [];
	let k = 0;
	for (const range of sentenceRanges(input.body)) {
		while (k < links.length && links[k]!.start < range.start) k++;
		const local: M[] = [];
		for (let j = k; j < links.length && links[j]!.end <= range.end; j++) local.push(links[j]!);
		if (!local.length) continue;
		const sentence = input.body.slice(range.start, range.end);
		const triggers = events(sentence);
		const dated = datePhrases(sentence, input.published).length > 0;
		const yearOnly = timedByYearOnly(sentence, input.published);
		local.forEach((m, index) => {
			const start = m.start - range.start;
			const end = m.end - range.start;
			const features = mentionFeatures({
				sentence,
				start,
				end,
				placeKind: input.placeKind(m.place),
				index,
				count: local.length,
				triggers,
				dated,
				yearOnly
			});
			out.push({ mention: m, sentenceStart: range.start, sentenceEnd: range.end, start, end, features });
		});
	}
	return out;
}

/**
 * The events the model finds among mentions already read: each mention and kind whose probability
 * reaches `threshold`, dated by the date rules from the event word nearest the mention (or the
 * mention itself when the sentence has none).
 */
export function readEvents(
	model: EventModel,
	reads: readonly MentionRead<{ place: string }>[],
	body: string,
	published: string,
	threshold: number
): EventCandidate[] {
	const out: EventCandidate[] = [];
	for (const read of reads) {
		const probabilities = labelProbabilities(model, read.features);
		const sentence = body.slice(read.sentenceStart, read.sentenceEnd);
		model.labels.forEach((label, i) => {
			if (label === 'none' || probabilities[i]! < threshold) return;
			const near = triggersIn(sentence).reduce<Found | undefined>(
				(best, t) => (!best || Math.abs(t.start - read.start) < Math.abs(best.start - read.start) ? t : best),
				undefined
			);
			const phrases = firstOfLists(datePhrases(sentence, published), sentence);
			out.push({
				places: [read.mention.place],
				kind: label as EventKind,
				...eventDate(phrases, near?.start ?? read.start, published),
				start: read.sentenceStart,
				end: read.sentenceEnd,
				sentence,
				trigger: near?.text ?? '',
				confidence: probabilities[i]!
			});
		});
	}
	return out;
}

/** The events the model reads in an article at `threshold` (`mentionReads`, then `readEvents`). */
export function modelEvents(model: EventModel, input: ExtractInput, threshold: number): EventCandidate[] {
	return readEvents(model, mentionReads(input), input.body, input.published, threshold);
}
