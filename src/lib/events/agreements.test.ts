import { describe, expect, it } from 'vitest';
import type { Mention } from '../geoparse/match';
import type { PlaceKind } from '../places/kinds';
import { agreementSpans, namesDeal } from './agreements';
import { extractEvents } from './extract';
import { line } from './sentence-fixture';

/** Invented places for the fixtures, found by their names. */
const KINDS: Record<string, PlaceKind> = {
	'Halaba zone': 'zone',
	'de-escalation zones': 'zone',
	Halaba: 'governorate',
	Dorin: 'governorate',
	Qarnaz: 'town',
	Kestel: 'city',
	'M9 highway': 'highway'
};
const id = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function events(body: string, published = '2020-02-07'): string[] {
	const mentions: Mention[] = [];
	for (const name of Object.keys(KINDS).sort((a, b) => b.length - a.length))
		for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
			const end = at + name.length;
			if (mentions.some((m) => at < m.end && end > m.start)) continue;
			mentions.push({ place: id(name), start: at, end, surface: name });
		}
	mentions.sort((a, b) => a.start - b.start);
	const kinds = new Map(Object.entries(KINDS).map(([n, k]) => [id(n), k]));
	return extractEvents({ body, mentions, published, placeKind: (p) => kinds.get(p) }).map(
		(e) => `${e.kind} ${e.places.join('+')} ${e.date} ${e.datePrecision}`
	);
}

describe('agreementSpans', () => {
	it('finds a deal word after a name, a place "as agreed", and the verb that lists a deal\'s terms', () => {
		expect(
			agreementSpans('posts set up under the Halaba zone agreement').map((s) => [s.text, s.reading])
		).toEqual([
			['agreement', 'named'],
			// Also a frame; the extractor keeps the name's reading when the place names the deal.
			['agreement', 'frame']
		]);
		expect(agreementSpans('to implement a zone as agreed upon in talks').map((s) => s.text)).toEqual([
			'as agreed upon'
		]);
		expect(
			agreementSpans('Under the deal signed by the parties, the zones include parts of X and Y.')
				.filter((s) => s.reading === 'terms')
				.map((s) => s.text)
		).toEqual(['include']);
	});

	it("reads no terms when the covering verb is far from the deal's clause", () => {
		expect(
			agreementSpans(
				'Under the deal, rebels would remain where they were, and patrols include checkpoints.'
			).filter((s) => s.reading === 'terms')
		).toEqual([]);
	});
});

describe('namesDeal', () => {
	it('takes a zone, a road or a province right before the word, not a city or a kind of zone', () => {
		expect(namesDeal('Halaba zone', ' ', 'zone')).toBe(true);
		expect(namesDeal('M9', ' ', 'highway')).toBe(true);
		expect(namesDeal('Kestel', ' ', 'city')).toBe(false);
		expect(namesDeal('de-escalation zones', ' ', 'zone')).toBe(false);
		expect(namesDeal('Halaba zone', '” ', 'zone')).toBe(false);
	});
});

describe('extractEvents with agreements named otherwise', () => {
	it('reads a deal named by the zone it covers, dated by its own participle', () => {
		expect(
			events('Turkey set up posts in Halaba as part of the Halaba zone agreement struck in September 2017.')
		).toEqual(['agreement halaba-zone 2017-09-01 month']);
	});

	it('reads no agreement at the city that hosted a deal, nor at a kind of zone', () => {
		expect(events('Troops took positions in Qarnaz under the Kestel agreement.')).toEqual([]);
		expect(events('Turkey will push troops back to the limits agreed in the Kestel Agreement.')).toEqual([]);
		expect(events('On Monday the sides agreed on a deal for Qarnaz.')).toEqual([
			'agreement qarnaz 2020-02-03 day'
		]);
		expect(events('Troops entered Halaba as part of de-escalation zones deal.')).toEqual([
			'entered halaba 2020-02-07 reported'
		]);
	});

	it('reads a zone "as agreed upon" as the agreement\'s place, made before the day of the clause', () => {
		expect(
			events('On Monday troops began work to implement the Halaba zone as agreed upon during talks.')
		).toEqual(['agreement halaba-zone 2020-02-07 reported']);
	});

	it("reads the provinces a deal's zones include as its places", () => {
		expect(
			events('Under the agreement signed between the parties, the zones include parts of Halaba and Dorin.')
		).toEqual(['agreement halaba+dorin 2020-02-07 reported']);
	});
});

