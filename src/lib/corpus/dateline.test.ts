import { describe, expect, it } from 'vitest';
import { datelineEnd } from './clean';

describe('datelineEnd', () => {
	it.each([
		['BEIRUT (Reuters) - Government forces', 'BEIRUT (Reuters) - '],
		['ISTANBUL/ANKARA (Reuters) – Russian officials', 'ISTANBUL/ANKARA (Reuters) – '],
		['DAMASCUS, Feb 7 (Reuters) - The army', 'DAMASCUS, Feb 7 (Reuters) - '],
		['BEIRUT, LEBANON (8:00 P.M.) – The Syrian Arab Army', 'BEIRUT, LEBANON (8:00 P.M.) – '],
		['ERBIL, Kurdistan Region — Aid', 'ERBIL, Kurdistan Region — '],
		['Damascus: A week after', 'Damascus: '],
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
		'TURKEY AND RUSSIA (the guarantors) agreed on a ceasefire.'
	])('finds none in %j', (body) => {
		expect(datelineEnd(body)).toBe(0);
	});
});
