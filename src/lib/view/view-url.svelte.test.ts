import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeViewState, LAYER_IDS } from './url-state';
import { Player } from './player.svelte';
import { CAMERA_WRITE_MS, placePath, viewPath, ViewUrl, type UrlHost } from './view-url.svelte';

/** A browser address bar and history in memory: what `pushState`/`replaceState` and Back do to it. */
function fakeHost(start: string) {
	const entries = [start];
	let at = 0;
	const writes: { kind: 'push' | 'replace'; href: string }[] = [];
	const host: UrlHost = {
		location: {
			get href() {
				return entries[at]!;
			}
		},
		push(url) {
			entries.splice(at + 1, Infinity, url.href);
			at++;
			writes.push({ kind: 'push', href: url.href });
		},
		replace(url) {
			entries[at] = url.href;
			writes.push({ kind: 'replace', href: url.href });
		}
	};
	return {
		host,
		writes,
		back() {
			at--;
		},
		get href() {
			return entries[at]!;
		}
	};
}

const ORIGIN = 'https://example.org';
const KNOWN = new Set(['saraqeb', 'idlib-city']);
const isPlace = (id: string) => KNOWN.has(id);

describe('viewPath and placePath, re-exported beside the class', () => {
	it('builds the path to a place from the site root', () => {
		expect(placePath('hatay-province')).toBe('/?place=hatay-province');
	});

	it('writes the whole schema and leaves defaults out', () => {
		expect(viewPath({})).toBe('/');
		expect(
			viewPath({
				place: 'saraqeb',
				from: '2020-02-01',
				to: '2020-02-29',
				layers: ['areas', 'places'],
				camera: { zoom: 8, lat: 35.8, lng: 36.7 }
			})
		).toBe('/?place=saraqeb&from=2020-02-01&to=2020-02-29&layers=areas,places#8/35.8/36.7');
	});

	it('escapes what is not a plain id', () => {
		expect(placePath('a&b=c')).toBe('/?place=a%26b%3Dc');
	});

	it('is read back as the same view', () => {
		const state = { place: 'saraqeb', to: '2020-02-29', layers: ['highway' as const] };
		expect(decodeViewState(new URL(viewPath(state), ORIGIN))).toEqual(state);
	});
});

