/**
 * The explorer's two files of places and counts as they are published, and the two ends of each: the
 * build writes them (`encodeExplorerFile`, `encodeMonthCountsFile`) and the page reads them where they
 * enter the browser (`readExplorerFile`, `readMonthCountsFile`: each checks its file, naming the file
 * and the field of any problem). Only this module knows the published shapes; everything else reads
 * {@link ExplorerData} and {@link MonthCountsData}.
 *
 * `data/explorer.json` is what the first screen waits for, so it carries of the counts only what the
 * first map draws and the timeline's bars: each place's, outlet's and month's articles in all, a number
 * each, which grow with the articles only by their digits. What grows in it is the places, so they are
 * written as columns (`PlaceColumns`): one array per field, indexed by the place's position, instead of
 * a GeoJSON feature with its keys per place; fields few places have are written only for those; an id is
 * left out ("") where it is its name's slug (`placeSlug`), as nearly every id is; the outlines of areas
 * and lines are packed (`core/packed-lines.ts`: steps of 1e-5 degree), a third smaller in gzip than as
 * GeoJSON (6 KB of the governorates' and zones' outlines).
 *
 * `data/month-counts.json` holds the counts by place and month a date range is summed from (at a
 * million articles most of what `explorer.json` would otherwise weigh), fetched once the map is first
 * idle, or at once when the view has a range. Each place's row is pairs, or a run of month-to-month
 * changes where that is much shorter (`encodeMonthRow` in `month-counts.ts`): at scale every place is
 * named every month, and a run of changes packs better than pairs. The reader holds it to the
 * `explorer.json` it came with: same months, and every row summing to its total there.
 */
import { slugWords } from '../core/fold';
import { DataError, type DataIssue } from '../core/errors';
import { PLACE_KINDS, PLACE_STATUSES } from './explorer-data';
import type {
	ExplorerData,
	MonthCountsData,
	ExplorerEvent,
	ExplorerOutlet,
	ExplorerPlace,
	ExplorerPlaceProperties,
	StatusChange
} from './explorer-data';
import type { ExtractedMonthCounts } from './extracted-files';
import { decodePairs, encodeMonthRow, monthRowPairs } from './month-counts';
import type { PlaceGeometry } from '../places/schema';
import { packGeometry, unpackGeometry, type PackedGeometry } from '../core/packed-lines';

/** Which shape of `data/explorer.json` this is; a reader refuses any other. */
export const EXPLORER_FORMAT = 5;

/** Where the file is published, relative to the site's base. */
export const EXPLORER_PATH = '/data/explorer.json';

/** Which shape of `data/month-counts.json` this is; a reader refuses any other. */
export const MONTH_COUNTS_FORMAT = 1;

/** Where the counts by place and month are published, relative to the site's base. */
export const MONTH_COUNTS_PATH = '/data/month-counts.json';

/** A place's precision as `ExplorerPlaceProperties` has it. */
type Precision = ExplorerPlaceProperties['precision'];

/**
 * Every place, one array per field, each indexed by the place's position (the order `counts` follows).
 * Fields few places have are objects keyed by that position (as a string, JSON's only key).
 */
export interface PlaceColumns {
	/** The place's id, or "" where it is `placeSlug(name)`. */
	id: string[];
	name: string[];
	/** An index into `PLACE_KINDS`. */
	kind: number[];
	/** "exact", "approximate", or an uncertainty radius in metres. */
	precision: Precision[];
	/**
	 * Mentions across all articles less the place's articles in all (`totals`): 0 for nearly every place
	 * (97% at 10,000 articles), which is named once in each article that names it, where the mentions
	 * themselves would repeat the totals' digits (3 KB gzip at 10,000 articles, 4.5 at a million).
	 */
	extraMentions: number[];
	/**
	 * A point's longitude and latitude, two numbers a place (`[lon0, lat0, lon1, lat1, …]`); both null
	 * for a place whose geometry is in `shape`.
	 */
	point: (number | null)[];
	/**
	 * The geometry of each place that is not a point: a line, an area, or several points (a group's
	 * members), its coordinates packed (`packGeometry`: each line or ring as steps of 1e-5 degree).
	 */
	shape: Record<string, PackedGeometry>;
	nameAr: Record<string, string>;
	/** The day (or month) the place came into existence. */
	established: Record<string, string>;
	/** For a place with a life of its own: its statuses through time, oldest first. */
	statuses: Record<string, StatusChange[]>;
	/** The id of the group the place belongs to. */
	partOf: Record<string, string>;
	/** The positions of the places taken from GeoNames without review, ascending. */
	automatic: number[];
}

