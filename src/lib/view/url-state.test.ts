import { describe, expect, it } from 'vitest';
import {
	decodeCamera,
	withoutBrokenHash,
	decodeViewHref,
	decodeViewState,
	encodeViewState,
	LAYER_IDS,
	placePath,
	viewPath
} from './url-state';

const BASE = 'https://example.org/';
const decode = (s: string, known = ['saraqeb', 'idlib-city']) =>
	decodeViewState(new URL(s, BASE), (id) => known.includes(id));

describe('decodeViewState', () => {
	it('reads the outlets, known ids only, and every outlet when none is known or the parameter is absent', () => {
		const known = ['reuters', 'sputnik'];
		const outlets = (s: string) =>
			decodeViewState(
				new URL(s, BASE),
				() => true,
				(id) => known.includes(id)
			).outlets;
		expect(outlets('/?outlets=sputnik,reuters,sputnik')).toEqual(['sputnik', 'reuters']);
		expect(outlets('/?outlets=sputnik,atlantis,%3Cscript%3E')).toEqual(['sputnik']);
		expect(outlets('/?outlets=atlantis')).toBeUndefined();
		expect(outlets('/?outlets=')).toEqual([]);
		expect(outlets('/')).toBeUndefined();
		expect(encodeViewState({ layers: [...LAYER_IDS], outlets: ['sputnik', 'reuters'] }, BASE).search).toBe(
			'?outlets=reuters,sputnik'
		);
		expect(viewPath({ outlets: [] })).toBe('/?outlets=');
	});

	it('reads every part of a full URL', () => {
		expect(
			decode('/?place=saraqeb&from=2020-02-01&to=2020-02-29&layers=areas,highway#8.5/35.8/36.7')
		).toEqual({
			place: 'saraqeb',
			from: '2020-02-01',
			to: '2020-02-29',
			layers: ['areas', 'highway'],
			camera: { zoom: 8.5, lat: 35.8, lng: 36.7 }
		});
	});

	it('reads whether the chronology is open and its order, ignoring any other value', () => {
		expect(decode('/?chronology=newest').chronology).toBe('newest');
		expect(decode('/?chronology=oldest&place=saraqeb')).toMatchObject({
			chronology: 'oldest',
			place: 'saraqeb'
		});
		for (const v of ['', '1', 'open', 'Newest', '<script>', 'newest,oldest'])
			expect(decode(`/?chronology=${encodeURIComponent(v)}&from=2020-02-06`), v).toEqual({
				from: '2020-02-06',
				layers: [...LAYER_IDS]
			});
	});

	it('writes the chronology after the dates', () => {
		expect(viewPath({ from: '2020-02-06', to: '2020-02-07', chronology: 'oldest' })).toBe(
			'/?from=2020-02-06&to=2020-02-07&chronology=oldest'
		);
	});

	it('defaults to every layer and no filters', () => {
		expect(decode('/')).toEqual({ layers: [...LAYER_IDS] });
	});

	it('ignores invalid values and keeps the rest', () => {
		const s = decode('/?place=atlantis&from=2020-02-30&to=2020-03-01&layers=junk,areas#banana');
		expect(s).toEqual({ to: '2020-03-01', layers: ['areas'] });
		expect(decode('/?place=<script>&layers=junk').layers).toEqual([...LAYER_IDS]);
		expect(decode('/?layers=').layers).toEqual([]);
	});

	it('reads a range whose start is after its end with its ends swapped', () => {
		expect(decode('/?from=2021-01-01&to=2020-01-01')).toEqual({
			from: '2020-01-01',
			to: '2021-01-01',
			layers: [...LAYER_IDS]
		});
		// Written back the right way round.
		expect(encodeViewState(decode('/?to=2020-02-01&from=2020-02-29'), BASE).search).toBe(
			'?from=2020-02-01&to=2020-02-29'
		);
		// An invalid end is dropped alone; the valid one stays where it was.
		expect(decode('/?from=2021-01-01&to=2020-02-30')).toEqual({ from: '2021-01-01', layers: [...LAYER_IDS] });
	});

	it('treats a malformed hash as no camera', () => {
		for (const h of [
			'#',
			'#1/2',
			'#99/10/10',
			'#5/91/10',
			'#5/10/181',
			'#a/b/c',
			'#5/10/10/0/0/0',
			'#%E0%A4%A'
		]) {
			expect(decodeCamera(h), h).toBeUndefined();
		}
		expect(decodeCamera('#7/35.9/36.6/20/10')).toEqual({ zoom: 7, lat: 35.9, lng: 36.6 });
	});

	it('round-trips a state through the URL', () => {
		const state = {
			place: 'idlib-city',
			from: '2018-01-01',
			to: '2018-01-01',
			layers: ['places' as const, 'areas' as const],
			camera: { zoom: 9, lat: 35.93, lng: 36.63 }
		};
		const back = decode(encodeViewState(state, new URL(BASE)).href);
		expect(back).toEqual({ ...state, layers: ['areas', 'places'] });
	});

	it('writes readable layer lists', () => {
		const url = encodeViewState({ layers: ['areas', 'places'] }, new URL(BASE));
		expect(url.search).toBe('?layers=areas,places');
	});

	it('leaves defaults out of the URL', () => {
		expect(
			encodeViewState({ layers: [...LAYER_IDS] }, new URL('https://example.org/app/?x=1#3/1/1')).href
		).toBe('https://example.org/app/');
	});
});

describe('decodeViewHref', () => {
	it('decodes an address given as a string', () => {
		expect(decodeViewHref(`${BASE}?place=saraqeb&layers=areas`, (id) => id === 'saraqeb')).toEqual({
			place: 'saraqeb',
			layers: ['areas']
		});
	});

	it('gives the default view for what is not a URL', () => {
		expect(decodeViewHref('not a url')).toEqual({ layers: [...LAYER_IDS] });
	});
});

describe('viewPath and placePath', () => {
	it('is the site-root path of a view, for resolve() to add the base to', () => {
		expect(viewPath({})).toBe('/');
		expect(placePath('idlib-city')).toBe('/?place=idlib-city');
		expect(viewPath({ from: '2020-02-01', layers: [] })).toBe('/?from=2020-02-01&layers=');
	});
});

describe('viewPath with only a camera', () => {
	it('is the root and the hash', () => {
		expect(viewPath({ camera: { zoom: 8, lat: 36.302, lng: 36.834 } })).toBe('/#8/36.302/36.834');
	});
});

describe('withoutBrokenHash', () => {
	it('drops a hash that cannot be percent-decoded and keeps the path and query', () => {
		expect(withoutBrokenHash(new URL('https://x.org/idlib/?place=a#%E0%A4%A'))).toBe('/idlib/?place=a');
	});
	it('leaves a decodable hash alone', () => {
		expect(withoutBrokenHash(new URL('https://x.org/?place=a#7/35.9/36.6'))).toBeUndefined();
		expect(withoutBrokenHash(new URL('https://x.org/#not/a/camera'))).toBeUndefined();
	});
});
