import { describe, expect, it } from 'vitest';
import { datelineEnd, datelineSpan } from './dateline';

describe('datelineEnd', () => {
	it.each([
		['BEIRUT (Reuters) - Government forces', 'BEIRUT (Reuters) - '],
		['ISTANBUL/ANKARA (Reuters) – Russian officials', 'ISTANBUL/ANKARA (Reuters) – '],
		['DAMASCUS, Feb 7 (Reuters) - The army', 'DAMASCUS, Feb 7 (Reuters) - '],
		['BEIRUT, LEBANON (8:00 P.M.) – The Syrian Arab Army', 'BEIRUT, LEBANON (8:00 P.M.) – '],
		['ERBIL, Kurdistan Region — Aid', 'ERBIL, Kurdistan Region — '],
		['Damascus: A week after', 'Damascus: '],
		['BEIRUT (Reuters) -Oct. 8, 2017- Turkish vehicles crossed', 'BEIRUT (Reuters) -Oct. 8, 2017- '],
		['(Beirut) – The Russian-Syrian joint operation', '(Beirut) – '],
		[
			'date 2019-08-20 BEIRUT, LEBANON (7:00 A.M.) – The army',
			'date 2019-08-20 BEIRUT, LEBANON (7:00 A.M.) – '
		],
		['IDLIB, Syria\n\nShelling killed two.', 'IDLIB, Syria'],
		[
			'ANTAKYA (Levant Wire News / Agency - 22nd August, 2019) Turkey will stay',
			'ANTAKYA (Levant Wire News / Agency - 22nd August, 2019) '
		],
		['EDLEB (IDLIB), Syria – Convoys entered', 'EDLEB (IDLIB), Syria – '],
		['MOSCOW, May 26. /TASS/. Government forces', 'MOSCOW, May 26. /TASS/. '],
		['Damascus, Jan 21, 2018 (AFP) - The army said', 'Damascus, Jan 21, 2018 (AFP) - '],
		['Beirut (Xinhua) - The army said', 'Beirut (Xinhua) - '],
		['DAMASCUS, Aug. 7 (Xinhua) -- The Syrian army', 'DAMASCUS, Aug. 7 (Xinhua) -- '],
		['Damascus, March 3 (Xinhua) -- The army said', 'Damascus, March 3 (Xinhua) -- '],
		['Hama, SANA- Syrian Arab Army’s units on Friday', 'Hama, SANA- '],
		['Springfield, I.L.- Yesterday, March 4, two clinics closed', 'Springfield, I.L.- '],
		['Springfield, I.L. – The clinic closed', 'Springfield, I.L. – '],
		['Aleppo, 3 March - The army said', 'Aleppo, 3 March - '],
		['Ankara. 12 May. NEWS.AZ/ Troops have set up', 'Ankara. 12 May. NEWS.AZ/ '],
		[
			'Beirut, Aug 8 (Levant Wire / Point News - 8th Aug, 2021 ) :Shelling has',
			'Beirut, Aug 8 (Levant Wire / Point News - 8th Aug, 2021 ) :'
		]
	])('finds the dateline of %j', (body, head) => {
		expect(datelineEnd(body)).toBe(head.length);
	});

	it.each([
		'Government forces entered Saraqeb on Thursday.',
		'Saraqeb - a town on the M5 - fell on Thursday.',
		'The UN (OCHA) - says',
		'Turkey (and Russia) agreed on a ceasefire.',
		'TURKEY AND RUSSIA (the guarantors) agreed on a ceasefire.',
		'Saraqeb, a town on the M5 - fell on Thursday.',
		'Turkey (and Russia) - agreed on a ceasefire.',
		'Idlib. 12 people were killed. UN/ OCHA said',
		'Idlib. 12 May. The army said',
		'Saraqeb, UN - the agency said',
		'Saraqeb, a U.N. - backed town, fell.'
	])('finds none in %j', (body) => {
		expect(datelineEnd(body)).toBe(0);
	});
});

describe('datelineSpan', () => {
	const at = (body: string) => {
		const span = datelineSpan(body);
		return span && body.slice(span.start, span.end);
	};

	it('finds a place-and-outlet line standing on its own, as a crosshead or a paragraph', () => {
		expect(at('## Idlib - SMART\n\nOn Saturday shelling hit the town.')).toBe('Idlib - SMART');
		expect(at('Aleppo — SANA\n\nThe army said.')).toBe('Aleppo — SANA');
	});

	it('finds a capitals dateline with a country or an agency under a caption or standfirst', () => {
		const body = 'Rescuers search the rubble of a house.\n\nEHSIM, SYRIA - Shelling killed seven.';
		expect(at(body)).toBe('EHSIM, SYRIA - ');
		expect(at('A standfirst sentence.\n\nBEIRUT (AFP) - Shelling killed seven.')).toBe('BEIRUT (AFP) - ');
		expect(at('A standfirst.\n\nLONDON - The army recaptured the town.')).toBe('LONDON - ');
		expect(
			at('A standfirst.\n\nBEIRUT (UrduPoint News / Sputnik - 24th February, 2020) Syrian forces took it.')
		).toBe('BEIRUT (UrduPoint News / Sputnik - 24th February, 2020) ');
	});

	it('finds a place in capitals and a colon under a caption printed twice (session 26)', () => {
		const caption = 'Troops patrol near the town. — AFP';
		const body = `${caption}\n\n${caption}\n\nBEIRUT: Government shelling killed eight people.`;
		expect(at(body)).toBe('BEIRUT: ');
		expect(at('A standfirst.\n\nNEW YORK: The council met on Friday.')).toBe('NEW YORK: ');
		// A capitals word and a colon before a lowercase word is no dateline.
		expect(at('A standfirst.\n\nBEIRUT: shelling went on.')).toBeUndefined();
	});

	it('takes no later paragraph that only opens with a name in capitals', () => {
		expect(at('Shelling went on.\n\nNATO - the alliance - said nothing.')).toBeUndefined();
		expect(at('Shelling went on.\n\nTURKEY AND RUSSIA (the guarantors) agreed on it.')).toBeUndefined();
		expect(at('Shelling went on.\n\nDamascus: the army said.')).toBeUndefined();
		expect(at('## Idlib - the last stronghold\n\nShelling went on.')).toBeUndefined();
		expect(at('One.\n\nTwo.\n\nThree.\n\nFour.\n\nBEIRUT (AFP) - Five.')).toBeUndefined();
	});
});

describe('a wire dateline cut to its place and comma (session 23)', () => {
	it('reads the place in capitals before a comma and a capitalised sentence', () => {
		const body = 'ANKARA, Russia and Turkey agreed on a truce in the north, officials said.';
		expect(body.slice(0, datelineEnd(body))).toBe('ANKARA, ');
	});

	it('leaves an acronym going on in lowercase, and a short capitals word', () => {
		expect(datelineEnd('NATO, which met on Monday, said the talks would resume.')).toBe(0);
		expect(datelineEnd('UN, Russian and Turkish officials met on Monday.')).toBe(0);
	});
});