describe('ViewUrl', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('reads the view from the address, dropping what is invalid', () => {
		const { host } = fakeHost(
			`${ORIGIN}/?place=atlantis&from=sometime&to=2020-02-29&layers=junk,places#not/a/camera`
		);
		const view = new ViewUrl({ host, isPlace });
		expect(view.state).toEqual({ to: '2020-02-29', layers: ['places'] });
		expect(view.place).toBeUndefined();
		expect(view.range).toEqual({ from: undefined, to: '2020-02-29' });
	});

	it('reads every part of a valid address', () => {
		const { host } = fakeHost(`${ORIGIN}/?place=saraqeb&from=2020-02-01&to=2020-02-29#8.5/35.8/36.7`);
		const view = new ViewUrl({ host, isPlace });
		expect(view.place).toBe('saraqeb');
		expect(view.range).toEqual({ from: '2020-02-01', to: '2020-02-29' });
		expect(view.layers).toEqual([...LAYER_IDS]);
		expect(view.camera).toEqual({ zoom: 8.5, lat: 35.8, lng: 36.7 });
	});

	it('never throws on an address it cannot read', () => {
		const view = new ViewUrl({ host: fakeHost('not a url').host, isPlace });
		expect(view.state).toEqual({ layers: [...LAYER_IDS] });
		expect(() => new ViewUrl({ host: fakeHost(`${ORIGIN}/?place=<script>#%E0%A4%A`).host })).not.toThrow();
	});

	it('tidies the address once the page has settled, without a new history entry', () => {
		const bar = fakeHost(`${ORIGIN}/?place=atlantis&to=2020-02-29&layers=junk,places`);
		new ViewUrl({ host: bar.host, isPlace });
		expect(bar.writes).toEqual([]);
		vi.advanceTimersByTime(CAMERA_WRITE_MS);
		expect(bar.writes).toEqual([{ kind: 'replace', href: `${ORIGIN}/?to=2020-02-29&layers=places` }]);
	});

	it('writes nothing when the address is already the view', () => {
		const bar = fakeHost(`${ORIGIN}/?place=saraqeb`);
		new ViewUrl({ host: bar.host, isPlace });
		vi.runAllTimers();
		expect(bar.writes).toEqual([]);
	});

	it('opens a place as a new history entry at once, and closes it in place', () => {
		const bar = fakeHost(`${ORIGIN}/`);
		const view = new ViewUrl({ host: bar.host, isPlace });
		view.select('saraqeb');
		expect(bar.writes).toEqual([{ kind: 'push', href: `${ORIGIN}/?place=saraqeb` }]);
		view.select('idlib-city');
		expect(bar.writes.at(-1)).toEqual({ kind: 'push', href: `${ORIGIN}/?place=idlib-city` });
		view.select(undefined);
		expect(bar.writes.at(-1)).toEqual({ kind: 'replace', href: `${ORIGIN}/` });
		expect(bar.writes).toHaveLength(3);
	});

	it('ignores a place that does not exist, and the place already open', () => {
		const bar = fakeHost(`${ORIGIN}/?place=saraqeb`);
		const view = new ViewUrl({ host: bar.host, isPlace });
		view.select('atlantis');
		view.select('saraqeb');
		vi.runAllTimers();
		expect(view.place).toBe('saraqeb');
		expect(bar.writes).toEqual([]);
	});

	it('writes camera moves at most every CAMERA_WRITE_MS, the last one in place', () => {
		const bar = fakeHost(`${ORIGIN}/`);
		const view = new ViewUrl({ host: bar.host, isPlace });
		for (let i = 0; i < 10; i++) {
			view.setCamera({ zoom: 7, lat: 35 + i / 10, lng: 36 });
			vi.advanceTimersByTime(CAMERA_WRITE_MS / 4);
		}
		expect(bar.writes).toEqual([]);
		vi.advanceTimersByTime(CAMERA_WRITE_MS);
		expect(bar.writes).toEqual([{ kind: 'replace', href: `${ORIGIN}/#7/35.9/36` }]);
	});

	it('writes dates and layers in place after the same pause, and keeps the path', () => {
		const bar = fakeHost(`${ORIGIN}/explorer/?place=saraqeb`);
		const view = new ViewUrl({ host: bar.host, isPlace });
		view.setRange({ from: '2018-01-01', to: '2018-03-31' });
		view.setLayers(['places', 'areas', 'junk' as never]);
		expect(view.layers).toEqual(['areas', 'places']);
		vi.advanceTimersByTime(CAMERA_WRITE_MS);
		expect(bar.writes).toEqual([
			{
				kind: 'replace',
				href: `${ORIGIN}/explorer/?place=saraqeb&from=2018-01-01&to=2018-03-31&layers=areas,places`
			}
		]);
	});

	it('follows playback step by step in place: a year played leaves no history behind', () => {
		const bar = fakeHost(`${ORIGIN}/?place=saraqeb&from=2020-01-01&to=2020-01-31`);
		const view = new ViewUrl({ host: bar.host, isPlace });
		const player = new Player({
			range: () => view.range,
			setRange: (r) => view.setRange(r),
			extent: () => ({ first: '2018-01-01', last: '2021-12-31' })
		});
		player.play();
		for (let month = 2; month <= 4; month++) {
			vi.advanceTimersByTime(player.interval);
			vi.advanceTimersByTime(CAMERA_WRITE_MS);
			expect(bar.href).toMatch(new RegExp(`from=2020-0${month}-01&to=2020-0${month}-`));
		}
		player.dispose();
		expect(bar.writes.map((w) => w.kind)).toEqual(['replace', 'replace', 'replace']);
	});

	it('writes a pending camera move together with a place opened before it', () => {
		const bar = fakeHost(`${ORIGIN}/`);
		const view = new ViewUrl({ host: bar.host, isPlace });
		view.setCamera({ zoom: 9, lat: 35.5, lng: 36.5 });
		view.select('saraqeb');
		expect(bar.writes).toEqual([{ kind: 'push', href: `${ORIGIN}/?place=saraqeb#9/35.5/36.5` }]);
		vi.runAllTimers();
		expect(bar.writes).toHaveLength(1);
	});

	it('follows Back without writing, and drops a write still pending', () => {
		const bar = fakeHost(`${ORIGIN}/`);
		const view = new ViewUrl({ host: bar.host, isPlace });
		view.select('saraqeb');
		view.setRange({ from: '2020-01-01' });
		bar.back();
		view.onpopstate();
		vi.runAllTimers();
		expect(view.place).toBeUndefined();
		expect(view.range).toEqual({ from: undefined, to: undefined });
		expect(bar.writes).toHaveLength(1);
		expect(bar.href).toBe(`${ORIGIN}/`);
		view.select('saraqeb');
		expect(bar.writes.at(-1)).toEqual({ kind: 'push', href: `${ORIGIN}/?place=saraqeb` });
	});

	it('flush writes a pending change now, dispose drops it', () => {
		const bar = fakeHost(`${ORIGIN}/`);
		const view = new ViewUrl({ host: bar.host, isPlace });
		view.setLayers([]);
		view.flush();
		expect(bar.href).toBe(`${ORIGIN}/?layers=`);
		view.setLayers(['areas']);
		view.dispose();
		vi.runAllTimers();
		expect(bar.href).toBe(`${ORIGIN}/?layers=`);
	});
});