/** `data/explorer.json` as published: {@link ExplorerData} with its places as columns. */
export interface ExplorerFile extends Omit<ExplorerData, 'places' | 'chronologyParts'> {
	format: typeof EXPLORER_FORMAT;
	places: PlaceColumns;
	/**
	 * Only the months whose parts are not those a build from nothing cuts (`fromNothingParts`), each
	 * `[month index, …its parts' numbers in key order]`: none from nothing, and after later builds only
	 * the months back-dated articles grew, so the first screen carries a few numbers a month at most.
	 */
	chronologyParts: number[][];
}

/** The parts a build from nothing cuts a month of `articles` into at `size` a part: 0, 1, … in order. */
export function fromNothingParts(articles: number, size: number): number[] {
	return Array.from({ length: Math.ceil(articles / size) }, (_, i) => i);
}

/** Whether two lists of part numbers are the same. */
function sameParts(a: readonly number[], b: readonly number[]): boolean {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** `data/month-counts.json` as published: {@link MonthCountsData} with its places' rows compact. */
export interface MonthCountsFile {
	format: typeof MONTH_COUNTS_FORMAT;
	/** As `explorer.json`'s: the file is of the same build only if both are. */
	firstMonth: string;
	monthCount: number;
	/** Per outlet (in `explorer.json`'s `outlets` order): its articles by month, as pairs. */
	outlets: number[][];
	/** Per place (in `explorer.json`'s `places` order): its articles by month, as pairs or, where much shorter, a run (`encodeMonthRow`). */
	places: number[][];
}

/** The id a place's name makes, which the file leaves out when the place's id is just that. */
export function placeSlug(name: string): string {
	return slugWords(name).join('-');
}

/** The published file of `data`. */
export function encodeExplorerFile(data: ExplorerData): ExplorerFile {
	const features = data.places.features;
	const places: PlaceColumns = {
		id: [],
		name: [],
		kind: [],
		precision: [],
		extraMentions: [],
		point: [],
		shape: {},
		nameAr: {},
		established: {},
		statuses: {},
		partOf: {},
		automatic: []
	};
	features.forEach((f, i) => {
		const p = f.properties;
		places.id.push(f.id === placeSlug(p.name) ? '' : f.id);
		places.name.push(p.name);
		places.kind.push(PLACE_KINDS.indexOf(p.kind));
		places.precision.push(p.precision);
		places.extraMentions.push(p.mentionCount - data.totals[i]!);
		if (f.geometry.type === 'Point')
			places.point.push(f.geometry.coordinates[0]!, f.geometry.coordinates[1]!);
		else {
			places.point.push(null, null);
			places.shape[i] = packGeometry(f.geometry);
		}
		if (p.nameAr) places.nameAr[i] = p.nameAr;
		if (p.established) places.established[i] = p.established;
		if (p.statuses) places.statuses[i] = p.statuses;
		if (p.partOf) places.partOf[i] = p.partOf;
		if (p.curation === 'automatic') places.automatic.push(i);
	});
	const chronologyParts: number[][] = [];
	data.chronologyParts.forEach((parts, m) => {
		if (!sameParts(parts, fromNothingParts(data.monthTotals[m] ?? 0, data.chronologyPart)))
			chronologyParts.push([m, ...parts]);
	});
	return { format: EXPLORER_FORMAT, ...data, places, chronologyParts };
}

/** The published counts by month of `counts`, for the `explorer.json` of `months`. */
export function encodeMonthCountsFile(
	months: Pick<ExplorerData, 'firstMonth' | 'monthCount'>,
	counts: MonthCountsData
): MonthCountsFile {
	return {
		format: MONTH_COUNTS_FORMAT,
		firstMonth: months.firstMonth,
		monthCount: months.monthCount,
		outlets: counts.outletMonths,
		places: counts.counts.map((pairs) => {
			const { keys, counts } = decodePairs(pairs);
			return encodeMonthRow(new Map(Array.from(keys, (k, j) => [k, counts[j]!])));
		})
	};
}

/** Collects the problems of one file, each naming the field. */
class Problems {
	readonly issues: DataIssue[] = [];
	constructor(readonly file: string) {}
	add(field: string, message: string): void {
		if (this.issues.length < 20) this.issues.push({ file: this.file, field, message });
	}
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isInteger = (v: unknown): v is number => Number.isSafeInteger(v);

/** `value` as an array of `length` (when given) whose every item passes `ok`, else a problem and []. */
function column<T>(
	problems: Problems,
	field: string,
	value: unknown,
	ok: (v: unknown) => v is T,
	what: string,
	length?: number,
	of = 'places'
): T[] {
	if (!Array.isArray(value)) {
		problems.add(field, 'not a list');
		return [];
	}
	if (length !== undefined && value.length !== length)
		problems.add(field, `${value.length} entries for ${length} ${of}`);
	const bad = value.findIndex((v) => !ok(v));
	if (bad >= 0) problems.add(`${field}[${bad}]`, `not ${what}`);
	return value as T[];
}

/** `value` as an object keyed by place positions below `count`, each value passing `ok`. */
function sparse<T>(
	problems: Problems,
	field: string,
	value: unknown,
	count: number,
	ok: (v: unknown) => v is T,
	what: string
): Map<number, T> {
	const out = new Map<number, T>();
	if (!isRecord(value)) {
		problems.add(field, 'not an object keyed by place position');
		return out;
	}
	for (const [key, v] of Object.entries(value)) {
		const i = Number(key);
		if (!/^\d+$/.test(key) || i >= count) problems.add(`${field}.${key}`, 'not the position of a place');
		else if (!ok(v)) problems.add(`${field}.${key}`, `not ${what}`);
		else out.set(i, v);
	}
	return out;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isName = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isPrecision = (v: unknown): v is Precision =>
	v === 'exact' || v === 'approximate' || (typeof v === 'number' && v > 0);
const isCoordinate = (v: unknown): v is number | null => v === null || (typeof v === 'number' && isFinite(v));
const isKind = (v: unknown): v is number => isInteger(v) && v >= 0 && v < PLACE_KINDS.length;
const isPacked = (v: unknown): v is PackedGeometry =>
	isRecord(v) && typeof v.type === 'string' && Array.isArray(v.coordinates);
const isStatuses = (v: unknown): v is StatusChange[] =>
	Array.isArray(v) &&
	v.every(
		(s) =>
			isRecord(s) &&
			typeof s.date === 'string' &&
			typeof s.event === 'string' &&
			(PLACE_STATUSES as readonly unknown[]).includes(s.status)
	);
const isCountRow = (v: unknown): v is number[] => Array.isArray(v) && v.every(isInteger);
const isPairRow = (v: unknown): v is number[] => Array.isArray(v) && v.length % 2 === 0 && v.every(isCount);
const isOutlet = (v: unknown): v is ExplorerOutlet => isRecord(v) && isName(v.id) && isName(v.name);
const isEvent = (v: unknown): v is ExplorerEvent =>
	isRecord(v) &&
	isName(v.id) &&
	typeof v.date === 'string' &&
	Array.isArray(v.places) &&
	v.places.every(isString) &&
	isRecord(v.source);
const isExtractedMonth = (v: unknown): v is ExtractedMonthCounts[number] => Array.isArray(v);

/**
 * The places of the file as the page's features, with the problems of their columns; `rawTotals` is the
 * file's `totals`, which a place's mentions are written beside (`extraMentions`). Returns the totals
 * read too.
 */
function readPlaces(
	problems: Problems,
	raw: unknown,
	rawTotals: unknown
): { features: ExplorerPlace[]; totals: number[] } {
	if (!isRecord(raw)) {
		problems.add('places', 'not an object of columns');
		return { features: [], totals: [] };
	}
	const names = column(problems, 'places.name', raw.name, isName, 'a name');
	const n = names.length;
	const ids = column(problems, 'places.id', raw.id, isString, 'an id or ""', n);
	const kinds = column(
		problems,
		'places.kind',
		raw.kind,
		isKind,
		`an index into the ${PLACE_KINDS.length} kinds`,
		n
	);
	const precision = column(problems, 'places.precision', raw.precision, isPrecision, 'a precision', n);
	const totals = column(problems, 'totals', rawTotals, isCount, 'a count', n);
	const extraMentions = column(
		problems,
		'places.extraMentions',
		raw.extraMentions,
		isInteger,
		'a whole number',
		n
	);
	extraMentions.forEach((extra, i) => {
		if (!problems.issues.length && totals[i]! + extra < 0)
			problems.add(`places.extraMentions[${i}]`, `${extra} mentions beyond totals[${i}] = ${totals[i]}`);
	});
	const point = column(
		problems,
		'places.point',
		raw.point,
		isCoordinate,
		'a coordinate or null',
		2 * n,
		'coordinates (two a place)'
	);
	const packed = sparse(problems, 'places.shape', raw.shape, n, isPacked, 'a packed geometry');
	const shape = new Map<number, PlaceGeometry>();
	for (const [i, p] of packed) {
		try {
			shape.set(i, unpackGeometry(p) as PlaceGeometry);
		} catch (e) {
			problems.add(`places.shape.${i}`, e instanceof Error ? e.message : String(e));
		}
	}
	const nameAr = sparse(problems, 'places.nameAr', raw.nameAr, n, isName, 'a name');
	const established = sparse(problems, 'places.established', raw.established, n, isName, 'a date');
	const statuses = sparse(problems, 'places.statuses', raw.statuses, n, isStatuses, 'a list of statuses');
	const partOf = sparse(problems, 'places.partOf', raw.partOf, n, isName, 'a place id');
	const automatic = new Set(
		column(
			problems,
			'places.automatic',
			raw.automatic,
			(v): v is number => isCount(v) && v < n,
			'a place position'
		)
	);
	if (problems.issues.length) return { features: [], totals: [] };
	const seen = new Set<string>();
	const places = names.map((name, i): ExplorerPlace => {
		const id = ids[i] || placeSlug(name);
		if (!id) problems.add(`places.id[${i}]`, `"" where the name "${name}" makes no id`);
		else if (seen.has(id)) problems.add(`places.id[${i}]`, `"${id}" is the id of an earlier place`);
		seen.add(id);
		const properties: ExplorerPlaceProperties = {
			name,
			kind: PLACE_KINDS[kinds[i]!]!,
			precision: precision[i]!,
			mentionCount: totals[i]! + extraMentions[i]!
		};
		if (nameAr.has(i)) properties.nameAr = nameAr.get(i);
		if (established.has(i)) properties.established = established.get(i);
		if (statuses.has(i)) properties.statuses = statuses.get(i);
		if (partOf.has(i)) properties.partOf = partOf.get(i);
		if (automatic.has(i)) properties.curation = 'automatic';
		const lon = point[2 * i];
		const lat = point[2 * i + 1];
		const drawn = shape.get(i);
		let geometry: PlaceGeometry;
		if (typeof lon === 'number' && typeof lat === 'number')
			geometry = { type: 'Point', coordinates: [lon, lat] };
		else if (drawn) geometry = drawn;
		else {
			problems.add(`places.point[${2 * i}]`, 'null, and places.shape has no geometry for the place');
			geometry = { type: 'MultiPoint', coordinates: [] };
		}
		return { type: 'Feature', id, geometry, properties };
	});
	for (const [i, group] of partOf)
		if (!seen.has(group)) problems.add(`places.partOf.${i}`, `"${group}" is no place of the file`);
	return { features: places, totals };
}

/**
 * Throws a `DataError` naming the file unless `raw` is a JSON object of the given `format`, since
 * nothing else in it can be read then. Both published files this module reads open this way.
 */
function assertFormat(raw: unknown, format: number, file: string): asserts raw is Record<string, unknown> {
	if (!isRecord(raw)) throw new DataError([{ file, field: '(file)', message: 'not a JSON object' }]);
	if (raw.format !== format)
		throw new DataError([
			{ file, field: 'format', message: `${JSON.stringify(raw.format)} where this page reads ${format}` }
		]);
}

/**
 * Reads `data/explorer.json` where it enters the page: checks every field the page relies on and turns
 * the columns back into {@link ExplorerData}. Throws a `DataError` whose issues name
 * `file` and the field (`places.kind[12]: not an index into the 16 kinds`), at most twenty of them.
 */
export function readExplorerFile(raw: unknown, file = EXPLORER_PATH.slice(1)): ExplorerData {
	const problems = new Problems(file);
	assertFormat(raw, EXPLORER_FORMAT, file);
	const { features, totals } = readPlaces(problems, raw.places, raw.totals);
	if (problems.issues.length) throw new DataError(problems.issues);
	const outlets = column(problems, 'outlets', raw.outlets, isOutlet, 'an outlet with an id and a name');
	const firstMonth = raw.firstMonth;
	if (typeof firstMonth !== 'string' || !/^(\d{4}-\d{2})?$/.test(firstMonth))
		problems.add('firstMonth', 'not YYYY-MM or ""');
	const monthCount = raw.monthCount;
	if (!isCount(monthCount)) problems.add('monthCount', 'not a count');
	const outletTotals = column(
		problems,
		'outletTotals',
		raw.outletTotals,
		isCount,
		'a count',
		outlets.length,
		'outlets'
	);
	const monthTotals = column(
		problems,
		'monthTotals',
		raw.monthTotals,
		isCount,
		'a count',
		isCount(monthCount) ? monthCount : undefined,
		'months'
	);
	const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
	if (!problems.issues.length && sum(outletTotals) !== sum(monthTotals))
		problems.add(
			'outletTotals',
			`sum to ${sum(outletTotals)} articles where monthTotals sum to ${sum(monthTotals)}`
		);
	for (const key of ['pageSize', 'chronologyPart'] as const)
		if (!isCount(raw[key]) || raw[key] === 0) problems.add(key, 'not a positive whole number');
	const chronologyParts = readChronologyParts(
		problems,
		raw.chronologyParts,
		monthTotals,
		isCount(raw.chronologyPart) ? raw.chronologyPart : 0
	);
	const events = column(
		problems,
		'events',
		raw.events,
		isEvent,
		'an event with an id, a date, places and a source'
	);
	const extractedMonths = column(
		problems,
		'extractedMonths',
		raw.extractedMonths ?? [],
		isExtractedMonth,
		'a list'
	);
	if (problems.issues.length) throw new DataError(problems.issues);
	return {
		places: { type: 'FeatureCollection', features },
		outlets,
		firstMonth: firstMonth as string,
		monthCount: monthCount as number,
		totals,
		monthTotals,
		outletTotals,
		pageSize: raw.pageSize as number,
		chronologyPart: raw.chronologyPart as number,
		chronologyParts,
		events,
		extractedMonths
	};
}

/**
 * Each month's parts in key order: those a build from nothing cuts, but where `raw` (the file's
 * `chronologyParts`) lists the month's own. A month listed twice or out of range, or a part number that
 * is not a whole number or comes twice, is a problem of the field.
 */
function readChronologyParts(
	problems: Problems,
	raw: unknown,
	monthTotals: readonly number[],
	size: number
): number[][] {
	const out = monthTotals.map((n) => (size > 0 ? fromNothingParts(n, size) : []));
	if (!Array.isArray(raw)) {
		problems.add('chronologyParts', 'not a list');
		return out;
	}
	const seen = new Set<number>();
	raw.forEach((row: unknown, i) => {
		const field = `chronologyParts[${i}]`;
		if (!Array.isArray(row) || row.length < 1 || !row.every(isCount)) {
			problems.add(field, 'not a month index and part numbers');
			return;
		}
		const [m, ...parts] = row as number[];
		if (m! >= monthTotals.length || seen.has(m!)) {
			problems.add(field, `month ${m} is not one of the ${monthTotals.length} or comes twice`);
			return;
		}
		if (new Set(parts).size !== parts.length) {
			problems.add(field, 'lists a part twice');
			return;
		}
		if ((parts.length === 0) !== (monthTotals[m!] === 0)) {
			problems.add(field, `${parts.length} parts for ${monthTotals[m!]} articles`);
			return;
		}
		seen.add(m!);
		out[m!] = parts;
	});
	return out;
}

/** The month counts of `row` (pairs, as `decodePairs` reads them), checked against `total` and the months. */
function readMonthRow(
	problems: Problems,
	field: string,
	pairs: readonly number[],
	monthCount: number,
	total: number,
	totalField: string
): number[] {
	try {
		const { keys, counts } = decodePairs(pairs);
		if (keys.length && keys[keys.length - 1]! >= monthCount)
			problems.add(field, `counts month ${keys[keys.length - 1]} of ${monthCount}`);
		const sum = counts.reduce((a, b) => a + b, 0);
		if (sum !== total) problems.add(field, `sums to ${sum} where explorer.json's ${totalField} is ${total}`);
	} catch (e) {
		problems.add(field, e instanceof Error ? e.message : String(e));
	}
	return pairs.slice();
}

/**
 * Reads `data/month-counts.json` where it enters the page, for the `explorer` it goes with: checks the
 * file is of the same build (the same months, a row for each place and outlet, each summing to its total
 * in `explorer.json`, and every month to its `monthTotals`) and gives the rows as pairs. Throws a
 * `DataError` whose issues name `file` and the field (`places[12]: sums to 40 where explorer.json's
 * totals[12] is 41`), at most twenty of them.
 */
export function readMonthCountsFile(
	raw: unknown,
	explorer: Pick<ExplorerData, 'firstMonth' | 'monthCount' | 'totals' | 'monthTotals' | 'outletTotals'>,
	file = MONTH_COUNTS_PATH.slice(1)
): MonthCountsData {
	const problems = new Problems(file);
	assertFormat(raw, MONTH_COUNTS_FORMAT, file);
	for (const key of ['firstMonth', 'monthCount'] as const)
		if (raw[key] !== explorer[key])
			problems.add(
				key,
				`${JSON.stringify(raw[key])} where explorer.json has ${JSON.stringify(explorer[key])}`
			);
	const outletRows = column(
		problems,
		'outlets',
		raw.outlets,
		isPairRow,
		'pairs of counts',
		explorer.outletTotals.length,
		'outlets of explorer.json'
	);
	const placeRows = column(
		problems,
		'places',
		raw.places,
		isCountRow,
		'a row of counts',
		explorer.totals.length,
		'places of explorer.json'
	);
	if (problems.issues.length) throw new DataError(problems.issues);
	const months = explorer.monthCount;
	const outletMonths = outletRows.map((row, o) =>
		readMonthRow(problems, `outlets[${o}]`, row, months, explorer.outletTotals[o]!, `outletTotals[${o}]`)
	);
	const counts = placeRows.map((row, i) => {
		let pairs: number[];
		try {
			pairs = monthRowPairs(row);
		} catch (e) {
			problems.add(`places[${i}]`, e instanceof Error ? e.message : String(e));
			return [];
		}
		return readMonthRow(problems, `places[${i}]`, pairs, months, explorer.totals[i]!, `totals[${i}]`);
	});
	if (!problems.issues.length) {
		const byMonth = new Array<number>(months).fill(0);
		for (const row of outletMonths) {
			const { keys, counts: n } = decodePairs(row);
			keys.forEach((m, k) => (byMonth[m]! += n[k]!));
		}
		const m = byMonth.findIndex((n, i) => n !== explorer.monthTotals[i]);
		if (m >= 0)
			problems.add(
				'outlets',
				`month ${m} sums to ${byMonth[m]} where explorer.json's monthTotals[${m}] is ${explorer.monthTotals[m]}`
			);
	}
	if (problems.issues.length) throw new DataError(problems.issues);
	return { outletMonths, counts };
}
