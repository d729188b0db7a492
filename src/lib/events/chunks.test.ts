import { describe, expect, it } from 'vitest';
import { asideBlanked, attachedAfter, chunk, governedAfter, relativeAfter, sceneOf } from './chunks';
import { kinds } from './sentence-fixture';

/** The span of the first occurrence of `part` in `text`. */
function at(text: string, part: string) {
	const start = text.indexOf(part);
	if (start < 0) throw new Error(`no "${part}" in "${text}"`);
	return { start, end: start + part.length };
}

/** The text an aside of a parse holds, in order. */
const asideTexts = (text: string) =>
	chunk(text).asides.map((a) => `${a.kind}:${text.slice(a.start, a.end).trim()}`);

describe('chunk: asides and clause breaks of a news sentence', () => {
	it('sets aside brackets, pairs of dashes and a relative clause between commas', () => {
		expect(asideTexts('Jets struck the depot (a former school) in Qarnaz.')).toEqual([
			'bracket:(a former school)'
		]);
		expect(asideTexts('Jets dropped bombs — some filled with nails — on Qarnaz.')).toEqual([
			'dash:— some filled with nails —'
		]);
		expect(asideTexts('Jets struck the depot, which rebels had used for months, in Qarnaz.')).toEqual([
			'relative:, which rebels had used for months,'
		]);
	});

	it('sets aside an apposition, an attribution or a subordinate clause between commas', () => {
		expect(asideTexts('Rebels attacked again, the third time this week, near Qarnaz.')).toEqual([
			'comma:, the third time this week,'
		]);
		expect(asideTexts('Jets struck, according to activists, a market in Qarnaz.')).toEqual([
			'comma:, according to activists,'
		]);
		expect(asideTexts('The army shelled, while talks went on, the town of Qarnaz.')).toEqual([
			'subordinate:, while talks went on,'
		]);
	});

	it('keeps a list of names, which no aside opens, in the clause', () => {
		expect(asideTexts('Jets struck Qarnaz, Dalbur and Sirwan on Monday.')).toEqual([]);
	});

	it('breaks at a semicolon, a lone dash, a saying verb and a new predicate', () => {
		const breaks = (text: string) => chunk(text).breaks.map((b) => text.slice(b).trim().slice(0, 12));
		expect(breaks('Jets struck on Monday; the army entered Qarnaz.')).toEqual(['; the army e']);
		expect(breaks('Jets struck on Monday – the army left Qarnaz.')).toEqual(['– the army l']);
		expect(breaks('Jets struck a market, the ministry said in Qarnaz.')).toEqual([', the minist']);
		expect(breaks('Jets struck a market, and the army entered Qarnaz.')).toEqual([', and the ar']);
		expect(breaks('Jets struck Qarnaz and Dalbur.')).toEqual([]);
	});

	it('sets aside a saying verb between commas, and breaks at one that runs on', () => {
		expect(asideTexts('Jets bombed a hospital, activists said, in Qarnaz.')).toEqual([
			'comma:, activists said,'
		]);
		expect(chunk('Jets bombed a hospital, activists said in Qarnaz.').breaks).toHaveLength(1);
	});

	it('reads a time’s colon as no break', () => {
		expect(chunk('The truce starts at 00:01 in Qarnaz.').breaks).toEqual([]);
	});
});

describe('governedAfter: what a word governs, asides blanked', () => {
	it('runs from the word to its clause’s end, with the asides inside blanked', () => {
		const text = 'Jets struck the depot, which rebels used, in Qarnaz; the army then left.';
		const { end, text: governed } = governedAfter(chunk(text), at(text, 'struck'));
		expect(text.slice(0, end)).toBe('Jets struck the depot, which rebels used, in Qarnaz');
		expect(governed.replace(/\s+/g, ' ').trim()).toBe('the depot in Qarnaz');
	});

	it('ends a word inside an aside at the aside’s end', () => {
		const text = 'The town, which jets struck on Monday, lies near Qarnaz.';
		const { end } = governedAfter(chunk(text), at(text, 'struck'));
		expect(text.slice(0, end)).toBe('The town, which jets struck on Monday,');
	});
});

