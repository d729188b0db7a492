import { describe, expect, it } from 'vitest';
import { scoreKeys } from './evaluate';
import {
	bodyMentions,
	keptText,
	mapLines,
	rawMentions,
	headlineSpan,
	outsideHeadline,
	scoredGold,
	sentences,
	type RealLabels
} from './real';

const RAW = [
	'Menu',
	'\u00a0 Troops  enter\tSaraqeb  ',
	'',
	'BEIRUT (Reuters) - Government forces entered Saraqeb on Thursday.',
	'',
	'Share this',
	'Fighting in Idlib'
].join('\r\n');

describe('mapLines', () => {
	it('normalises lines as the cleaner does and keeps each character’s raw offset', () => {
		const lines = mapLines(RAW);
		expect(lines.map((l) => l.text)).toEqual([
			'Menu',
			'Troops enter Saraqeb',
			'',
			'BEIRUT (Reuters) - Government forces entered Saraqeb on Thursday.',
			'',
			'Share this',
			'Fighting in Idlib'
		]);
		const line = lines[1]!;
		const at = line.text.indexOf('Saraqeb');
		expect(RAW.slice(line.rawIndex[at], line.rawIndex[at + 6]! + 1)).toBe('Saraqeb');
		const space = line.text.indexOf(' ');
		expect(RAW[line.rawIndex[space]!]).toBe(' ');
	});
});

describe('rawMentions', () => {
	it('places body mentions in the raw capture, crossheads included', () => {
		const body = 'BEIRUT (Reuters) - Government forces entered Saraqeb on Thursday.\n\n## Fighting in Idlib';
		const s = body.indexOf('Saraqeb');
		const i = body.indexOf('Idlib');
		const out = rawMentions(RAW, {
			articles: [
				{
					title: 'Troops enter Saraqeb',
					body,
					mentions: [
						{ place: 'saraqeb', start: s, end: s + 7 },
						{ place: 'idlib', start: i, end: i + 5 }
					]
				}
			]
		});
		expect(out.unplaced).toBe(0);
		expect(out.mentions.map((m) => RAW.slice(m.start, m.end))).toEqual(['Saraqeb', 'Idlib']);
		expect(out.mentions[0]!.start).toBe(RAW.indexOf('Saraqeb on'));
	});

	it('counts a mention on a line it cannot find as unplaced', () => {
		const out = rawMentions(RAW, {
			articles: [
				{ title: 'x', body: 'Not in the capture Saraqeb', mentions: [{ place: 's', start: 19, end: 26 }] }
			]
		});
		expect(out).toEqual({ mentions: [], unplaced: 1 });
	});
});

describe('bodyMentions', () => {
	it('places raw-capture mentions in ingest’s bodies, and leaves out those on lines ingest dropped', () => {
		const body = 'BEIRUT (Reuters) - Government forces entered Saraqeb on Thursday.\n\n## Fighting in Idlib';
		const at = (s: string, from = 0) => ({
			place: s,
			start: RAW.indexOf(s, from),
			end: RAW.indexOf(s, from) + s.length
		});
		const out = bodyMentions(RAW, { articles: [{ title: 'Troops enter Saraqeb', body, mentions: [] }] }, [
			at('Idlib'),
			at('Saraqeb', RAW.indexOf('entered')),
			at('Menu')
		]);
		expect(out).toHaveLength(1);
		expect(out[0]!.map((m) => [m.place, body.slice(m.start, m.end)])).toEqual([
			['Saraqeb', 'Saraqeb'],
			['Idlib', 'Idlib']
		]);
	});

	it('maps through collapsed spaces', () => {
		const body = 'Troops enter Saraqeb';
		const s = RAW.indexOf('Saraqeb');
		const out = bodyMentions(RAW, { articles: [{ title: '', body, mentions: [] }] }, [
			{ start: s, end: s + 7 }
		]);
		expect(out[0]!.map((m) => body.slice(m.start, m.end))).toEqual(['Saraqeb']);
	});
});

