/**
 * What the files that count the whole corpus are made of, counted an article at a time: the corpus's
 * size and days, its outlets in the order their first articles appear, and per place and per outlet
 * the articles by month. The site build (`server/data-files.ts`) counts every article into one tally
 * and writes `explorer.json`, `month-counts.json`, `outlets/<id>.json` and the share facts from it;
 * it also saves the tally beside the files it writes (`build-state.json`, `CorpusTallyJson`), so a
 * later build that only adds articles can load it, count the new articles into it and get the same
 * counts a build from nothing would, without reading the articles counted before.
 *
 * Months are kept as absolute ordinals (`monthOrdinal`), not as indexes from the corpus's first month,
 * and outlets by their published id, not by their index in the sorted list: both stay valid when
 * articles are added (a new outlet sorts among the others; an older article would move the first
 * month, and the tally still counts it right).
 */
import type { CuratedOutlet } from '../corpus/outlets';
import type { Mention } from '../geoparse/match';
import type { Place } from '../places/schema';
import type { ExplorerOutlet } from './explorer-data';
import { isLink } from './link';
import { monthOfOrdinal, monthOrdinal, encodePairs } from './month-counts';
import { resolveOutlets } from './outlets';
import { monthCountsFile } from './publish';
import { outletCountsFile } from './publish-counts';

/** The form of `build-state.json`; a build that finds another refuses to add to it. */
export const TALLY_FORMAT = 1;

/** One article as the tally counts it. */
export interface TalliedArticle {
	/** Its publication day (`YYYY-MM-DD`). */
	published: string;
	/** Its outlet's published id (`resolveOutlets`). */
	outlet: string;
	/** The places it names (a dateline does not count), each once, in the order first named. */
	own: readonly string[];
	/** The places its counts and panels stand for: its own and their groups' members. */
	listed: Iterable<string>;
}

/** Per place, how many articles name it and the days of the oldest and newest (`PlaceNamed`). */
export type NamedJson = [count: number, first: string, last: string];

/**
 * `build-state.json`: the tally as saved. Every map is an object in the order its keys were first
 * counted; month counts are `encodePairs` pairs of absolute month ordinals.
 */
export interface CorpusTallyJson {
	format: typeof TALLY_FORMAT;
	/** Articles counted. */
	articles: number;
	/** The oldest and newest publication days (absent with no article). */
	first?: string;
	last?: string;
	/** Each outlet as articles write it, in the order its first article appears in the published order. */
	outletNames: string[];
	/** The most articles of one day (what the keys' bits are set by) and the newest day's count. */
	busiest: number;
	lastDayCount: number;
	/** What the article shards' bits are set by (`shardBits`): the estimate of their bytes. */
	shardBytes: number;
	/** Per place id: its mentions. */
	mentions: Record<string, number>;
	/** Per place id: the articles it stands for, by month. */
	placeMonths: Record<string, number[]>;
	/** Per outlet id: its articles by month. */
	outletMonths: Record<string, number[]>;
	/** Per outlet id, per place id: the outlet's articles the place stands for, by month. */
	outletPlaces: Record<string, Record<string, number[]>>;
	/** Per place id named by some article: how many name it, the oldest and newest day. */
	named: Record<string, NamedJson>;
}

