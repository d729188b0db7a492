/**
 * What an analyst takes away from the explorer: the places on screen with their article counts in the
 * range, as GeoJSON and as CSV, and the articles in the range as CSV with their links and the places they
 * name. Everything is built in the browser from what the page already has (`data/explorer.json`) and the
 * chronology's month parts of the range (titles, outlets, original addresses, places); there is no
 * server to ask. The page loads this module when a download is asked for; which places are on screen,
 * which the menu counts before that, is `on-screen.ts`'s. The events of the range, as `events.csv`'s
 * rows, are `export-events.ts`'s.
 *
 * The counts and the filters are parameters, not computed here: the page passes the same place states
 * the map draws and the same range and outlet filter the timeline counts with, so whatever narrows the
 * map narrows the download the same way.
 *
 * The CSV files are for spreadsheets and GIS tools as they open them: one row per place or article,
 * flat columns (several places joined with `;`), `lon`/`lat` columns for places, RFC 4180 quoting and
 * CRLF line ends, a UTF-8 byte-order mark (without it Excel reads UTF-8 as a legacy code page and
 * garbles Arabic names and accents), and no cell a spreadsheet would run as a formula (`csvField`).
 */
import { csvField } from '../core/csv';
import type { ChronologyPart, ExplorerPlace, MonthArticle } from '../data/explorer-data';
import { articleInRange, type DateRange } from '../core/range';
import type { PartKey } from './chronology';
import { roundDegrees, type PlaceRow, type ViewBox } from './on-screen';

/** The columns of the places CSV, in order, with the `PlaceRow` field each reads. */
export const PLACE_CSV_COLUMNS = [
	['id', 'id'],
	['name', 'name'],
	['name_ar', 'nameAr'],
	['kind', 'kind'],
	['lon', 'lon'],
	['lat', 'lat'],
	['geometry_type', 'geometryType'],
	['articles_in_range', 'articlesInRange'],
	['mentions_all', 'mentionsAll'],
	['status', 'status'],
	['established', 'established'],
	['precision', 'precision'],
	['uncertainty_m', 'uncertaintyM'],
	['curation', 'curation'],
	['part_of', 'partOf']
] as const satisfies readonly (readonly [string, Exclude<keyof PlaceRow, 'geometry'>])[];

/** The range and view a download was made for, written into the GeoJSON beside the features. */
export interface ExportScope {
	range: DateRange;
	view: ViewBox;
	/** The explorer's address for this view (the URL is the view). */
	url: string;
}

/** A CSV file: a byte-order mark, a header row and one row per record, CRLF line ends. */
function csv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
	const lines = [header.map(csvField).join(','), ...rows.map((r) => r.map(csvField).join(','))];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

type CsvValue = string | number | boolean | undefined;

/** The places CSV: one row per place, `lon`/`lat` in WGS84 degrees. */
export function placesCsv(rows: readonly PlaceRow[]): string {
	return csv(
		PLACE_CSV_COLUMNS.map(([column]) => column),
		rows.map((row) => PLACE_CSV_COLUMNS.map(([, field]) => row[field]))
	);
}

/**
 * The places GeoJSON (RFC 7946, WGS84): each place's full geometry with the CSV's columns as flat
 * properties (a GIS reads nested ones as text), and the range, view and address it was made for as a
 * foreign member `explorer`, which readers that do not know it ignore.
 */
export function placesGeoJson(rows: readonly PlaceRow[], scope: ExportScope): string {
	const features = rows.map((row) => {
		const properties: Record<string, CsvValue> = {};
		for (const [column, field] of PLACE_CSV_COLUMNS) {
			if (field === 'lon' || field === 'lat' || field === 'geometryType') continue;
			if (row[field] !== undefined) properties[column] = row[field];
		}
		return { type: 'Feature', id: row.id, geometry: row.geometry, properties };
	});
	const explorer = {
		from: scope.range.from ?? null,
		to: scope.range.to ?? null,
		view: scope.view.map(roundDegrees),
		url: scope.url
	};
	return `${JSON.stringify({ type: 'FeatureCollection', explorer, features }, null, 1)}\n`;
}

/** One article in range, flat. */
export interface ArticleRow {
	id: string;
	published: string;
	datePrecision: string;
	outlet: string;
	title: string;
	/** The explorer's reader page, absolute. */
	readerUrl: string;
	/** The original at its outlet, when known. */
	url?: string;
	placeIds: string[];
	placeNames: string[];
}