describe('attachedAfter: a place phrase that hangs on the word', () => {
	const hangs = (text: string, word: string, place: string) =>
		attachedAfter(chunk(text), at(text, word), at(text, place));

	it('reaches a place phrase across an aside, a relative clause or a long run of phrases', () => {
		expect(
			hangs('Rebels launched another attack hours later, north of the village of Sirwan.', 'attack', 'Sirwan')
		).toBeGreaterThanOrEqual(0);
		expect(
			hangs('Jets struck the depot, which rebels had used for months, in Qarnaz.', 'struck', 'Qarnaz')
		).toBe(3);
		expect(
			hangs(
				'Jets struck the old grain silos and the fuel depot of the local council on the eastern edge of the market quarter in Qarnaz.',
				'struck',
				'Qarnaz'
			)
		).toBe(21);
	});

	it('does not reach a place another verb, another clause or an origin holds', () => {
		expect(hangs('Jets struck a convoy heading to Qarnaz.', 'struck', 'Qarnaz')).toBe(-1);
		expect(hangs('Jets struck a market, while troops massed in Qarnaz.', 'struck', 'Qarnaz')).toBe(-1);
		expect(hangs('Jets struck a market; troops later entered Qarnaz.', 'struck', 'Qarnaz')).toBe(-1);
		expect(hangs('Jets struck rebels who had come from Qarnaz.', 'struck', 'Qarnaz')).toBe(-1);
		expect(hangs('Jets struck a convoy from Qarnaz.', 'struck', 'Qarnaz')).toBe(-1);
		expect(hangs('Jets struck a market, and the army was in Qarnaz.', 'struck', 'Qarnaz')).toBe(-1);
	});

	it('wants a preposition of place before the place', () => {
		expect(hangs('Jets struck a market, officials of Qarnaz said.', 'struck', 'Qarnaz')).toBe(-1);
	});
});

describe('extractEvents: places the word’s clause governs (session 23)', () => {
	it('reads an attack’s place across an aside or a relative clause', () => {
		expect(
			kinds('The rebels launched another attack hours later, north of the village of Sirwan, the army said.')
		).toEqual(['attacked sirwan']);
		expect(kinds('Jets struck the depot, which rebels had used for months, in Qarnaz on Monday.')).toEqual([
			'attacked qarnaz'
		]);
		expect(
			kinds(
				'The attack happened on Monday in the hills, the scene of heavy fighting, on the outskirts of Dalbur.'
			)
		).toEqual(['attacked dalbur']);
	});

	it('reads a deployment’s destination past an aside in brackets', () => {
		expect(
			kinds('Turkey sent a convoy on Monday, the largest (300 vehicles) so far, to the Qarnaz post.')
		).toEqual(['deployed the-qarnaz-post']);
	});

	it('does not read an attack noun that is only the circumstance of a flight', () => {
		expect(kinds('Thousands of civilians fled Qarnaz amid heavy bombardment on Monday.')).toEqual([]);
	});

	it('does not give a capture the place that only locates its ground', () => {
		expect(
			kinds('The army captured the village of Sirwan on Monday, the last rebel holdout, near Qarnaz.')
		).toEqual(['captured sirwan']);
	});

	it('does not give a word the place of a speaker, or of a clause opened by "as"', () => {
		expect(
			kinds('Shelling killed two people on Monday, a spokesman for the civil defence in Qarnaz said.')
		).toEqual([]);
		expect(kinds('Turkey deployed troops on Monday, its defence minister told reporters in Kestel.')).toEqual(
			[]
		);
		expect(
			kinds('The army shelled rebel positions for a third day, as thousands fled towards Qarnaz.')
		).toEqual([]);
		expect(
			kinds('Turkey sent reinforcements on Monday, as part of the deal, to its post in Qarnaz.')
		).toEqual(['deployed qarnaz']);
	});

	it('does not give an attack the place of another clause', () => {
		expect(kinds('Jets struck rebel positions on Monday, while the army massed troops in Qarnaz.')).toEqual(
			[]
		);
		expect(kinds('Jets struck rebel positions on Monday, and the army was in Qarnaz by then.')).toEqual([]);
	});
});

