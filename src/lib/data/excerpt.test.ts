import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAliasIndex, findMentions, type GazetteerPlace, type Mention } from '../geoparse/match';
import {
	bodySegments,
	EXCERPT_LIMIT,
	excerptSegments,
	placeExcerpts,
	sentenceAround,
	spanGroups,
	type Segment
} from './excerpt';

const PLACES: GazetteerPlace[] = [
	{ id: 'idlib-governorate', aliases: ['Idlib', 'Idlib province', 'Idlib region'] },
	{
		id: 'idlib-city',
		aliases: ['Idlib', 'Idlib city'],
		seatOf: 'idlib-governorate',
		bareName: 'governorate'
	},
	{ id: 'turkey', aliases: ['Turkey', 'Türkiye'] },
	{ id: 'russia', aliases: ['Russia'] },
	{ id: 'syria', aliases: ['Syria'] },
	{ id: 'ankara', aliases: ['Ankara'] },
	{ id: 'moscow', aliases: ['Moscow'] },
	{ id: 'geneva', aliases: ['Geneva'] },
	{ id: 'sochi', aliases: ['Sochi'] },
	{ id: 'saraqeb', aliases: ['Saraqeb'] },
	{ id: 'latamneh', aliases: ['Latamneh', 'Latmaneh'] },
	{ id: 'hama-governorate', aliases: ['Hama'] },
	{ id: 'hatay', aliases: ['Hatay'] },
	{ id: 'washington', aliases: ['Washington'] }
];
const index = buildAliasIndex(PLACES);

/** Real paragraphs from `geodata/articles/`, with a crosshead, joined as a published body is. */
const CORPUS_BODY = [
	'ISTANBUL/ANKARA (Reuters) – Russian officials will arrive in Turkey on Saturday for talks aimed at stopping the Syrian government’s offensive in Syria’s northwestern Idlib region and halt a humanitarian catastrophe there, Turkey’s foreign minister said on Friday.',
	'Turkey, which hosts 3.6 million Syrian refugees, fears another influx toward its border. While Erdogan has said the latest assault has displaced close to 1 million people, the United Nations Office for the Coordination of Humanitarian Affairs to Geneva said on Friday that 586,000 were displaced.',
	'## Russia-Turkey talks on Idlib',
	'Turkish officials spoke on Tuesday. "An operation in Idlib is imminent... We are counting down, we are making our final warnings," Erdogan said in a televised speech.',
	'"Inside the city of Latamneh there aren\'t any military positions," he said. "Around Latamneh there are bases for Jeish Al Izza. Every day, we have intense bombing of our bases," he told The National.',
	'Mr Al Mahmoud accused the Syrian government of stepping up attacks prior to peace talks in the Russian city of Sochi later this month in hopes of extracting concessions from rebel groups and their backers.',
	'“If you are the guarantors … you should stop the regime. It’s not just a simple air strike. The regime is moving in Idlib. The intent here is different,” he said, adding that such a move would undermine any peace process in Syria.',
	'In Washington, U.S. Secretary of State Mike Pompeo spoke with Dr. Ahmed and Recep T. Erdogan on Feb. 7 about Saraqeb. Mr. Smith of St. Louis was not there. Was Ankara consulted? Yes! Moscow was.'
].join('\n\n');

/** The mentions of `body` as the pipeline would find them. */
const mentionsOf = (body: string): Mention[] => findMentions(body, index);

/** The sentence around the first occurrence of `surface` (or of its `nth` occurrence). */
function sentenceOf(body: string, surface: string, nth = 0): string {
	let at = -1;
	for (let i = 0; i <= nth; i++) at = body.indexOf(surface, at + 1);
	expect(at).toBeGreaterThanOrEqual(0);
	const s = sentenceAround(body, at, at + surface.length);
	return body.slice(s.start, s.end);
}

const joined = (segments: Segment[]) =>
	segments
		.filter((s) => !s.ellipsis)
		.map((s) => s.text)
		.join('');