/** What `articleRows` reads. */
export interface ArticleRowsInput {
	/** The articles to list, oldest first (`loadRangeArticles`). */
	articles: readonly MonthArticle[];
	/** The places by id, for their names. */
	places: ReadonlyMap<string, ExplorerPlace>;
	/** The reader's absolute address of an article (from `readerPath`, which needs whether it is curated). */
	readerUrl: (article: MonthArticle) => string;
}

/** The articles in range, oldest first, each with its links and the places it names. */
export function articleRows({ articles, places, readerUrl }: ArticleRowsInput): ArticleRow[] {
	return articles.map((a) => {
		const here = a.places.flatMap((id) => places.get(id) ?? []);
		const row: ArticleRow = {
			id: a.id,
			published: a.published,
			datePrecision: a.datePrecision,
			outlet: a.outlet,
			title: a.title,
			readerUrl: readerUrl(a),
			placeIds: here.map((p) => p.id),
			placeNames: here.map((p) => p.properties.name)
		};
		if (a.url) row.url = a.url;
		return row;
	});
}

/** The columns of the articles CSV, in order. */
export const ARTICLE_CSV_COLUMNS = [
	'id',
	'published',
	'date_precision',
	'outlet',
	'title',
	'reader_url',
	'original_url',
	'place_count',
	'place_ids',
	'place_names'
] as const;

/** The articles CSV: one row per article; its places joined with `;` (ids) and `; ` (names). */
export function articlesCsv(rows: readonly ArticleRow[]): string {
	return csv(
		ARTICLE_CSV_COLUMNS,
		rows.map((r) => [
			r.id,
			r.published,
			r.datePrecision,
			r.outlet,
			r.title,
			r.readerUrl,
			r.url,
			r.placeIds.length,
			r.placeIds.join(';'),
			r.placeNames.join('; ')
		])
	);
}

/**
 * The articles of `range` (and of the outlets `shows` keeps), oldest first, from the parts of the
 * months it touches (`chronologyParts`, oldest first), fetched in parallel, each once.
 */
export async function loadRangeArticles(
	parts: readonly PartKey[],
	load: (month: string, part: number) => Promise<ChronologyPart>,
	range: DateRange,
	shows?: (outletId: string) => boolean
): Promise<MonthArticle[]> {
	const files = await Promise.all(parts.map((k) => load(k.month, k.part)));
	return files.flatMap((file, i) => {
		const key = parts[i]!;
		if (file.month !== key.month || file.part !== key.part)
			throw new Error(`data/chronology/${key.month}/${key.part}.json holds another part`);
		return file.articles.filter((a) => articleInRange(a, range) && (!shows || shows(a.outletId)));
	});
}

/** A file name for a download: what it holds and the range, e.g. `idlib-places-2020-02-01-to-2020-02-29.csv`. */
export function exportFileName(
	what: 'places' | 'articles' | 'events',
	range: DateRange,
	extension: string
): string {
	const span = range.from || range.to ? `${range.from ?? 'start'}-to-${range.to ?? 'end'}` : 'all-dates';
	return `idlib-${what}-${span}.${extension}`;
}

/** What each column of the places download means (the About page lists them). */
export const PLACE_CSV_MEANINGS: Record<(typeof PLACE_CSV_COLUMNS)[number][0], string> = {
	id: 'the place id of data/places.geojson',
	name: 'English name',
	name_ar: 'Arabic name',
	kind: 'town, city, observation-post, highway, governorate…',
	lon: 'longitude, WGS84: a point’s own, or the centre of a line’s or an area’s extent',
	lat: 'latitude, likewise',
	geometry_type: 'Point, or the shape lon/lat stand for (LineString, Polygon, MultiPoint for a group…)',
	articles_in_range: 'articles in the date range that mention it (or its group): the map’s count',
	mentions_all: 'mentions across every article, whatever the range',
	status: 'a post’s or a zone’s status on the range’s last day',
	established: 'when it came into existence',
	precision: 'exact, approximate or radius',
	uncertainty_m: 'for radius: the uncertainty in metres',
	curation: 'automatic for a place taken from GeoNames, not reviewed',
	part_of: 'the group it belongs to'
};

/** What each column of the articles download means (the About page lists them). */
export const ARTICLE_CSV_MEANINGS: Record<(typeof ARTICLE_CSV_COLUMNS)[number], string> = {
	id: 'the article’s id; its reader is read?id=<id>',
	published: 'publication day (the 1st for a month-only date)',
	date_precision: 'day or month',
	outlet: 'who published it',
	title: 'the headline',
	reader_url: 'the article in this site’s reader',
	original_url: 'the original at its outlet, when known',
	place_count: 'how many places it names',
	place_ids: 'the place ids it names, joined with ";"',
	place_names: 'their names, joined with "; "'
};
