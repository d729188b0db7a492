import { afterEach, describe, expect, it } from 'vitest';
import type { ExplorerData, ExplorerPlace } from '../data/explorer-data';
import type { ChronologyItem } from './chronology';
import { DEFAULT_CAMERA, ExplorerState } from './explorer-state.svelte';
import type { PublishedClient } from './published-client';
import type { UrlHost } from './view-url.svelte';

const town = (id: string, partOf?: string): ExplorerPlace => ({
	type: 'Feature',
	id,
	geometry: { type: 'Point', coordinates: [36.7, 35.8] },
	properties: { name: `${id} (name)`, kind: 'town', precision: 'exact', mentionCount: 0, partOf }
});

/*
 * Three places and three articles in January and February 2020 from two outlets: saraqeb is named by
 * two (one each month), idlib by one, and post-1 (an observation post of "posts") by none.
 */
const DATA: ExplorerData = {
	places: {
		type: 'FeatureCollection',
		features: [town('saraqeb'), town('idlib'), town('posts'), town('post-1', 'posts')]
	},
	firstMonth: '2020-01',
	monthCount: 2,
	totals: [2, 1, 0, 0],
	monthTotals: [1, 2],
	outletTotals: [2, 1],
	pageSize: 20,
	chronologyPart: 250,
	chronologyParts: [[0], [0]],
	outlets: [
		{ id: 'reuters', name: 'Reuters' },
		{ id: 'afp', name: 'AFP' }
	],
	extractedMonths: [],
	events: []
};

/** A client that records what is asked of it and never answers: the rules tested here are the asking. */
function fakeClient() {
	const asked: string[] = [];
	const pending = <T>(what: string) => (asked.push(what), new Promise<T>(() => {}));
	const client: PublishedClient = {
		explorer: () => pending('explorer'),
		monthCounts: () => pending('month-counts'),
		attribution: () => pending('attribution'),
		placeDetails: () => pending('place-details'),
		placeHead: (place) => pending(`places/${place}/head`),
		placePage: (place, page) => pending(`places/${place}/${page}`),
		placeTable: (place, part) => pending(`places/${place}/table-${part}`),
		chronologyPart: (month, part) => pending(`chronology/${month}/${part}`),
		days: (month) => pending(`days/${month}`),
		outletCounts: (outlet) => pending(`outlets/${outlet}`),
		events: () => pending('events'),
		extracted: (file) => pending(file),
		search: (file) => pending(file)
	};
	return { client, asked };
}

/** An address bar at `href` that keeps what is written to it. */
function fakeHost(href: string) {
	const at = { href };
	const host: UrlHost = {
		location: at,
		push: (url) => (at.href = url.href),
		replace: (url) => (at.href = url.href)
	};
	return { host, at };
}

const ORIGIN = 'https://example.org/';
let cleanups: (() => void)[] = [];
afterEach(() => {
	for (const cleanup of cleanups) cleanup();
	cleanups = [];
});

/** The state at `address`. */
function setup(address = '') {
	const { client, asked } = fakeClient();
	const { host, at } = fakeHost(ORIGIN + address);
	const state = new ExplorerState({ data: () => DATA, host, client, writeDelay: 0 });
	cleanups.push(() => state.dispose());
	return { state, asked, at };
}

/** Runs what `connect`'s effects run, in their order, as they would after a change of the view. */
function sync(state: ExplorerState) {
	state.wantDetails();
	state.rangeCounts.request();
	state.showPanel();
	state.chronology.request();
	state.wantPlaceEvents();
	state.wantEventTexts();
}