/** Invariants every excerpt must keep, checked for every mention of a body. */
function checkEveryMention(body: string, mentions: Mention[]): void {
	mentions.forEach((m, i) => {
		const s = sentenceAround(body, m.start, m.end);
		expect(s.start).toBeLessThanOrEqual(m.start);
		expect(s.end).toBeGreaterThanOrEqual(m.end);
		const text = body.slice(s.start, s.end);
		expect(text).not.toContain('\n');
		expect(text).toBe(text.trim());
		if (s.clippedStart || s.clippedEnd)
			expect(s.end - s.start).toBeLessThanOrEqual(Math.max(EXCERPT_LIMIT, m.end - m.start));

		const segments = excerptSegments(body, mentions, i);
		expect(joined(segments)).toBe(text);
		expect(segments[0]?.ellipsis ?? false).toBe(s.clippedStart);
		expect(segments.at(-1)?.ellipsis ?? false).toBe(s.clippedEnd);
		const focus = segments.find((seg) => seg.mark?.index === i);
		expect(focus).toEqual({ text: m.surface, mark: { place: m.place, index: i } });
		for (const seg of segments) {
			if (!seg.mark) continue;
			const marked = mentions[seg.mark.index]!;
			expect(seg.mark.place).toBe(marked.place);
			expect(marked.surface).toContain(seg.text);
		}
		const inside = mentions.filter((o) => o.start >= s.start && o.end <= s.end).length;
		expect(segments.filter((seg) => seg.mark && seg.text === mentions[seg.mark.index]!.surface)).toHaveLength(
			inside
		);
	});
}

describe('sentenceAround', () => {
	it('keeps decimals inside their sentence and stops at the next full stop', () => {
		expect(sentenceOf(CORPUS_BODY, 'Turkey, which')).toBe(
			'Turkey, which hosts 3.6 million Syrian refugees, fears another influx toward its border.'
		);
		expect(sentenceOf(CORPUS_BODY, 'Geneva')).toBe(
			'While Erdogan has said the latest assault has displaced close to 1 million people, the United Nations Office for the Coordination of Humanitarian Affairs to Geneva said on Friday that 586,000 were displaced.'
		);
	});

	it('does not split on an ellipsis inside a quotation', () => {
		expect(sentenceOf(CORPUS_BODY, 'Idlib is imminent')).toBe(
			'"An operation in Idlib is imminent... We are counting down, we are making our final warnings," Erdogan said in a televised speech.'
		);
	});

	it('splits between quoted sentences and keeps the closing quote', () => {
		expect(sentenceOf(CORPUS_BODY, 'Latamneh')).toBe(
			'"Inside the city of Latamneh there aren\'t any military positions," he said.'
		);
		expect(sentenceOf(CORPUS_BODY, 'Latamneh', 1)).toBe(
			'"Around Latamneh there are bases for Jeish Al Izza.'
		);
		expect(sentenceOf(CORPUS_BODY, 'Idlib.')).toBe('The regime is moving in Idlib.');
		expect(sentenceOf(CORPUS_BODY, 'Syria.', 0)).toBe(
			'The intent here is different,” he said, adding that such a move would undermine any peace process in Syria.'
		);
	});

	it('takes a whole one-sentence paragraph', () => {
		expect(sentenceOf(CORPUS_BODY, 'Sochi')).toBe(
			'Mr Al Mahmoud accused the Syrian government of stepping up attacks prior to peace talks in the Russian city of Sochi later this month in hopes of extracting concessions from rebel groups and their backers.'
		);
	});

	it('does not split on abbreviations, initials or "U.S."', () => {
		expect(sentenceOf(CORPUS_BODY, 'Washington')).toBe(
			'In Washington, U.S. Secretary of State Mike Pompeo spoke with Dr. Ahmed and Recep T. Erdogan on Feb. 7 about Saraqeb.'
		);
		expect(sentenceOf(CORPUS_BODY, 'Saraqeb')).toBe(sentenceOf(CORPUS_BODY, 'Washington'));
		expect(sentenceOf(CORPUS_BODY, 'Louis')).toBe('Mr. Smith of St. Louis was not there.');
	});

	it('splits on question and exclamation marks', () => {
		expect(sentenceOf(CORPUS_BODY, 'Ankara consulted')).toBe('Was Ankara consulted?');
		expect(sentenceOf(CORPUS_BODY, 'Moscow was')).toBe('Moscow was.');
	});

	it('stops at paragraph breaks and leaves out the crosshead marker', () => {
		expect(sentenceOf(CORPUS_BODY, 'Russia-Turkey')).toBe('Russia-Turkey talks on Idlib');
		expect(sentenceOf(CORPUS_BODY, 'Turkish officials')).toBe('Turkish officials spoke on Tuesday.');
		expect(sentenceOf('Fighting near Idlib\nresumed. Later Hama fell.', 'Idlib')).toBe('Fighting near Idlib');
	});

	it('never cuts through the span', () => {
		const body = 'Forces left Idlib. Then they entered Saraqeb. Nothing else happened.';
		const start = body.indexOf('Idlib');
		const end = body.indexOf('Saraqeb') + 'Saraqeb'.length;
		const s = sentenceAround(body, start, end);
		expect(body.slice(s.start, s.end)).toBe('Forces left Idlib. Then they entered Saraqeb.');
	});

	it('handles spans at the very start and end of the body', () => {
		const body = 'Idlib was shelled. Residents fled toward Hatay';
		expect(sentenceAround(body, 0, 5)).toEqual({ start: 0, end: 18, clippedStart: false, clippedEnd: false });
		expect(sentenceAround(body, body.length - 5, body.length)).toEqual({
			start: 19,
			end: body.length,
			clippedStart: false,
			clippedEnd: false
		});
		expect(sentenceAround('Idlib', 0, 5)).toEqual({
			start: 0,
			end: 5,
			clippedStart: false,
			clippedEnd: false
		});
	});

	it('counts UTF-16 units past astral characters', () => {
		const body = 'Crowds 🇹🇷 cheered. Troops 😀 entered Saraqeb 🚀 today. Calm returned.';
		const start = body.indexOf('Saraqeb');
		expect(sentenceOf(body, 'Saraqeb')).toBe('Troops 😀 entered Saraqeb 🚀 today.');
		const [m] = mentionsOf(body);
		expect(m).toEqual({ place: 'saraqeb', start, end: start + 7, surface: 'Saraqeb' });
	});

	it('clips a huge sentence around the span at word boundaries', () => {
		const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
		const body = `${filler(150)} near Idlib ${filler(150)} and on`;
		const start = body.indexOf('Idlib');
		const s = sentenceAround(body, start, start + 5);
		expect(s.clippedStart && s.clippedEnd).toBe(true);
		expect(s.end - s.start).toBeLessThanOrEqual(EXCERPT_LIMIT);
		expect(s.end - s.start).toBeGreaterThan(EXCERPT_LIMIT - 20);
		expect(body[s.start - 1]).toBe(' ');
		expect(body[s.end]).toBe(' ');
		expect(start - s.start).toBeGreaterThan(150);

		const early = sentenceAround(body, 0, 5);
		expect(early).toMatchObject({ start: 0, clippedStart: false, clippedEnd: true });
		expect(early.end).toBeGreaterThan(EXCERPT_LIMIT - 20);
	});

	it('rejects spans outside the body', () => {
		expect(() => sentenceAround('Idlib', 2, 1)).toThrow(RangeError);
		expect(() => sentenceAround('Idlib', 0, 6)).toThrow(RangeError);
		expect(() => sentenceAround('Idlib', -1, 2)).toThrow(RangeError);
	});
});

