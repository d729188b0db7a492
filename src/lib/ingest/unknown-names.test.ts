import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { findUnknownNames, matchExtents } from './unknown-names';
import { buildAliasIndex, findMentions, type GazetteerPlace } from '../geoparse/match';

/**
 * The curated places these sentences name, spelt as a curator would list them. The rule under test is
 * what is left once curated names are matched, so the gazetteer is this test's own: which places the
 * real `geodata/` holds is the subject of `tests/unit/corpus-candidates.test.ts`.
 */
const PLACES: GazetteerPlace[] = [
	{ id: 'idlib-governorate', aliases: ['Idlib', 'Idlib province', 'Idlib region'] },
	{
		id: 'idlib-city',
		aliases: ['Idlib', 'Idlib city'],
		seatOf: 'idlib-governorate',
		bareName: 'governorate'
	},
	{ id: 'hama-governorate', aliases: ['Hama', 'Hama province', 'northern Hama'] },
	{ id: 'hama-city', aliases: ['Hama', 'Hama city'], seatOf: 'hama-governorate' },
	{ id: 'latakia-governorate', aliases: ['Latakia', 'Latakia province'] },
	{ id: 'latakia-city', aliases: ['Latakia', 'Latakia city'], seatOf: 'latakia-governorate' },
	{ id: 'latamneh', aliases: ['Latamneh', 'Latmaneh'] },
	{ id: 'muazzara', aliases: ['Muazzara', 'Muazara'] },
	{ id: 'sarmada', aliases: ['Sarmada', 'town of Sarmada'] },
	{ id: 'damascus', aliases: ['Damascus'] },
	{ id: 'moscow', aliases: ['Moscow'] },
	{ id: 'idlib-de-escalation-zone', aliases: ['de-escalation zone', 'Idlib de-escalation area'] }
];
const index = buildAliasIndex(PLACES);

/** Candidates left once the curated places are matched, as the build would use it. */
function uncurated(text: string): string[] {
	return findUnknownNames(text, findMentions(text, index)).map((c) => c.surface);
}

function all(text: string): string[] {
	return findUnknownNames(text).map((c) => c.surface);
}

const LATMANEH =
	'Mahmoud Al Mahmoud, spokesman of Jeish Al Izza — a Free Syrian Army group based in Latmaneh in northern ' +
	"Hama on the edge of Idlib's de-escalation zone — said that most of the air raids carried out by Russian " +
	'and Syrian planes target factions that are not aligned with Hayat Tahrir Al Sham, the umbrella group that ' +
	'includes Jabhat Fatah Al Sham, formerly known as Al Nusra Front.';

const MUAZZARA =
	'"The drones were launched from the area of Muazzara in the southwestern part of the Idlib de-escalation ' +
	"area controlled by so-called 'moderate opposition' units,\" Russian defence ministry newspaper Krasnaya " +
	'Zvezda reported.';

const DAMASCUS =
	'Meanwhile, Iranian Foreign Minister Mohammad Javad Zarif arrived Monday on a surprise visit to Damascus, ' +
	'where he held talks with head of the Syrian regime Bashar Assad and his Foreign Minister Walid al-Moallem, ' +
	'who is just back from a visit to Moscow.\n\nAssad has pledged to defeat the opposition.';

describe('findUnknownNames on corpus sentences', () => {
	it('leaves out curated aliases (Latmaneh) and armed groups and their spokesman', () => {
		expect(uncurated(LATMANEH)).toEqual([]);
		expect(all(LATMANEH)).toEqual(['Latmaneh', 'Hama', 'Idlib']);
	});

	it('leaves out the curated Muazzara and the newspaper that reported it', () => {
		expect(uncurated(MUAZZARA)).toEqual([]);
		expect(all(MUAZZARA)).toEqual(['Muazzara', 'Idlib']);
	});

	it('leaves out people named after a title or known from a speech verb elsewhere in the text', () => {
		expect(all(DAMASCUS)).toEqual(['Damascus', 'Moscow']);
	});
});