describe('ExplorerState: what the URL opens', () => {
	it('opens on the default camera, nothing selected, on a bare address', () => {
		const { state } = setup('');
		expect(state.initialCamera).toEqual(DEFAULT_CAMERA);
		expect(state.selected).toBeUndefined();
		expect(state.figures).toEqual({ total: 0, inRange: 0, inDates: 0 });
	});

	it("opens on the address's camera and place, with the place's figures", () => {
		const { state } = setup('?place=saraqeb#9/35.8/36.7');
		expect(state.initialCamera).toEqual({ zoom: 9, lat: 35.8, lng: 36.7 });
		expect(state.selected?.id).toBe('saraqeb');
		expect(state.figures).toEqual({ total: 2, inRange: 2, inDates: 2 });
	});

	it('reads a place or an outlet the data does not know as absent', () => {
		const { state } = setup('?place=atlantis&outlets=nobody');
		expect(state.view.place).toBeUndefined();
		expect(state.selected).toBeUndefined();
		expect(state.rangeCounts.outlets.choice).toBeUndefined();
	});
});

describe('ExplorerState: what it fetches as the view changes (connect)', () => {
	it('asks for nothing beyond the first screen while nothing is open', () => {
		const { state, asked } = setup();
		sync(state);
		expect(asked).toEqual([]);
	});

	it("asks for a linked place's panel and the places' details when the address opens it", () => {
		const { state, asked } = setup('?place=saraqeb');
		sync(state);
		expect(asked).toContain('places/saraqeb/head');
		expect(asked).toContain('place-details');
	});

	it('asks for no panel entries for a place no article names', () => {
		const { state, asked } = setup();
		state.view.select('post-1');
		sync(state);
		expect(state.selected?.id).toBe('post-1');
		expect(asked.filter((f) => f.startsWith('places/'))).toEqual([]);
		expect(asked).toContain('place-details');
	});

	it("asks for the events' sentences once the chronology opens, and for its articles", () => {
		const { state, asked } = setup();
		state.view.setChronology('newest');
		sync(state);
		expect(asked).toContain('events');
		expect(asked.some((f) => f.startsWith('chronology/2020-02/'))).toBe(true);
	});

	it('asks for the counts by month once the first screen is idle (warm)', () => {
		const { state, asked } = setup();
		state.warm();
		expect(asked).toEqual(expect.arrayContaining(['place-details', 'month-counts']));
	});
});

describe('ExplorerState: what the map and the lists are given', () => {
	it('prefetches a panel only for a place some article in range names', () => {
		const { state, asked } = setup('');
		state.prefetch('idlib');
		state.prefetch('post-1');
		state.prefetch('atlantis');
		state.prefetch(undefined);
		expect(asked).toEqual(['places/idlib/head']);
	});

	it("highlights the members of the map's selection", () => {
		const { state } = setup('');
		expect(state.members).toEqual([]);
		state.mapSelection = 'posts';
		expect(state.members).toEqual(['post-1']);
		state.mapSelection = 'saraqeb';
		expect(state.members).toEqual([]);
	});

	it('names places by their name, and an unknown id by itself', () => {
		const { state } = setup('');
		expect(state.placeName('idlib')).toBe('idlib (name)');
		expect(state.placeName('atlantis')).toBe('atlantis');
	});

	it("rings an event's known places only", () => {
		const { state } = setup('');
		const item = {
			type: 'event',
			event: { places: ['idlib', 'atlantis'] }
		} as unknown as ChronologyItem;
		expect(state.placesOf(item)).toEqual(['idlib']);
	});

	it("keeps every extracted event without an outlet choice, else the chosen outlets' and unmarked ones", () => {
		expect(setup('').state.keepEvent).toBeUndefined();
		const keep = setup('?outlets=afp').state.keepEvent!;
		expect(keep({ outletId: 'afp' } as Parameters<typeof keep>[0])).toBe(true);
		expect(keep({ outletId: 'reuters' } as Parameters<typeof keep>[0])).toBe(false);
		expect(keep({} as Parameters<typeof keep>[0])).toBe(true);
	});

	it('writes a new view to the address', () => {
		const { state, at } = setup('');
		state.view.select('idlib');
		expect(at.href).toBe(`${ORIGIN}?place=idlib`);
	});
});