describe('ViewUrl setters', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('unset a date that is not a day and ignore a camera that is not a number', () => {
		const bar = fakeHost(`${ORIGIN}/#8/35/36`);
		const view = new ViewUrl({ host: bar.host, isPlace });
		view.setRange({ from: 'yesterday', to: '2020-02-29' });
		expect(view.range).toEqual({ from: undefined, to: '2020-02-29' });
		view.setCamera({ zoom: Number.NaN, lat: 35, lng: 36 });
		expect(view.camera).toEqual({ zoom: 8, lat: 35, lng: 36 });
		vi.runAllTimers();
		expect(bar.href).toBe(`${ORIGIN}/?to=2020-02-29#8/35/36`);
	});

	it('do nothing when the dates do not change', () => {
		const bar = fakeHost(`${ORIGIN}/?from=2020-01-01`);
		const view = new ViewUrl({ host: bar.host, isPlace });
		vi.runAllTimers();
		view.setRange({ from: '2020-01-01' });
		expect(vi.getTimerCount()).toBe(0);
		expect(bar.writes).toEqual([]);
	});

	it('open and close the chronology in place, ignoring an order that is not one', () => {
		const bar = fakeHost(`${ORIGIN}/?place=saraqeb&chronology=junk`);
		const view = new ViewUrl({ host: bar.host, isPlace });
		expect(view.chronology).toBeUndefined();
		view.setChronology('oldest');
		view.setChronology('sideways' as never);
		expect(view.chronology).toBe('oldest');
		vi.runAllTimers();
		expect(bar.writes).toEqual([{ kind: 'replace', href: `${ORIGIN}/?place=saraqeb&chronology=oldest` }]);
		view.setChronology(undefined);
		vi.runAllTimers();
		expect(bar.href).toBe(`${ORIGIN}/?place=saraqeb`);
	});

	it('set the outlets in place, sorted, without unknown ids, and read them back from the address', () => {
		const outlets = new Set(['reuters', 'sputnik', 'iran-daily']);
		const isOutlet = (id: string) => outlets.has(id);
		const bar = fakeHost(`${ORIGIN}/?outlets=sputnik,atlantis`);
		const view = new ViewUrl({ host: bar.host, isPlace, isOutlet });
		expect(view.outlets).toEqual(['sputnik']);
		view.setOutlets(['sputnik', 'reuters', 'junk', 'reuters']);
		expect(view.outlets).toEqual(['reuters', 'sputnik']);
		vi.runAllTimers();
		expect(bar.writes).toEqual([{ kind: 'replace', href: `${ORIGIN}/?outlets=reuters,sputnik` }]);
		view.setOutlets(['sputnik', 'reuters']);
		vi.runAllTimers();
		expect(bar.writes).toHaveLength(1);
		const reloaded = new ViewUrl({ host: fakeHost(bar.href).host, isPlace, isOutlet });
		expect(reloaded.outlets).toEqual(['reuters', 'sputnik']);
		view.setOutlets([]);
		vi.runAllTimers();
		expect(bar.href).toBe(`${ORIGIN}/?outlets=`);
		view.setOutlets(undefined);
		vi.runAllTimers();
		expect(bar.href).toBe(`${ORIGIN}/`);
	});
});