describe('findUnknownNames on other spellings', () => {
	it('keeps Arabic name shapes whole and places that a speech verb follows only by coincidence', () => {
		expect(
			uncurated(
				'Rebels in Kafr Takharim and in the hills of Jabal al-Akrad, in the north of Latakia province, ' +
					'said they had not been consulted.'
			)
		).toEqual(['Kafr Takharim', 'Jabal al-Akrad']);
		expect(
			uncurated(
				'Families sheltering in camps near Sarmada and Atmeh said they would wait before returning to ' +
					"Ma'arrat Misrin or Kafranbel."
			)
		).toEqual(['Atmeh', "Ma'arrat Misrin", 'Kafranbel']);
	});

	it('keeps a name led by any prefix of the list the geoparser shares, whole', () => {
		expect(uncurated('Fighters held Tallat al-Nimr and Bir Haddad, near Qal’at al-Madiq.')).toEqual([
			'Tallat al-Nimr',
			'Bir Haddad',
			'Qal’at al-Madiq'
		]);
	});

	it('splits at possessives and punctuation and drops generic words', () => {
		expect(all("attempts to attack Russia's Hmeymim base")).toEqual(['Hmeymim']);
		expect(all('in northern Idlib, Interfax news agency reported')).toEqual(['Idlib']);
		expect(all('the strategic town of Sarakeb and Kafr Zita countryside')).toEqual(['Sarakeb', 'Kafr Zita']);
	});

	it('leaves out countries, nationalities, dates, outlets and acronyms', () => {
		expect(
			all(
				'On Tuesday, Turkey summoned the Iranian and Russian ambassadors in February, Reuters and AFP said, ' +
					'citing NATO and the Syrian Observatory for Human Rights. Türkiye and Israel met in the Middle East.'
			)
		).toEqual([]);
	});

	it('treats the second of two people joined by "and" as a person', () => {
		expect(all('Presidents Vladimir Putin and Tayyip Erdogan agreed in Sochi on Monday.')).toEqual(['Sochi']);
	});

	it('returns spans that hold their surface', () => {
		const text = `${LATMANEH}\n\n${DAMASCUS}\n\n“Ma‘arrat an Nu‘mān’s market”, said a man from Khan Shaykhoun.`;
		const found = findUnknownNames(text);
		expect(found.map((c) => c.surface)).toContain('Ma‘arrat an Nu‘mān');
		expect(found.map((c) => c.surface)).toContain('Khan Shaykhoun');
		for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.surface);
	});
});

describe('matchExtents', () => {
	it('uses term offsets, which leave out quotes and punctuation', () => {
		const text = 'He said “Tehran”, then Moscow.';
		expect(matchExtents(nlp(text).match('#ProperNoun').json({ offset: true }))).toEqual([
			{ start: 9, end: 15 },
			{ start: 23, end: 29 }
		]);
	});
});

describe('findUnknownNames on long text', () => {
	it('reads text longer than one compromise stretch whole, with offsets into the original', () => {
		const paragraph = 'Families fled from Kafr Rilmal towards the border, aid groups said.';
		const text = Array.from({ length: 600 }, () => paragraph).join('\n\n');
		const names = findUnknownNames(text);
		expect(names).toHaveLength(600);
		for (const n of names) expect(text.slice(n.start, n.end)).toBe('Kafr Rilmal');
	});

	it('leaves out every name a curated mention covers, however many there are', () => {
		const paragraph = 'Families fled from Kafr Rilmal towards Tell Dabsaun, aid groups said.';
		const text = Array.from({ length: 300 }, () => paragraph).join('\n\n');
		const covered = [...text.matchAll(/Kafr Rilmal/g)].map((m) => ({ start: m.index, end: m.index + 11 }));
		const names = findUnknownNames(text, covered);
		expect(new Set(names.map((n) => n.surface))).toEqual(new Set(['Tell Dabsaun']));
		expect(names).toHaveLength(300);
	});
});