describe('sentences', () => {
	it('splits after end punctuation before a capital, a digit or a quote', () => {
		expect(sentences('He said so. "It is over," she said. 12 died! fine?')).toEqual([
			'He said so.',
			'"It is over," she said.',
			'12 died! fine?'
		]);
	});
});

const LABELS: RealLabels = {
	outlet: 'Reuters',
	url: 'https://example.org/a',
	published: '2020-02-07',
	title: 'Troops enter Saraqeb',
	article: [
		'\u00a0 Troops  enter\tSaraqeb  ',
		'BEIRUT (Reuters) - Government forces entered Saraqeb on Thursday.'
	],
	mentions: [
		{ place: 'saraqeb', start: RAW.indexOf('Saraqeb'), end: RAW.indexOf('Saraqeb') + 7, surface: 'Saraqeb' },
		{
			place: 'beirut',
			start: RAW.indexOf('BEIRUT'),
			end: RAW.indexOf('BEIRUT') + 6,
			surface: 'BEIRUT',
			role: 'dateline'
		}
	]
};

describe('keptText', () => {
	it('counts labelled sentences kept and furniture let through', () => {
		const out = keptText(LABELS, {
			articles: [
				{
					title: 'Troops enter Saraqeb',
					body: 'BEIRUT (Reuters) - Government forces entered Saraqeb on Thursday.\n\n## Fighting in Idlib',
					mentions: []
				}
			]
		});
		expect(out).toEqual({
			sentences: 2,
			kept: 2,
			furniture: ['Fighting in Idlib'],
			missing: [],
			lost: false
		});
	});

	it('reports a capture whose article ingest lost', () => {
		expect(keptText(LABELS, { articles: [] })).toMatchObject({ sentences: 2, kept: 0, lost: true });
		expect(keptText(LABELS, { articles: [] }).missing).toHaveLength(2);
	});
});

describe('scoring helpers', () => {
	it('leaves the headline’s mentions out of the scored gold', () => {
		expect(scoredGold(RAW, { ...LABELS, title: 'Troops  enter\tSaraqeb' }).map((m) => m.surface)).toEqual([
			'BEIRUT'
		]);
	});

	it('takes the headline from its own line, not from a breadcrumb above it', () => {
		const raw = 'Home News Shelling in Qarnaz\n\nShelling in Qarnaz\n\nShells hit Qarnaz.';
		expect(headlineSpan(raw, 'Shelling in Qarnaz')).toEqual({ start: 30, end: 48 });
		expect(headlineSpan('Home News Shelling in Qarnaz', 'Shelling in Qarnaz')).toEqual({
			start: 10,
			end: 28
		});
		expect(headlineSpan(raw, '')).toBeNull();
		expect(headlineSpan(raw, 'Troops enter Saraqeb')).toBeNull();
		const labels = {
			...LABELS,
			title: 'Shelling in Qarnaz',
			mentions: [
				{ place: 'qarnaz', start: 22, end: 28, surface: 'Qarnaz' },
				{ place: 'qarnaz', start: 42, end: 48, surface: 'Qarnaz' },
				{ place: 'qarnaz', start: 61, end: 67, surface: 'Qarnaz' }
			]
		};
		expect(scoredGold(raw, labels).map((m) => m.start)).toEqual([22, 61]);
	});

	it('leaves spans starting in the headline out, on either side of the score', () => {
		const raw = 'Home Shelling in Qarnaz\nShelling in Qarnaz\nShells hit Qarnaz.';
		const inBody = outsideHeadline(raw, 'Shelling in Qarnaz');
		expect([17, 36, 53].map((start) => inBody({ start }))).toEqual([true, false, true]);
		expect(outsideHeadline(raw, '')({ start: 36 })).toBe(true);
	});

	it('compares key sets', () => {
		expect(scoreKeys(['a', 'b'], ['b', 'c'])).toEqual({
			tp: 1,
			fp: 1,
			fn: 1,
			precision: 0.5,
			recall: 0.5,
			f1: 0.5
		});
	});
});