describe('excerptSegments', () => {
	it('marks every mention in the sentence, the focused one included', () => {
		const body = CORPUS_BODY;
		const mentions = mentionsOf(body);
		const i = mentions.findIndex((m) => m.surface === 'Saraqeb');
		const segments = excerptSegments(body, mentions, i);
		expect(segments.filter((s) => s.mark).map((s) => [s.text, s.mark!.place])).toEqual([
			['Washington', 'washington'],
			['Saraqeb', 'saraqeb']
		]);
		expect(segments[0]).toEqual({ text: 'In ' });
		expect(segments.at(-1)).toEqual({ text: '.' });
	});

	it('adds flagged ellipses only where a long sentence is clipped', () => {
		const body = `${'very '.repeat(200)}long report from Idlib and Saraqeb ${'again '.repeat(200)}end.`;
		const mentions = mentionsOf(body);
		const segments = excerptSegments(body, mentions, 0);
		expect(segments[0]).toEqual({ text: '…', ellipsis: true });
		expect(segments.at(-1)).toEqual({ text: '…', ellipsis: true });
		expect(segments.filter((s) => s.mark)).toHaveLength(2);
	});

	it('marks the visible part of a mention cut by clipping', () => {
		const body = `${'x '.repeat(300)}Idlib city`;
		const mentions: Mention[] = [
			{ place: 'a', start: 0, end: 1, surface: 'x' },
			{ place: 'idlib-city', start: 600, end: 610, surface: 'Idlib city' }
		];
		const segments = excerptSegments(body, mentions, 1);
		expect(segments.at(-1)).toEqual({ text: 'Idlib city', mark: { place: 'idlib-city', index: 1 } });
		expect(segments[0]).toEqual({ text: '…', ellipsis: true });
	});

	it('rejects an unknown mention index', () => {
		expect(() => excerptSegments('Idlib', [], 0)).toThrow(RangeError);
	});

	it('holds its invariants for every mention of the corpus sample', () => {
		const mentions = mentionsOf(CORPUS_BODY);
		expect(mentions.length).toBeGreaterThan(15);
		checkEveryMention(CORPUS_BODY, mentions);
	});

	it('holds its invariants for every mention of hand-made bodies', () => {
		const bodies = [
			'Idlib',
			'Idlib.',
			'Saraqeb, Idlib, Hama.',
			'## Idlib\n\nIdlib! Idlib? Idlib… "Idlib..." Idlib.\n\nIdlib',
			'🇹🇷🇹🇷 Turkey 🇷🇺 Russia.\n\n😀 Idlib 😀',
			'Dr. Idlib met Mr. Hama at St. Saraqeb. U.S. Moscow forces. The U.N. in Geneva.',
			`Idlib ${'abcdefghij'.repeat(60)} Hama`,
			`${'Idlib '.repeat(120)}`.trim()
		];
		for (const body of bodies) checkEveryMention(body, mentionsOf(body));
	});

	it('holds its invariants for generated bodies', () => {
		const piece = fc.constantFrom(
			'Idlib',
			'Saraqeb',
			'Hama',
			'Turkey',
			'troops',
			'Mr.',
			'U.S.',
			'3.6',
			'T.',
			'...',
			'…',
			'"',
			'“',
			'”',
			'.',
			'?',
			'!',
			',',
			'😀',
			'🇹🇷',
			'## ',
			'\n',
			'\n\n',
			' ',
			'  ',
			'word'.repeat(40)
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 80 }), fc.boolean(), (pieces, spaced) => {
				const body = pieces.join(spaced ? ' ' : '');
				checkEveryMention(body, mentionsOf(body));
				const paragraphs = bodySegments(body, mentionsOf(body));
				for (const p of paragraphs) for (const s of p.segments) expect(s.text).not.toContain('\n\n');
			}),
			{ numRuns: 300 }
		);
	});
});