describe('agreementSpans and extractEvents: a deal cited as the frame of an act (session 19)', () => {
	it('finds the frame and which clause it frames', () => {
		expect(
			agreementSpans('a patrol on the road within the scope of the March 5 agreement').map((s) => [
				s.text,
				s.reading,
				s.frame?.side
			])
		).toEqual([
			['agreement', 'named', undefined],
			['agreement', 'frame', 'before']
		]);
		expect(
			agreementSpans('Under the March 5 deal, troops set up posts')
				.filter((s) => s.frame)
				.map((s) => s.frame?.side)
		).toEqual(['after']);
		// A plural names no one deal; a truce under which something happened is a time.
		const frames = (text: string) => agreementSpans(text).filter((s) => s.reading === 'frame');
		expect(frames('posts set up in line with the agreements between the guarantors')).toEqual([]);
		expect(frames('a patrol held under the ceasefire')).toEqual([]);
	});

	it('gives a dated deal the places of the clause it frames, dated by its own words', () => {
		expect(
			events(
				'A blast hit a joint patrol on the M9 highway in Halaba within the scope of the March 5 agreement between Kestel and Moscow.',
				'2020-08-25'
			)
		).toEqual(['attacked m9-highway 2020-08-25 reported', 'agreement m9-highway+halaba 2020-03-05 day']);
		expect(
			events('Under the March 5 deal, Turkish troops set up posts in Qarnaz and Halaba.', '2020-08-25')
		).toEqual(['agreement qarnaz+halaba 2020-03-05 day']);
		// The day of the act framed is not the deal's.
		expect(events('Troops entered Qarnaz on Monday under the deal signed on March 5.', '2020-08-25')).toEqual(
			['entered qarnaz 2020-08-24 day', 'agreement qarnaz 2020-03-05 day']
		);
	});

	it('reads no deal from an undated frame, a capital that hosts, or a plural', () => {
		expect(events('Troops set up posts in Halaba as part of the deal.', '2020-08-25')).toEqual([]);
		// The fixture's capital (sentence-fixture.ts) hosts or signs; it is never what a deal covers.
		expect(line('Kestel hosted a meeting as part of the March 5 agreement.', '2020-08-25')).toEqual([]);
		expect(
			events('Turkey set up posts in Halaba in line with the agreements between the guarantors in September.')
		).toEqual([]);
	});

	it('reads a dated deal at the places of its own words when the clause it frames names none', () => {
		expect(
			events(
				'The posts were built under a September 2018 deal between Moscow and Ankara, which backs the rebels, to avert an onslaught in Halaba.',
				'2019-12-30'
			)
		).toEqual(['agreement halaba 2018-09-01 month']);
		// Its venue is where it was made, not what it covers; a place a list joins is covered too.
		expect(
			events(
				'Soldiers guard civilians as part of a September 2018 deal reached in Kestel to calm Halaba and Dorin.',
				'2021-05-11'
			)
		).toEqual(['agreement halaba+dorin 2018-09-01 month']);
		// Undated, the frame stays unread; a clause of saying is not the deal's words.
		expect(
			events('Soldiers guard civilians as part of a deal reached between Moscow and Ankara to calm Halaba.')
		).toEqual([]);
		expect(
			events('Soldiers guard civilians as part of the March 5 deal, the minister said after visiting Halaba.')
		).toEqual([]);
	});

	it('keeps a deal a place names as that place’s deal', () => {
		expect(
			events('Turkey set up posts in Halaba as part of the Halaba zone agreement struck in September 2017.')
		).toEqual(['agreement halaba-zone 2017-09-01 month']);
	});
});

