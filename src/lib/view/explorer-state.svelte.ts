/**
 * The explorer's view state in one place: the URL, the range's counts and the outlet filter, the open
 * place and its figures, its panel's pages, the events found in the text, the chronology, and what the
 * map is told to label and ring. The page creates one, runs `connect` once while it sets itself up
 * (the effects that fetch as the view changes), and hands its parts to the components. What the
 * reader sees and where the focus goes stay the page's: this module knows no element.
 */
import { untrack } from 'svelte';
import type { ExplorerData } from '../data/explorer-data';
import type { ExtractedMonthCounts } from '../data/extracted-files';
import { eventInRange, type ChronologyItem } from './chronology';
import { ChronologyView } from './chronology-view.svelte';
import { eventLabels } from './event-labels';
import { EventTexts } from './event-texts.svelte';
import { decodeMonthCounts, placeExtracted, type EventFilter } from './extracted';
import { ExtractedEvents } from './extracted-state.svelte';
import { indexExplorer } from './explorer-index';
import { buildOutletIndex } from './outlets';
import { PanelState } from './panel-state.svelte';
import { PlaceDetailsState } from './place-details.svelte';
import type { PublishedClient } from './published-client';
import { RangeCounts } from './range-counts.svelte';
import type { Camera } from './url-state';
import { ViewUrl, type UrlHost } from './view-url.svelte';

/** The view over north-west Syria that a first visit opens on. */
export const DEFAULT_CAMERA: Camera = { zoom: 7.3, lat: 35.75, lng: 36.75 };

export interface ExplorerStateOptions {
	/** `data/explorer.json` as the page's load function read it. */
	data: () => ExplorerData;
	/** The address bar and the history the view is written to (see `ViewUrl`). */
	host: UrlHost;
	/** The published files beyond `explorer.json`, fetched as the view asks for them. */
	client: PublishedClient;
	/** Debounce of the URL's writes that do not change the place (tests shorten it). */
	writeDelay?: number;
}

export class ExplorerState {
	readonly client: PublishedClient;
	readonly #data: () => ExplorerData;