describe('bodySegments', () => {
	it('splits paragraphs and crossheads and marks every mention once by index', () => {
		const body = 'Turkey warned Russia.\n\n## Talks in Sochi\n\nIdlib was calm. 😀 Hama too.';
		const mentions = mentionsOf(body);
		const paragraphs = bodySegments(body, mentions);
		expect(paragraphs).toEqual([
			{
				heading: false,
				segments: [
					{ text: 'Turkey', mark: { place: 'turkey', index: 0 } },
					{ text: ' warned ' },
					{ text: 'Russia', mark: { place: 'russia', index: 1 } },
					{ text: '.' }
				]
			},
			{
				heading: true,
				segments: [{ text: 'Talks in ' }, { text: 'Sochi', mark: { place: 'sochi', index: 2 } }]
			},
			{
				heading: false,
				segments: [
					{ text: 'Idlib', mark: { place: 'idlib-governorate', index: 3 } },
					{ text: ' was calm. 😀 ' },
					{ text: 'Hama', mark: { place: 'hama-governorate', index: 4 } },
					{ text: ' too.' }
				]
			}
		]);
	});

	it('keeps every character of every paragraph and every mention of the corpus sample', () => {
		const mentions = mentionsOf(CORPUS_BODY);
		const paragraphs = bodySegments(CORPUS_BODY, mentions);
		const text = paragraphs.map((p) => (p.heading ? '## ' : '') + p.segments.map((s) => s.text).join(''));
		expect(text.join('\n\n')).toBe(CORPUS_BODY);
		const marks = paragraphs.flatMap((p) => p.segments.flatMap((s) => (s.mark ? [s] : [])));
		expect(marks.map((s) => s.mark!.index)).toEqual(mentions.map((_, i) => i));
		expect(marks.map((s) => s.text)).toEqual(mentions.map((m) => m.surface));
		expect(paragraphs.filter((p) => p.heading)).toHaveLength(1);
	});

	it('marks a mention that runs across a paragraph break only once', () => {
		const body = 'Near Idlib\n\nprovince today.';
		const mentions: Mention[] = [
			{ place: 'idlib-governorate', start: 5, end: 20, surface: body.slice(5, 20) }
		];
		expect(bodySegments(body, mentions)).toEqual([
			{
				heading: false,
				segments: [{ text: 'Near ' }, { text: 'Idlib', mark: { place: 'idlib-governorate', index: 0 } }]
			},
			{ heading: false, segments: [{ text: 'province today.' }] }
		]);
	});

	it('handles an empty body and stray blank lines', () => {
		expect(bodySegments('', [])).toEqual([]);
		expect(bodySegments('\n\nIdlib\n\n\n\n', mentionsOf('\n\nIdlib\n\n\n\n'))).toEqual([
			{ heading: false, segments: [{ text: 'Idlib', mark: { place: 'idlib-governorate', index: 0 } }] }
		]);
	});
});