describe('agreementSpans and extractEvents: a deal whose own verb gives its terms (session 24)', () => {
	it('finds the deal word and its verb of terms, in place of a name before it', () => {
		expect(agreementSpans('The deal sets up a corridor along X.').map((s) => [s.text, s.reading])).toEqual([
			['deal sets up', 'terms']
		]);
		expect(
			agreementSpans('They reached a deal that called for patrols on X.').map((s) => [s.text, s.reading])
		).toEqual([['deal that called for', 'terms']]);
		expect(agreementSpans('The deal was signed in X.')).toEqual([
			{ start: 4, end: 8, text: 'deal', reading: 'named' },
			{ start: 4, end: 8, text: 'deal', reading: 'made', making: { end: 19, truce: false } }
		]);
	});

	it('reads what the deal sets up or calls for as the ground it covers, not as set up or carried out', () => {
		expect(events('The deal sets up a security corridor along the M9 highway.')).toEqual([
			'agreement m9-highway 2020-02-07 reported'
		]);
		expect(events('The deal stipulated establishing a zone in Halaba.')).toEqual([
			'agreement halaba 2020-02-07 reported'
		]);
		expect(
			events('On Monday the two sides reached a deal that called for joint patrols along the M9 highway.')
		).toEqual(['agreement m9-highway 2020-02-03 day']);
		// Troops who set up a zone under a deal are still read as setting it up.
		expect(events('Under the deal, troops set up the Halaba zone on Monday.')).toEqual([
			'zone-established halaba-zone 2020-02-03 day'
		]);
	});
});

describe('agreementSpans and extractEvents: a deal told with its making and its date (session 28)', () => {
	it('finds a deal or truce word with its participle of making', () => {
		expect(
			agreementSpans('since a truce reached between them').map((s) => [s.text, s.reading, s.making])
		).toEqual([['truce', 'made', { end: 21, truce: true }]]);
		// A deal a frame reads ("under a deal signed …") keeps that reading.
		expect(
			agreementSpans('Posts were set up under a deal signed in May.')
				.filter((s) => s.reading !== 'named')
				.map((s) => s.reading)
		).toEqual(['frame']);
	});

	it('reads the places its own words name after it as covered, on the date after its participle', () => {
		// The capitals between are its parties (sentence-fixture: Kestel and Vardan are capitals).
		expect(
			line(
				'They were the first raids since a deal made in September between Kestel and Vardan to stave off a government offensive on the wider Halaba region.'
			)
		).toEqual(['agreement halaba 2019-09-01 month']);
		// A truce word is a ceasefire, still read when the clause speaks of breaking it.
		expect(
			line(
				'The shelling marked another violation of a truce reached between Kestel and Vardan in September that avoided a major offensive on Halaba.'
			)
		).toEqual(['ceasefire halaba 2019-09-01 month']);
	});

	it('reads nothing of a deal with no date after its participle, nor a place only before it or its venue', () => {
		expect(line('A deal made between Kestel and Vardan averted an offensive on Halaba.')).toEqual([]);
		expect(
			line('Troops stay in Halaba after a deal reached in September between Kestel and Vardan.')
		).toEqual([]);
		expect(line('The deal was signed in Kestel on Thursday by the two presidents.')).toEqual([]);
	});
});

describe('agreementSpans and extractEvents: a clause closed by what its parties agreed (session 28)', () => {
	it('reads the clause before "as X agreed" with a date as the deal carried out, on that date', () => {
		expect(
			line(
				'The ministry said on Wednesday that rebels have completed the withdrawal of heavy weapons from the province of Halaba, as Kestel and Vardan agreed a month ago.'
			)
		).toEqual(['agreement halaba 2020-01-01 month']);
	});

	it('reads nothing with no date after the verb, as for an undated frame (guide rule 7)', () => {
		expect(line('Rebels pulled out of Halaba, as Kestel and Vardan agreed.')).toEqual([]);
		expect(agreementSpans('Rebels pulled out of X, as the two sides agreed.')).toEqual([]);
	});
});