describe('asideBlanked and sceneOf: what joins two phrases, and what footage shows', () => {
	it('blanks the asides between two offsets, keeping the length', () => {
		const text = 'in Halaba, the last stronghold, on the outskirts of Qarnaz';
		const blanked = asideBlanked(chunk(text), 9, text.indexOf('Qarnaz'));
		expect(blanked).toHaveLength(text.indexOf('Qarnaz') - 9);
		expect(blanked.trim()).toBe('on the outskirts of');
	});

	it('places what footage shows where it was filmed, not where else it names', () => {
		const scene = (text: string, word: string, place: string) =>
			sceneOf(chunk(text), at(text, word), at(text, place));
		expect(scene('Footage filmed at Qarnaz, near Dalbur, shows a convoy.', 'convoy', 'Qarnaz')).toBe(4);
		expect(scene('Footage filmed at Qarnaz, near Dalbur, shows a convoy.', 'convoy', 'Dalbur')).toBe(-1);
		expect(scene('Officials in Qarnaz said footage shows a convoy.', 'convoy', 'Qarnaz')).toBe(-1);
	});
});

describe('extractEvents: quotes, saying asides, a second place, footage (session 23)', () => {
	it('reads a quoted attack noun with its preposition after the closing quote', () => {
		expect(kinds('The army said it had launched a "precision strike" on Qarnaz on Monday.')).toEqual([
			'attacked qarnaz'
		]);
	});

	it('reads past a saying verb between commas, not past one that runs on', () => {
		expect(kinds('Jets bombed a hospital on Monday, activists said, in Qarnaz.')).toEqual([
			'attacked qarnaz'
		]);
		expect(kinds('Jets bombed a hospital on Monday, activists said in Qarnaz.')).toEqual([]);
	});

	it('takes the settlement a wide place’s aside leads on to, which the wide place only locates', () => {
		expect(
			kinds('The attack happened in Halaba, the last rebel stronghold, on the outskirts of Qarnaz.')
		).toEqual(['attacked qarnaz']);
		expect(kinds('The attack happened in Halaba, and residents fled to the outskirts of Qarnaz.')).toEqual([
			'attacked halaba'
		]);
	});

	it('places a convoy or strikes shown on footage where it was filmed', () => {
		expect(kinds('Footage filmed at Qarnaz, near Dalbur, shows a large convoy of tanks.')).toEqual([
			'deployed qarnaz'
		]);
		expect(kinds('Video taken in Qarnaz on Monday showed air strikes hitting a market.')).toEqual([
			'attacked qarnaz'
		]);
	});
});

describe('relativeAfter and a deal’s scope: what a deal brought about (session 23)', () => {
	it('finds the relative clause about a word’s phrase, within a few words and no break', () => {
		const text = 'They signed a deal in Kestel, which paved the way for patrols, on Monday.';
		const span = relativeAfter(chunk(text), at(text, 'deal'))!;
		expect(text.slice(span.start, span.end)).toBe(', which paved the way for patrols,');
		const far = 'They signed a deal; the talks in Kestel, which began on Monday, went on.';
		expect(relativeAfter(chunk(far), at(far, 'deal'))).toBeUndefined();
	});

	it('gives a deal the places of what its relative clause says it brought about', () => {
		expect(
			kinds(
				'On Monday the presidents signed a deal in Kestel, which paved the way for patrols along the M9 highway.'
			)
		).toEqual(['talks kestel', 'agreement m-highway']);
		expect(
			kinds('On Monday the presidents signed a deal in Kestel, which was criticised in Qarnaz.')
		).toEqual(['talks kestel']);
	});
});