/** Adds one to `key` in `counts`. */
function bump<K>(counts: Map<K, number>, key: K): void {
	counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** The map a pairs row (`encodePairs`) stands for. */
function pairsMap(pairs: readonly number[]): Map<number, number> {
	const out = new Map<number, number>();
	let key = 0;
	for (let i = 0; i + 1 < pairs.length; i += 2) {
		key += pairs[i]!;
		out.set(key, pairs[i + 1]!);
	}
	return out;
}

/** Counts by absolute month as counts by index from `first` (what the published files carry). */
function fromMonth(counts: ReadonlyMap<number, number> | undefined, first: number): Map<number, number> {
	const out = new Map<number, number>();
	for (const [month, n] of counts ?? []) out.set(month - first, n);
	return out;
}

/** The whole-corpus counts, added to an article at a time. */
export class CorpusTally {
	articles = 0;
	first: string | undefined;
	last: string | undefined;
	readonly outletNames: string[] = [];
	private readonly outletSeen = new Set<string>();
	busiest = 0;
	lastDayCount = 0;
	/** The newest day `day` counted: the saved `last`. */
	private lastDay: string | undefined;
	shardBytes = 0;
	readonly mentions = new Map<string, number>();
	readonly placeMonths = new Map<string, Map<number, number>>();
	readonly outletMonths = new Map<string, Map<number, number>>();
	readonly outletPlaces = new Map<string, Map<string, Map<number, number>>>();
	readonly named = new Map<string, { count: number; first: string; last: string }>();

	/**
	 * One article met in the published order, before the outlets are resolved: its outlet as written
	 * (kept in the order first met) and the bytes its shard entry is estimated at.
	 */
	order(outlet: string, shardBytes: number): void {
		if (!this.outletSeen.has(outlet)) {
			this.outletSeen.add(outlet);
			this.outletNames.push(outlet);
		}
		this.shardBytes += shardBytes;
	}

	/** One day's count of articles, days met oldest first (after every day already counted). */
	day(published: string, count: number): void {
		this.lastDayCount = published === this.lastDay ? this.lastDayCount + count : count;
		this.lastDay = published;
		this.busiest = Math.max(this.busiest, this.lastDayCount);
	}

	/** One article, counted into every total it belongs to (`day` counted its day before). */
	add(a: TalliedArticle): void {
		this.articles++;
		if (this.first === undefined || a.published < this.first) this.first = a.published;
		if (this.last === undefined || a.published > this.last) this.last = a.published;
		const month = monthOrdinal(a.published);
		let outletMonths = this.outletMonths.get(a.outlet);
		if (!outletMonths) this.outletMonths.set(a.outlet, (outletMonths = new Map()));
		bump(outletMonths, month);
		let outletPlaces = this.outletPlaces.get(a.outlet);
		if (!outletPlaces) this.outletPlaces.set(a.outlet, (outletPlaces = new Map()));
		for (const id of a.listed) {
			let months = this.placeMonths.get(id);
			if (!months) this.placeMonths.set(id, (months = new Map()));
			bump(months, month);
			let byPlace = outletPlaces.get(id);
			if (!byPlace) outletPlaces.set(id, (byPlace = new Map()));
			bump(byPlace, month);
		}
		for (const id of a.own) {
			const n = this.named.get(id);
			if (n) {
				n.count++;
				if (a.published < n.first) n.first = a.published;
				if (a.published > n.last) n.last = a.published;
			} else this.named.set(id, { count: 1, first: a.published, last: a.published });
		}
	}

	/** Per place id named by some article: how many articles name it (`data/places.geojson`). */
	articleCounts(): Map<string, number> {
		return new Map([...this.named].map(([id, n]) => [id, n.count]));
	}

	/** One mention of a place (a dateline does not count). */
	mention(place: string): void {
		bump(this.mentions, place);
	}

	/**
	 * Counts an article's mentions that link (a dateline does not) and gives the places it names, each
	 * once in first-named order (`own`), and those its counts and panels stand for (`listed`: its own,
	 * then their groups' `members`, from `groupMembers`).
	 */
	placesOf(
		mentions: readonly Mention[],
		members: ReadonlyMap<string, readonly string[]>
	): { own: string[]; listed: Set<string> } {
		const own: string[] = [];
		for (const m of mentions) {
			if (!isLink(m)) continue;
			this.mention(m.place);
			if (!own.includes(m.place)) own.push(m.place);
		}
		const listed = new Set(own);
		for (const id of own) for (const member of members.get(id) ?? []) listed.add(member);
		return { own, listed };
	}

	/** The first month's ordinal and the months to the newest (0 with no article). */
	span(): { firstMonth: string; firstOrdinal: number; monthCount: number } {
		if (this.first === undefined || this.last === undefined)
			return { firstMonth: '', firstOrdinal: 0, monthCount: 0 };
		const firstOrdinal = monthOrdinal(this.first);
		return {
			firstMonth: monthOfOrdinal(firstOrdinal),
			firstOrdinal,
			monthCount: monthOrdinal(this.last) - firstOrdinal + 1
		};
	}

	/** Per outlet of `outlets` (the resolved, sorted list): its articles by month index, as pairs. */
	outletRows(outlets: readonly ExplorerOutlet[]): number[][] {
		const { firstOrdinal } = this.span();
		return outlets.map((o) => encodePairs(fromMonth(this.outletMonths.get(o.id), firstOrdinal)));
	}

	/** Per place of `places`, in their order: the articles it stands for by month index, as pairs. */
	placeRows(places: readonly { id: string }[]): number[][] {
		const { firstOrdinal } = this.span();
		return places.map((p) => encodePairs(fromMonth(this.placeMonths.get(p.id), firstOrdinal)));
	}

	/** One outlet's articles per place id by month index (`outletCountsFile`'s input). */
	outletPlaceMonths(outlet: string): Map<string, Map<number, number>> {
		const { firstOrdinal } = this.span();
		const out = new Map<string, Map<number, number>>();
		for (const [place, months] of this.outletPlaces.get(outlet) ?? [])
			out.set(place, fromMonth(months, firstOrdinal));
		return out;
	}

	/** The tally as `build-state.json` holds it. */
	toJSON(): CorpusTallyJson {
		const pairs = (m: ReadonlyMap<number, number>) => encodePairs(m);
		const record = <V, W>(m: ReadonlyMap<string, V>, f: (v: V) => W): Record<string, W> => {
			const out: Record<string, W> = {};
			for (const [k, v] of m) out[k] = f(v);
			return out;
		};
		return {
			format: TALLY_FORMAT,
			articles: this.articles,
			...(this.first === undefined ? {} : { first: this.first, last: this.last }),
			outletNames: [...this.outletNames],
			busiest: this.busiest,
			lastDayCount: this.lastDayCount,
			shardBytes: this.shardBytes,
			mentions: record(this.mentions, (n) => n),
			placeMonths: record(this.placeMonths, pairs),
			outletMonths: record(this.outletMonths, pairs),
			outletPlaces: record(this.outletPlaces, (byPlace) => record(byPlace, pairs)),
			named: record(this.named, (n): NamedJson => [n.count, n.first, n.last])
		};
	}

	/** A tally as saved (`toJSON`); throws on a file of another form, which a build must not add to. */
	static fromJSON(json: unknown): CorpusTally {
		const j = json as Partial<CorpusTallyJson> | null;
		if (!j || typeof j !== 'object' || j.format !== TALLY_FORMAT)
			throw new Error(`not a build state of format ${TALLY_FORMAT}`);
		const t = new CorpusTally();
		t.articles = j.articles!;
		t.first = j.first;
		t.last = j.last;
		t.lastDay = j.last;
		for (const name of j.outletNames!) t.order(name, 0);
		t.busiest = j.busiest!;
		t.lastDayCount = j.lastDayCount!;
		t.shardBytes = j.shardBytes!;
		for (const [k, n] of Object.entries(j.mentions!)) t.mentions.set(k, n);
		for (const [k, p] of Object.entries(j.placeMonths!)) t.placeMonths.set(k, pairsMap(p));
		for (const [k, p] of Object.entries(j.outletMonths!)) t.outletMonths.set(k, pairsMap(p));
		for (const [k, byPlace] of Object.entries(j.outletPlaces!))
			t.outletPlaces.set(k, new Map(Object.entries(byPlace).map(([p, v]) => [p, pairsMap(v)])));
		for (const [k, [count, first, last]] of Object.entries(j.named!)) t.named.set(k, { count, first, last });
		return t;
	}
}

/** Each group's members (the places whose `partOf` it is), in the order of `places`. */
export function groupMembers(places: readonly Pick<Place, 'id' | 'partOf'>[]): Map<string, string[]> {
	const members = new Map<string, string[]>();
	for (const p of places)
		if (p.partOf) {
			const list = members.get(p.partOf);
			if (list) list.push(p.id);
			else members.set(p.partOf, [p.id]);
		}
	return members;
}

/** What counting an article needs of it: its day, outlet as written, body's length and mentions. */
export interface CountedArticle {
	id: string;
	published: string;
	outlet: string;
	body: string;
	mentions: readonly Mention[];
}

/** Why a saved tally cannot take `articles` in; none when it can. */
export function cannotAdd(
	tally: CorpusTally,
	articles: readonly { published: string }[]
): string | undefined {
	const last = tally.last;
	if (last === undefined) return undefined;
	const older = articles.find((a) => a.published < last);
	return older
		? `an article of ${older.published} is older than the build's newest day (${last}): the keys, ` +
				'outlets and busiest day of the days before would move, so the corpus is built from nothing'
		: undefined;
}

/**
 * Counts `articles` (new ones, none older than the tally's newest day: `cannotAdd`) into `tally` as
 * the site build counts a corpus: their days, then each article's outlet and shard bytes in the
 * published order (by day, then id), then, with the outlets resolved over every outlet name counted
 * so far, each article's mentions, places and months. `places` are the dataset's places (their
 * `partOf` makes the groups an article's counts stand for). Gives the resolved outlets; `each`, when
 * given, is handed every article in the published order with its outlet's id, the places it
 * counts for (its own, then their groups' members) and its own.
 */
export function countArticles<A extends CountedArticle>(
	tally: CorpusTally,
	articles: readonly A[],
	places: readonly Pick<Place, 'id' | 'partOf'>[],
	curated: readonly CuratedOutlet[],
	each?: (article: A, outlet: string, listed: string[], own: string[]) => void
): ExplorerOutlet[] {
	const why = cannotAdd(tally, articles);
	if (why) throw new Error(why);
	const collate = new Intl.Collator().compare;
	const ordered = [...articles].sort((x, y) => collate(x.published, y.published) || collate(x.id, y.id));
	const days = new Map<string, number>();
	for (const a of ordered) days.set(a.published, (days.get(a.published) ?? 0) + 1);
	for (const [day, n] of days) tally.day(day, n);
	for (const a of ordered) tally.order(a.outlet, a.body.length + 300 + a.mentions.length * 60);
	const names = tally.outletNames.map((outlet) => ({ outlet }));
	const { outlets, outletOf } = resolveOutlets(names, curated);
	const outletId = new Map(names.map((o, i) => [o.outlet, outlets[outletOf[i]!]!.id]));
	const members = groupMembers(places);
	for (const a of ordered) {
		const { own, listed } = tally.placesOf(a.mentions, members);
		tally.add({ published: a.published, outlet: outletId.get(a.outlet)!, own, listed });
		each?.(a, outletId.get(a.outlet)!, [...listed], own);
	}
	return outlets;
}

/**
 * The files a tally alone makes, by path under the site: `data/month-counts.json` and each outlet's
 * `data/outlets/<id>.json` (of `outlets`, the resolved list), places in the order of `places`.
 */
export function tallyFiles(
	tally: CorpusTally,
	places: readonly { id: string }[],
	outlets: readonly ExplorerOutlet[]
): Map<string, string> {
	const { firstMonth, monthCount } = tally.span();
	const files = new Map<string, string>();
	const counts = {
		firstMonth,
		monthCount,
		outletMonths: tally.outletRows(outlets),
		counts: tally.placeRows(places)
	};
	files.set('data/month-counts.json', JSON.stringify(monthCountsFile(counts)));
	for (const o of outlets)
		files.set(
			`data/outlets/${o.id}.json`,
			JSON.stringify(outletCountsFile(o.id, places, tally.outletPlaceMonths(o.id)))
		);
	return files;
}