describe('bodySegments with spans, and spanGroups', () => {
	const body = 'Turkey warned Russia. Forces entered Saraqeb on Thursday. Hama was calm.\n\nSochi next.';
	const mentions = mentionsOf(body);
	const sentence = body.indexOf('Forces');
	const spans = [
		{ id: 'entered', start: sentence, end: body.indexOf(' Hama') },
		{ id: 'thursday', start: body.indexOf('Saraqeb'), end: body.indexOf(' Hama') }
	];

	it('cuts plain text at span edges and names the spans of each run, never cutting a mention', () => {
		const [first] = bodySegments(body, mentions, spans);
		expect(first!.segments).toEqual([
			{ text: 'Turkey', mark: { place: 'turkey', index: 0 } },
			{ text: ' warned ' },
			{ text: 'Russia', mark: { place: 'russia', index: 1 } },
			{ text: '. ' },
			{ text: 'Forces entered ', spans: ['entered'] },
			{ text: 'Saraqeb', mark: { place: 'saraqeb', index: 2 }, spans: ['entered', 'thursday'] },
			{ text: ' on Thursday.', spans: ['entered', 'thursday'] },
			{ text: ' ' },
			{ text: 'Hama', mark: { place: 'hama-governorate', index: 3 } },
			{ text: ' was calm.' }
		]);
		const text = bodySegments(body, mentions, spans).map((p) => p.segments.map((x) => x.text).join(''));
		expect(text.join('\n\n')).toBe(body);
	});

	it('groups runs of the same spans and opens each span once, where it starts', () => {
		const groups = spanGroups(bodySegments(body, mentions, spans));
		expect(groups[0]!.groups.map((g) => [g.spans, g.opens, g.segments.length])).toEqual([
			[[], [], 4],
			[['entered'], ['entered'], 1],
			[['entered', 'thursday'], ['thursday'], 2],
			[[], [], 3]
		]);
		expect(groups[1]!.groups).toEqual([
			{
				spans: [],
				opens: [],
				segments: [{ text: 'Sochi', mark: { place: 'sochi', index: 4 } }, { text: ' next.' }]
			}
		]);
	});

	it('leaves the segments as they were without spans', () => {
		expect(bodySegments(body, mentions, [])).toEqual(bodySegments(body, mentions));
		expect(
			bodySegments(body, mentions)
				.flatMap((p) => p.segments)
				.some((x) => x.spans)
		).toBe(false);
	});
});

describe('placeExcerpts', () => {
	/** Its own small gazetteer: a capital with its old and new names as aliases of one place. */
	const capitals = buildAliasIndex([
		{ id: 'astana', aliases: ['Astana', 'Nur-Sultan'] },
		{ id: 'ankara', aliases: ['Ankara'] }
	]);
	const body = [
		'Talks were held in the Kazakh capital Astana (now named Nur-Sultan) in 2017. Ankara agreed.',
		'Astana hosted a later round too.'
	].join('\n\n');
	const mentions = findMentions(body, capitals);
	const astana = mentions.flatMap((m, i) => (m.place === 'astana' ? [i] : []));

	it('shows a sentence naming the place twice once, with both names highlighted', () => {
		expect(astana).toHaveLength(3);
		const { excerpts, rest } = placeExcerpts(body, mentions, astana, 5);
		expect(excerpts.map((e) => [e.mention, e.mentions, joined(e.segments)])).toEqual([
			[
				astana[0],
				[astana[0], astana[1]],
				'Talks were held in the Kazakh capital Astana (now named Nur-Sultan) in 2017.'
			],
			[astana[2], [astana[2]], 'Astana hosted a later round too.']
		]);
		expect(excerpts[0]!.segments.filter((s) => s.mark?.place === 'astana').map((s) => s.text)).toEqual([
			'Astana',
			'Nur-Sultan'
		]);
		expect(rest).toEqual([]);
	});

	it('stops at `max` sentences and returns the mentions it did not show', () => {
		const { excerpts, rest } = placeExcerpts(body, mentions, astana, 1);
		expect(excerpts.map((e) => e.mentions)).toEqual([[astana[0], astana[1]]]);
		expect(rest).toEqual([astana[2]]);
	});

	it('gives two mentions far apart in a clipped sentence an excerpt each', () => {
		const filler = 'word '.repeat(120);
		const long = `Astana ${filler}and then Nur-Sultan ${filler}ends here.`;
		const found = findMentions(long, capitals);
		const { excerpts } = placeExcerpts(long, found, [0, 1], 5);
		expect(excerpts.map((e) => e.mentions)).toEqual([[0], [1]]);
	});
});