	/** The data, indexed: places in order and by id, the range index, the counts, the bins. */
	readonly explorer = $derived.by(() => indexExplorer(this.#data()));
	/** The outlets, for the filter by outlet. */
	readonly outletIndex = $derived.by(() => buildOutletIndex(this.#data()));

	/**
	 * The view (place, dates, layers, camera, chronology), read from the URL and written back to it.
	 * A place or an outlet the data does not know is read as absent.
	 */
	readonly view: ViewUrl;
	/** Where the map opens: the URL's camera, else `DEFAULT_CAMERA`. */
	readonly initialCamera: Camera;
	/** What the search and the panel read of the places beyond the first screen. */
	readonly placeDetails: PlaceDetailsState;
	/**
	 * What the range and the outlet filter select: the counts per place and per outlet, the places'
	 * states, and the count files they wait for, asked for as the range or the outlets change.
	 */
	readonly rangeCounts: RangeCounts;
	/** The open place's excerpts, fetched a page at a time (newest first) and kept. */
	readonly panel: PanelState;
	/**
	 * The events found automatically, fetched in shards only when a place's panel or the chronology
	 * lists them: a place's pages, and the months the chronology's page reaches.
	 */
	readonly extracted: ExtractedEvents;
	/** The sentences of the reviewed events, fetched the first time a list shows events. */
	readonly eventTexts: EventTexts;
	/** The chronology, while the URL says it is open: the range's events and articles merged by date. */
	readonly chronology: ChronologyView;
	/**
	 * `explorer.json`'s `extractedMonths`, decoded: which month files of events found in the text exist,
	 * for the chronology and the events download.
	 */
	readonly extractedMonths: ExtractedMonthCounts;

	/** The place the map highlights (the page sets it once the open place's panel has settled). */
	mapSelection = $state<string>();
	/** The places the chronology's pointed-at entry stands for, ringed on the map. */
	pointed = $state<string[]>([]);

	/** The open place, if the data knows it. */
	readonly selected = $derived.by(() =>
		this.view.place ? this.explorer.byId.get(this.view.place) : undefined
	);
	/** The open place's articles in all, in range, and in range of every outlet. */
	readonly figures = $derived.by(() =>
		this.rangeCounts.place(this.selected ? this.explorer.indexOf.get(this.selected.id) : undefined)
	);
	/**
	 * Whether the open place has articles in range, and how many it has in all: each its own signal,
	 * so the effects that read them run again only when the answer changes, not with every new count
	 * (a panel whose request failed would otherwise ask again by itself).
	 */
	readonly #selectedHas = $derived.by(() => this.figures.inRange > 0);
	readonly #selectedTotal = $derived.by(() => this.figures.total);
	/**
	 * Which extracted events the lists keep beyond the date range: those of the chosen outlets, by the
	 * outlet id each shard entry carries (an entry without one is kept: nothing says it is filtered out).
	 */
	readonly keepEvent: EventFilter | undefined = $derived.by(() => {
		const outlets = this.rangeCounts.outlets;
		return outlets.choice ? (e) => e.outletId === undefined || outlets.shows(e.outletId) : undefined;
	});
	/** The open place's events found automatically in range, newest first, from its pages. */
	readonly placeAuto = $derived.by(() => {
		const selected = this.selected;
		if (!selected) return undefined;
		return placeExtracted(
			(page) => this.extracted.page(selected.id, page),
			this.view.range,
			this.extracted.placeLimit(selected.id),
			this.keepEvent
		);
	});
	/** The places grouped under the highlighted one (the observation posts of "the posts"). */
	readonly members = $derived.by(() => {
		const id = this.mapSelection;
		return id ? this.explorer.places.filter((p) => p.properties.partOf === id).map((p) => p.id) : [];
	});
	/** The event labels the map writes: each place's latest event in range, and the selected place's. */
	readonly labels = $derived.by(() =>
		eventLabels({
			places: this.explorer.places,
			events: this.#data().events,
			index: this.explorer.range,
			states: this.rangeCounts.states,
			range: this.view.range,
			selected: this.mapSelection,
			layers: this.view.layers
		})
	);

	constructor(options: ExplorerStateOptions) {
		this.#data = options.data;
		this.client = options.client;
		const client = options.client;
		this.view = new ViewUrl({
			host: options.host,
			isPlace: (id) => untrack(() => this.explorer.byId).has(id),
			isOutlet: (id) => untrack(() => this.outletIndex).ids.includes(id),
			writeDelay: options.writeDelay
		});
		this.initialCamera = untrack(() => this.view.camera ?? DEFAULT_CAMERA);
		this.placeDetails = new PlaceDetailsState(client.placeDetails);
		this.rangeCounts = new RangeCounts({
			explorer: () => this.explorer,
			outletIndex: () => this.outletIndex,
			range: () => this.view.range,
			outlets: () => this.view.outlets,
			setOutlets: (ids) => this.view.setOutlets(ids),
			load: {
				months: () => client.monthCounts(untrack(() => this.#data())),
				days: client.days,
				outlet: client.outletCounts
			}
		});
		this.panel = new PanelState(client);
		this.extracted = new ExtractedEvents(client.extracted);
		this.eventTexts = new EventTexts(client.events);
		const monthCounts = untrack(() => decodeMonthCounts(this.#data().extractedMonths));
		if (monthCounts.problems.length) console.warn(monthCounts.problems.join('\n'));
		this.extractedMonths = monthCounts.value;
		this.chronology = new ChronologyView({
			explorer: () => this.#data(),
			counts: () => this.explorer.counts,
			months: () => this.rangeCounts.months,
			range: () => this.view.range,
			order: () => this.view.chronology,
			outlets: () => this.rangeCounts.outlets.choice,
			shows: () => this.rangeCounts.showsOutlet,
			keep: () => this.keepEvent,
			shown: () => this.rangeCounts.shown,
			extractedMonths: monthCounts.value,
			extracted: this.extracted,
			loadPart: client.chronologyPart
		});
	}

	/**
	 * Starts the effects that fetch as the view changes; call it once, while a component is set up.
	 * Each effect runs one of the methods below and follows only what that method reads, so a camera
	 * move fetches nothing.
	 */
	connect(): void {
		$effect(() => this.wantDetails());
		$effect(() => this.rangeCounts.request());
		$effect(() => this.showPanel());
		$effect(() => this.chronology.request());
		$effect(() => this.wantPlaceEvents());
		$effect(() => this.wantEventTexts());
	}

	/** A place opened before the map was idle (a deep link) asks for the places' details at once. */
	wantDetails(): void {
		if (this.view.place) untrack(() => void this.placeDetails.load().catch(() => {}));
	}

	/** Shows the open place's panel for the range and the outlets; its articles in range, if any. */
	showPanel(): void {
		const place = this.selected?.id;
		const range = this.view.range;
		const has = this.#selectedHas;
		const shows = this.rangeCounts.showsOutlet;
		untrack(() => this.panel.show(place, range, has ? 1 : 0, shows));
	}

	/**
	 * Asks for the pages of the open place's events found in the text. Only a place some article links
	 * has files: the others cannot have an event found in the text.
	 */
	wantPlaceEvents(): void {
		const id = this.selected?.id;
		const wanted = id && this.#selectedTotal ? (this.placeAuto?.fetch ?? []) : [];
		untrack(() => this.extracted.wantPages(id ?? '', wanted));
	}

	/** Asks for the reviewed events' sentences once the chronology or the open place lists events. */
	wantEventTexts(): void {
		const selected = this.selected;
		if (this.view.chronology || (selected && this.explorer.eventsOf(selected.id).length))
			untrack(() => this.eventTexts.want());
	}

	/** `data/explorer.json` as read. */
	get data(): ExplorerData {
		return this.#data();
	}

	/** Drops a URL write still waiting (the page's teardown). */
	dispose(): void {
		this.view.dispose();
	}

	/**
	 * The place under the mouse on the map: its panel's first articles are fetched ahead of the click
	 * that usually follows. A place no article in range names has none.
	 */
	prefetch(id: string | undefined): void {
		const i = id === undefined ? undefined : this.explorer.indexOf.get(id);
		if (id === undefined || i === undefined || !this.rangeCounts.counts[i]) return;
		this.panel.prefetch(id, this.view.range, this.rangeCounts.showsOutlet);
	}

	/**
	 * What loads once the map is first idle, ahead of the reader's first click: the places' spellings
	 * and descriptions, and the counts by place and month a date range is counted from.
	 */
	warm(): void {
		void this.placeDetails.load().catch(() => {});
		this.rangeCounts.files.wantMonths();
	}

	/** A place's name, or its id for a place the data does not know. */
	placeName = (id: string): string => this.explorer.byId.get(id)?.properties.name ?? id;

	/** A reviewed event's sentence, else an extracted one's, once fetched. */
	eventText = (id: string): string | undefined => this.eventTexts.text(id) ?? this.extracted.text(id);

	/** The places a chronology entry stands for: an event's, or an article's and their groups' members. */
	placesOf = (item: ChronologyItem): string[] => {
		const byId = this.explorer.byId;
		if (item.type === 'event') return item.event.places.filter((id) => byId.has(id));
		const named = this.chronology.articles.article(item.position)?.places.filter((id) => byId.has(id)) ?? [];
		return [...named, ...this.explorer.membersOf(named)];
	};

	/** Whether a reviewed event falls in the date range. */
	inDates = (event: Parameters<typeof eventInRange>[0]): boolean => eventInRange(event, this.view.range);
}
