/**
 * The published files' contracts in words, for the "About the data" page: each file, what it is for,
 * and every field with its meaning. Each list of fields is typed against the published type it
 * describes (`fields<T>` wants exactly T's keys), so adding, renaming or removing a field of a published
 * format fails `npm run check` until its description here follows: the page cannot drift from the data.
 */
import type { PlacesCollection, PublishedArticle, PublishedPlaceProperties } from './dataset';
import {
	EVENT_CSV_COLUMNS,
	type EventsFile,
	type PublishedArticleSource,
	type PublishedEvent,
	type PublishedOutsideSource
} from './events';
import type {
	ChronologyPart,
	ChronologyTable,
	DayCounts,
	MonthArticle,
	OutletCounts,
	PanelEntry,
	PlaceDetails,
	PlaceDetailsFile,
	PlaceHead,
	PlacePage,
	PlacePageTable,
	PlaceTableParts,
	PlaceTablePart
} from './explorer-data';
import type {
	ExtractedEventRecord,
	ExtractedMonth,
	ExtractedPageSpan,
	ExtractedPlaceHead,
	ExtractedPlacePage
} from './extracted-files';
import type { ExplorerFile, MonthCountsFile, PlaceColumns } from './explorer-file';
import type { Mention } from '../geoparse/match';
import type {
	PostingsHead,
	PostingsPage,
	SearchDoc,
	SearchDocChunk,
	SearchManifest,
	TermShard
} from './search-shards';
import type { ArticleShard, ArticleShardIndex, ShardArticle } from './article-shards';

/**
 * The published order of the articles, said once: an article's *position* (in the place pages, the
 * chronology, the search index) is its key (`article-keys.ts`), which follows this order: its day
 * and its rank among that day's articles, so it is not its index. `npm run export:articles` writes
 * the articles in it. `dataset.ts` sorts them so (`byDateThenId`).
 */
export const ARTICLE_ORDER = 'oldest first: by published, then by id';

/** One field of a published record and what it means. */
export interface FieldDoc {
	name: string;
	meaning: string;
}

/** A group of fields: a record inside a file (a place's properties, one mention, one event's source). */
export interface RecordDoc {
	/** What the record is, as the file holds it (e.g. `features[].properties`). */
	record: string;
	fields: FieldDoc[];
}

/** One published file. */
export interface FileDoc {
	/** Its path under the site's root, or a pattern (`data/places/<place>/<n>.json`). */
	path: string;
	/** A file to link for a pattern, filled in by the page (the head of the busiest place). */
	example?: string;
	format: string;
	/** What it is for, in a sentence or two. */
	about: string;
	records: RecordDoc[];
	/**
	 * How its form changed, oldest first, each saying what moved where and why, so a reader written
	 * against an earlier form knows what to read instead.
	 */
	changes?: string[];
}

/** What a command writes for anyone who wants every article at once (the site publishes them in shards). */
export interface ExportDoc {
	/** The command, run in a checkout with the data folder (`npm run …`). */
	command: string;
	format: string;
	about: string;
	records: RecordDoc[];
}

/**
 * A record's fields from their meanings, in the order written. The parameter's type has exactly the
 * keys of `T` (optional ones included), so the list is complete and holds nothing `T` lacks.
 */
function fields<T>(meanings: { [K in keyof Required<T>]: string }): FieldDoc[] {
	return Object.entries(meanings).map(([name, meaning]) => ({ name, meaning: meaning as string }));
}

const articleFields = fields<PublishedArticle>({
	id: 'stable id (the date and the headline’s first words); the reader page is articles/<id> for a curated article, read?id=<id> for every article',
	curated:
		'true for an article of the curated corpus (geodata/articles/<id>.md), which has a prerendered reader page at articles/<id>; absent for a bulk-ingested one',
	title: 'the headline',
	outlet: 'who published it; the article belongs to its outlet',
	published: 'publication day, YYYY-MM-DD (the 1st for a month-only date)',
	datePrecision: '"day", or "month" when only the month is certain',
	url: 'the original at its outlet, when known',
	byline: 'credit lines, when known',
	dateEvidence: 'how the date was established, when it was not stated',
	body: 'the cleaned text: paragraphs separated by a blank line, "## " opening a crosshead (in an excerpts-only build, only the excerpts)',
	mentions: 'every place named, in text order',
	excerptsOnly:
		'true in an excerpts-only build: body holds only the sentences around mentions and events, the original is at url'
});

const mentionFields = fields<Mention>({
	place: 'the place id (data/places.geojson)',
	start: 'UTF-16 offset in body where the name starts',
	end: 'offset where it ends (exclusive): body.slice(start, end) === surface',
	surface: 'the name as written',
	role: '"dateline" for where the story was filed; such a mention links nothing'
});

const placeFields = fields<PublishedPlaceProperties>({
	name: 'English name',
	nameAr: 'Arabic name',
	aliases: 'every spelling the geoparser matches',
	kind: 'governorate, province, zone, highway, air-base, naval-base, observation-post, capital, city, town, village, mountain, plain, crossing, camp, airport or district',
	precision: '"exact", "approximate", or an uncertainty radius in metres',
	sources: 'where the position or outline comes from (a GeoNames id, a report)',
	established: 'the day or month it came into existence, for a place no event establishes',
	description: 'one sentence',
	seatOf: 'on a town that shares its bare name with its governorate or district: that unit’s id',
	bareName: 'which of the pair a bare name means ("city", or "governorate" for the unit)',
	partOf: 'the group it belongs to (each observation post: turkish-observation-posts)',
	host: 'on an observation post: the id of the village or hill it stands at',
	turkishNumber: 'an observation post’s number in Turkey’s own numbering',
	curation: '"automatic" for a place taken from GeoNames as it stands, not reviewed',
	articleCount:
		'how many articles name it (datelines do not count); their ids are in its panel files, data/places/<place>/head.json and the sealed pages its table lists (the entries whose viaGroup is false)',
	mentionCount: 'mentions across all articles'
});

const placesFileFields = fields<PlacesCollection>({
	type: '"FeatureCollection"',
	format:
		'the shape of this file, 2 (a GeoJSON foreign member; a file without it is form 1, which listed the article ids under each place)',
	features: 'every place, in the order of explorer.json’s places'
});

const explorerFields = fields<ExplorerFile>({
	format: 'the shape of this file, 5; a reader refuses any other',
	places:
		'every place, as columns (below): entry i of each column is place i, the order totals and data/month-counts.json follow',
	outlets:
		'the outlets of the articles, { id, name, aliases?, kind?, party?, basis?, source? }, kind and its source from geodata/outlets.json',
	firstMonth: 'the month of the oldest article (YYYY-MM): month index 0 of the counts',
	monthCount: 'how many months from firstMonth to the newest article’s, both included',
	totals: 'per place, in places order: the articles naming it (or its group), at every date',
	monthTotals: 'per month from firstMonth, monthCount of them: every article of the month',
	outletTotals: 'per outlet, in outlets order: its articles at every date',
	pageSize:
		'articles a place’s list is cut into pages of (20): a sealed data/places/<place>/<n>.json holds 20 to 40, a head.json 20 to 39',
	chronologyPart:
		'articles a month is cut into parts of (250): a data/chronology/<yyyy-mm>/<n>.json holds up to 250 from a build from nothing, up to 500 after a later build took in back-dated articles',
	chronologyParts:
		'[month index, …part numbers in key order] for each month whose parts are not 0 to ⌈articles / chronologyPart⌉ − 1 in order (a build from nothing lists none): the order the chronology reads data/chronology/<yyyy-mm>/<n>.json in',
	events: 'every reviewed event as in data/events.json, without its sentence or quote',
	extractedMonths:
		'[month, count, files] for each month with events found in the text, oldest first: how many it holds and in how many files data/events/months/<yyyy-mm>/<n>.json (n from 0)'
});

const monthCountFields = fields<MonthCountsFile>({
	format: 'the shape of this file, 1; a reader refuses any other',
	firstMonth:
		'as explorer.json’s: month index 0 of the counts (a file whose months differ is of another build)',
	monthCount: 'as explorer.json’s',
	outlets:
		'per outlet, in explorer.json’s outlets order: its articles by month, as [month step, count] pairs (the step from the month before; months with none left out); each sums to the outlet’s outletTotals',
	places:
		'per place, in explorer.json’s places order: the articles naming it (or its group) by month, as [month step, count] pairs, or, where that is at most three quarters as long, as a run [-(first month + 1), count of the first month, change to the next month’s count, …] up to its last month with articles; each sums to the place’s totals'
});

const dayCountFields = fields<DayCounts>({
	month: 'the month, YYYY-MM',
	outlets:
		'per outlet, in explorer.json’s outlets order: its articles of the month by day, as [day step, count] pairs; day 0 holds the month-only articles',
	places:
		'per place id: the articles naming it (or its group) by day and outlet, as [day step, outlet index, count] triples'
});

const outletCountFields = fields<OutletCounts>({
	outlet: 'the outlet id',
	places:
		'per place id: the outlet’s articles naming it (or its group) by month, as [month step, count] pairs'
});

const explorerPlaceFields = fields<PlaceColumns>({
	id: 'the place id, or "" where it is the name’s slug: its words lowercased without accents or apostrophes, joined by "-" (Kafr Nabl: kafr-nabl)',
	name: 'English name',
	kind: 'the kind as a number: its index in governorate, province, zone, highway, air-base, naval-base, observation-post, capital, city, town, village, mountain, plain, crossing, camp, airport, district (0 to 16)',
	precision: 'as in data/places.geojson',
	extraMentions:
		'mentions across all articles less the place’s articles in all (totals at the same index): 0 where it is named once in each article naming it, below 0 where articles count for it without naming it (datelines, a group’s members)',
	point: 'two numbers a place, longitude and latitude; both null where shape has the place’s geometry',
	shape:
		'by place index: the geometry of a place that is not a point (a line, an area, or a group’s members as points), { type, coordinates } as GeoJSON’s but with each line or ring (or the points) one flat list of integers in 1e-5 degree, each pair the step from the one before (the first from 0)',
	nameAr: 'by place index: the Arabic name',
	established:
		'by place index: the day or month it came into existence, from its establishing event or the curated value',
	statuses:
		'by place index, for a post or a zone: its statuses through time, { date, status, event }, oldest first',
	partOf: 'by place index: the id of the group it belongs to',
	automatic: 'the indexes of the places taken from GeoNames, not reviewed, ascending'
});

const placeDetailsFileFields = fields<PlaceDetailsFile>({
	places: 'each place of explorer.json by its id, with what the search box and the place panel read of it'
});

const placeDetailsFields = fields<PlaceDetails>({
	aliases: 'every spelling the geoparser and the search box match',
	description: 'one sentence',
	sources: 'for an automatic place only: its GeoNames id and why it was chosen'
});

const eventFields = fields<PublishedEvent>({
	id: 'stable id',
	places: 'the place ids it happened at',
	date: 'the event’s day, YYYY-MM-DD; the first day of its week or month for those precisions',
	datePrecision:
		'"day", "week" (seven days from date), "month", or "reported" (happened by date, its source’s day)',
	kind: 'captured, recaptured, entered, attacked, deployed, post-established, post-surrounded, post-withdrawn, zone-established, agreement, ceasefire or talks',
	actor: 'who did it, as the source says',
	label: 'what the map and the chronology say, at most 120 characters',
	source: 'an article of the corpus or outside reporting (below)',
	extracted: 'true when the extractor found it in an article’s text and nobody reviewed it',
	confidence: 'for an extracted event: how sure the extractor is, 0–1'
});

const articleSourceFields = fields<PublishedArticleSource>({
	type: '"article"',
	article: 'the article’s id',
	start: 'UTF-16 offset of the sentence in the article’s body',
	end: 'its end (exclusive)',
	sentence: 'the sentence that reports the event',
	outlet: 'the article’s outlet',
	title: 'the article’s headline',
	published: 'the article’s publication day (not the event’s date)',
	curated: 'true when the article is curated and has a prerendered reader page (articles/<id>)'
});

const outsideSourceFields = fields<PublishedOutsideSource>({
	type: '"outside"',
	outlet: 'who reported it',
	url: 'the report’s address',
	published: 'the report’s publication day',
	quote: 'the sentence that reports the event'
});

/**
 * The columns of `data/events.csv`, which the explorer's "Events in range · CSV" download shares: each
 * meaning stands on its own, as the About page lists it under both.
 */
export const EVENT_CSV_FIELDS = fields<Record<(typeof EVENT_CSV_COLUMNS)[number], string>>({
	id: 'the event’s stable id (as in events.json)',
	date: 'the event’s day, YYYY-MM-DD; the first day of its week or month for those precisions',
	date_precision: 'day, week (seven days from date), month, or reported (happened by date, its source’s day)',
	kind: 'what happened: captured, recaptured, entered, attacked, deployed, post-established, post-surrounded, post-withdrawn, zone-established, agreement, ceasefire or talks',
	places: 'the place ids of places.geojson it happened at, joined with ";"',
	actor: 'who did it, as the source says',
	label: 'what the map and the chronology say',
	extracted:
		'true when the extractor found it in an article’s text and nobody reviewed it; false for a reviewed event',
	confidence: 'for an extracted event: how sure the extractor is, 0–1',
	source_outlet: 'who reported it: the article’s outlet, or the outside report’s',
	source_published: 'the source’s publication day (not the event’s date)',
	source_article: 'for an article of the corpus: its id (the reader is read?id=<id>)',
	source_start: 'for an article: the UTF-16 offset of the sentence in its body',
	source_end: 'for an article: the sentence’s end (exclusive)',
	source_url: 'for outside reporting: the report’s address',
	source_text: 'the sentence or quote that reports the event'
});

const placeHeadFields = fields<PlaceHead>({
	place: 'the place id',
	entries:
		'the newest articles of the place’s list that no sealed page holds (20 to 39 in a build from nothing, or all of a list under 40), newest first (below)',
	table: 'the newest rows of the table of the place’s files and the list of its older table parts (below)'
});

const placePageFields = fields<PlacePage>({
	place: 'the place id',
	page: 'n, the file’s number: which articles it holds is in the head’s table, not in n (files are numbered in the order they were made); once written, a page keeps its span of keys, takes in only articles dated inside that span, and when it would pass 40 splits into pages numbered after all the others, so a number never names other articles',
	entries: 'one per article (as in head.json)'
});

const placePageTableFields = fields<PlacePageTable>({
	count: 'articles in the place’s list',
	size: 'articles a page is cut to (20); a sealed page holds 20 to 40 (fewer only when articles were taken out)',
	keyBits:
		'the bits of a key’s rank, as data/search/index.json’s keyBits: a key’s day is floor(key / 2^keyBits)',
	first:
		'per file the head lists, in key order (the sealed pages newer than every table part, then the head last): the key of its oldest article, delta-coded; a file holds the articles from its own first key up to the next file’s, so the file holding a range’s newest article is the last whose day is on or before the range’s end',
	pages:
		'per sealed file the head lists, in the same key order: its number n (data/places/<place>/<n>.json); not ascending once a page has split',
	parts:
		'the older rows of the table, in sealed table parts (data/places/<place>/table-<n>.json): { size, first, numbers } (below)'
});

const placeTablePartsFields = fields<PlaceTableParts>({
	size: 'rows a table part is cut to (250); a sealed part holds 250 to 500, the head 250 to 499 once the place has parts',
	first:
		'per part in key order: the key of its first row’s oldest article, delta-coded; a part holds the rows from its own first key up to the next part’s (the last: up to the head’s first row)',
	numbers: 'per part in the same order: its number n (data/places/<place>/table-<n>.json)'
});

const placeTablePartFields = fields<PlaceTablePart>({
	place: 'the place id',
	part: 'n, the part’s number: once written, a part keeps its span of keys and when it would pass 500 rows splits into parts numbered after all the others, as the pages do',
	keyBits: 'the head’s keyBits, which the part’s keys are in',
	first: 'per row (a sealed page) in key order: the key of the page’s oldest article, delta-coded',
	pages: 'per row in the same order: the page’s number n (data/places/<place>/<n>.json)'
});

const panelEntryFields = fields<PanelEntry>({
	position: `the article’s key: day × 2^keyBits + rank (data/search/index.json’s keyBits), day the publication day counted from 1970-01-01 and rank its place among that day’s articles; ascending in the published order (${ARTICLE_ORDER}), not dense`,
	article:
		'{ id, title, outlet, published, datePrecision, curated? }: curated is true when the reader is articles/<id>, else read?id=<id>',
	outletId: 'the id of the article’s outlet in explorer.json’s outlets',
	viaGroup: 'true when the article names only the place’s group ("the observation posts")',
	excerpts:
		'up to five: { mention, segments }, the sentence around each mention as plain and marked runs; mention is the reader’s #m-<n> anchor',
	omitted: '{ count, next }: mentions not excerpted, and the first of them (the reader’s anchor)'
});

const chronologyPartFields = fields<ChronologyPart>({
	month: 'the month, YYYY-MM',
	part: 'n, its number: from nothing part n holds the month’s articles n × chronologyPart onwards, oldest first; a later build keeps each part’s span and numbers a split part’s pieces after the month’s others (explorer.json’s chronologyParts lists them in key order)',
	articles: 'one per article (below)'
});

const chronologyTableFields = fields<ChronologyTable>({
	keyBits: 'the bits of the keys below (data/search/index.json’s keyBits of the same build)',
	months:
		'per month (YYYY-MM): { first, parts }: parts its parts’ numbers in key order, first the key of each one’s oldest article, delta-coded; a part holds the articles from its own first key up to the next part’s'
});

const monthArticleFields = fields<MonthArticle>({
	id: 'the article’s id',
	title: 'the headline',
	outlet: 'who published it',
	published: 'publication day (the 1st for a month-only date)',
	datePrecision: '"day" or "month"',
	url: 'the original at its outlet, when known',
	position: `its key, as a place page’s entry has it (ascending in the published order, ${ARTICLE_ORDER})`,
	outletId: 'the id of its outlet in explorer.json’s outlets',
	places: 'the ids of the places it names',
	curated: 'true for a curated article, whose reader is articles/<id>; any other is read at read?id=<id>'
});

const searchManifestFields = fields<SearchManifest>({
	version:
		'the format’s version (4: positions are the articles’ keys, docs files cut by key; 3 made a frequent word’s term entry the word alone)',
	articles: 'how many articles are indexed',
	keyBits: `the bits of an article’s key given to its rank that day: a position (key) is day × 2^keyBits + rank, day the publication day counted from 1970-01-01 and rank the article’s place among that day’s (${ARTICLE_ORDER})`,
	docBits:
		'the article of key k is in data/search/docs/⌊k / 2^docBits⌋.json, at index k − n × 2^docBits of that file n',
	page: 'positions per sealed postings page (a head.json holds page to 2 × page − 1)',
	inline:
		'most articles a term entry lists inline: a word whose entry is the word alone is in more articles than this',
	shards:
		'the term shards’ prefixes, sorted; a word is in the shard of the longest prefix it starts with (the file name writes a letter outside a–z and 0–9 as _<hex code>_)'
});

const termShardFields = fields<TermShard>({
	prefix: 'the prefix its words start with',
	terms:
		'[word, articles, positions] with the ascending positions of the articles holding the word (at most inline of them, index.json’s), delta-coded (each the step from the one before), or [word] when more articles hold it: its positions and count are in its postings files (data/search/postings/<word>/head.json first), so the entry stays the same as articles are added; sorted by word. A term "~<outlet id>" (explorer.json’s outlet ids) lists the articles of that outlet, for the outlet filter; no word starts with "~"'
});

const postingsHeadFields = fields<PostingsHead>({
	positions:
		'the word’s newest positions, those in no sealed page (page to 2 × page − 1 of them, all under 2 × page), ascending, delta-coded',
	pages:
		'the first (lowest) position of every file of the word in key order, oldest first: the sealed pages and last the head, delta-coded; a position is in the last file whose first is at or below it',
	numbers:
		'the number n of each sealed file (data/search/postings/<word>/<n>.json) in the same order; a build from nothing numbers them 0, 1, … oldest first, a later one keeps each page’s span of keys and splits a page past 2 × page into pages numbered after all the others',
	count: 'how many articles hold the word'
});

const postingsPageFields = fields<PostingsPage>({
	positions:
		'the word’s positions in the span of keys the head’s pages give file n (page to 2 × page of them), ascending, delta-coded; a sealed page does not change when newer articles are added, and takes in only articles dated inside its span'
});

const searchDocChunkFields = fields<SearchDocChunk>({
	chunk: 'n: the file holds the articles of keys n × 2^docBits onwards, one per key, of one day',
	articles: 'one per article (below)'
});

const searchDocFields = fields<SearchDoc>({
	id: 'the article’s id',
	title: 'the headline',
	outlet: 'who published it',
	date: 'publication day, or month (yyyy-mm) when only that is known',
	sentences: 'the published text, sentence by sentence, whitespace collapsed',
	curated: 'true for a curated article, whose reader is articles/<id>; any other is read at read?id=<id>'
});

const shardIndexFields = fields<ArticleShardIndex>({
	bits: 'the shard of an article is the top `bits` bits of a 32-bit hash of its id (FNV-1a, then MurmurHash3’s finaliser; src/lib/data/article-shards.ts); 0: one shard',
	files: 'how many shard files there are (a shard no article falls in has none)',
	articles: 'how many articles they hold'
});

const shardFields = fields<ArticleShard>({
	shard: 'n: the articles whose id hashes to this shard',
	articles: 'each article as the reader shows it (below)'
});

const shardArticleFields = fields<ShardArticle>({
	id: 'the article’s id',
	title: 'the headline',
	outlet: 'who published it',
	published: 'publication day',
	datePrecision: '"day" or "month"',
	url: 'the original at its outlet, when known',
	byline: 'credit lines, when known',
	dateEvidence: 'how the date was established, when it was not stated',
	curated: 'true for a curated article (which also has a prerendered page)',
	body: 'the cleaned text: paragraphs separated by a blank line, "## " opening a crosshead (in an excerpts-only build, only the excerpts)',
	mentions: 'every place named, in text order (below)',
	excerptsOnly: 'true in an excerpts-only build',
	places: 'the places it names, in order of first mention: { id, name, kind, count }',
	events:
		'the events it is the source of, in text order: { id, date, datePrecision, kind, label, extracted, places: [{ id, name }], start, end }'
});

/** `data/events.json` is `{ events }`; listed so its one key is described too. */
const eventsFileFields = fields<EventsFile>({
	events: 'every event, oldest first (by date, then id), reviewed and extracted alike'
});

const extractedEventFields = fields<ExtractedEventRecord>({
	id: 'stable id, as in data/events.json',
	places: 'the place ids it happened at (a reviewed event saying the same has removed its places)',
	date: 'the event’s day, the first of its span for week and month',
	datePrecision: 'day, week, month or reported (only the day the article was published)',
	kind: 'from the event vocabulary, as in data/events.json',
	label: 'a short label',
	confidence: 'how sure the extractor is, 0–1',
	source:
		'{ article, start, end, sentence, outlet, outletId?, published, curated? }: the article, UTF-16 offsets of the sentence in its body, the sentence, the outlet as written and its id in explorer.json’s outlets, the publication day, and true when the article has a prerendered reader page'
});

const extractedPlaceHeadFields = fields<ExtractedPlaceHead>({
	place: 'the place id',
	events:
		'the place’s newest events that no sealed page holds (50 to 99 in a build from nothing, or all of fewer than 100), newest first, as below',
	pages:
		'for every file in key order, oldest first (the sealed pages, then the head): { first, last, count, page, from }'
});

const extractedPlaceFields = fields<ExtractedPlacePage>({
	place: 'the place id',
	page: 'n, the file’s number: where its events fall in the place’s list (by date, then id) is in the head’s pages, not in n; once written, a page keeps its span, takes in only events dated inside it, and when it would pass 100 splits into pages numbered after all the others',
	events: 'the events, as in head.json'
});

const extractedSpanFields = fields<ExtractedPageSpan>({
	first: 'the first day its events may fall on',
	last: 'the last day its events may fall on',
	count: 'how many events it holds',
	page: 'a sealed file’s number n (data/events/places/<place>/<n>.json); absent on the head',
	from: '[date, id] of its oldest event, where its span of the list starts (absent when it holds none)'
});

const extractedMonthFields = fields<ExtractedMonth>({
	month: 'YYYY-MM',
	page: 'which file of the month this is, from 0',
	events:
		'its share of the events found in the text dated in that month, oldest first (by date, then id), as below; file n + 1 goes on where file n ends'
});

/** Every published file, in the order the data flows from curated files to what the page reads. */
export const PUBLISHED_FILES: readonly FileDoc[] = [
	{
		path: 'data/places.geojson',
		format: 'GeoJSON (RFC 7946, WGS84, longitude first)',
		about:
			'Every place, curated or found automatically, with how many articles and mentions name it; its size follows the places, not the articles. A group (the observation posts) has its members’ points as a MultiPoint.',
		records: [
			{ record: 'the file', fields: placesFileFields },
			{ record: 'features[] (id: the place id; geometry; properties)', fields: placeFields }
		],
		changes: [
			'Form 2 (4 December 2026): properties.articles, the ids of every article naming the place, became properties.articleCount, and the file gained format: 2. The ids grew with the corpus (7.2 of the 8.0 MB at 10,100 articles) and made a build that adds articles read and rewrite the whole file; they are in each place’s panel files (data/places/<place>/head.json, then the sealed pages its table lists, newest first; the entries whose viaGroup is false), and every article’s mentions are in the article shards and npm run export:articles.'
		]
	},
	{
		path: 'data/events.json',
		format: 'JSON',
		about: 'Every event: what happened where and when, each with the sentence or quote that reports it.',
		records: [
			{ record: 'the file', fields: eventsFileFields },
			{ record: 'events[]', fields: eventFields },
			{ record: 'source, for an article of the corpus', fields: articleSourceFields },
			{ record: 'source, for outside reporting', fields: outsideSourceFields }
		]
	},
	{
		path: 'data/events.csv',
		format: 'CSV (RFC 4180, UTF-8), one row per event; a cell starting = + - or @ has a leading apostrophe',
		about: 'The events of events.json for spreadsheets.',
		records: [{ record: 'columns', fields: EVENT_CSV_FIELDS }]
	},
	{
		path: 'data/explorer.json',
		format: 'JSON',
		about:
			'What the explorer’s first screen reads: the places, and how many articles each place, month and outlet has in all; its size follows the places and months, not the articles. Written compactly, as the first screen waits for it: the places as columns.',
		records: [
			{ record: 'the file', fields: explorerFields },
			{ record: 'places (one column per field)', fields: explorerPlaceFields }
		]
	},
	{
		path: 'data/month-counts.json',
		format: 'JSON',
		about:
			'The articles counted by place and by outlet per month, which a date range’s counts are summed from. The explorer fetches it once its map is first idle, or at once when the address has a date range; its size follows places × months, not the articles. Written compactly: the counts as steps and changes.',
		records: [{ record: 'the file', fields: monthCountFields }]
	},
	{
		path: 'data/place-details.json',
		format: 'JSON',
		about:
			'What the search box and the place panel read of each place beyond the first screen: its spellings, description and sources. The explorer fetches it once its map is first idle, or earlier when a place is opened or the search box used; its size follows the places, not the articles.',
		records: [
			{ record: 'the file', fields: placeDetailsFileFields },
			{ record: 'places[id]', fields: placeDetailsFields }
		]
	},
	{
		path: 'data/days/<yyyy-mm>.json',
		format: 'JSON, one file per month with articles',
		about:
			'A month’s articles counted by day, per outlet and per place, fetched when a date range starts or ends inside that month.',
		records: [{ record: 'the file', fields: dayCountFields }]
	},
	{
		path: 'data/outlets/<outlet>.json',
		format: 'JSON, one file per outlet',
		about: 'One outlet’s articles counted per place by month, fetched when the outlet filter chooses it.',
		records: [{ record: 'the file', fields: outletCountFields }]
	},
	{
		path: 'data/places/<place>/head.json',
		format: 'JSON, one file per place some article names',
		about:
			'A place’s newest excerpts (the sentence around each mention), the first file fetched when the place is opened, with the newest rows of the table of where each of its files falls in time and the list of the table’s older parts, so its size does not grow with the place’s articles. Only the head changes when newer articles are added, until it has 40 and its oldest 20 are sealed into a page (and its table 500 rows, the oldest 250 sealed into a table part); an article dated before the head goes into the sealed page whose span holds it.',
		records: [
			{ record: 'the file', fields: placeHeadFields },
			{ record: 'table', fields: placePageTableFields },
			{ record: 'table.parts', fields: placeTablePartsFields },
			{ record: 'entries[]', fields: panelEntryFields }
		]
	},
	{
		path: 'data/places/<place>/<n>.json',
		format: 'JSON, one file per 20 to 40 articles of a place',
		about:
			'A place’s older excerpts, sealed, each newest first: a build from nothing cuts them from the oldest end (page 0 its 20 oldest articles, page 1 the next 20), and a later build keeps each page’s span (the split rule: data/places/<place>/head.json’s pages); fetched, in the order the head’s table lists them, as the panel shows older articles or a date range reaches them.',
		records: [{ record: 'the file', fields: placePageFields }]
	},
	{
		path: 'data/places/<place>/table-<n>.json',
		format: 'JSON, one file per 250 to 500 sealed pages of a place (a place of over 10,000 articles)',
		about:
			'The older rows of a place’s table of pages, sealed as the pages are (a build keeps each part’s span of keys; data/places/<place>/head.json’s table.parts lists them); fetched only when the panel goes older than the rows the head keeps or a date range ends before them.',
		records: [{ record: 'the file', fields: placeTablePartFields }]
	},
	{
		path: 'data/chronology/<yyyy-mm>/<n>.json',
		format: 'JSON, one file per up to 250 articles of a month (up to 500 after later builds)',
		about:
			'The articles’ titles, outlets, places and original addresses by month, fetched as the chronology lists them or a download takes them.',
		records: [
			{ record: 'the file', fields: chronologyPartFields },
			{ record: 'articles[]', fields: monthArticleFields }
		]
	},
	{
		path: 'data/chronology/parts.json',
		format: 'JSON',
		about:
			'How the build cut each month’s articles into parts, read by the next build, which keeps each part’s span (a back-dated article goes into the part whose span holds its key; a part past 500 splits). The page reads explorer.json’s chronologyParts instead.',
		records: [{ record: 'the file', fields: chronologyTableFields }]
	},
	{
		path: 'data/events/reviewed.json',
		format: 'JSON',
		about:
			'The reviewed events exactly as data/events.json has them (same records), fetched the first time the chronology or a panel lists events.',
		records: [{ record: 'the file', fields: eventsFileFields }]
	},
	{
		path: 'data/events/places/<place>/head.json',
		format: 'JSON, one file per place some article names',
		about:
			'A place’s newest events found automatically in the articles’ text (not reviewed), fetched when the place is opened, with the span of days of each of its files.',
		records: [
			{ record: 'the file', fields: extractedPlaceHeadFields },
			{ record: 'pages[]', fields: extractedSpanFields },
			{ record: 'events[]', fields: extractedEventFields }
		]
	},
	{
		path: 'data/events/places/<place>/<n>.json',
		format: 'JSON, one file per 50 to 100 events of a place',
		about:
			'A place’s older events found automatically in the articles’ text, sealed, each newest first: a build from nothing cuts them from the oldest end (page 0 its 50 oldest), a later build keeps each page’s span (the split rule); fetched, by the number the head’s pages give, as the panel shows older events or a date range reaches them.',
		records: [{ record: 'the file', fields: extractedPlaceFields }]
	},
	{
		path: 'data/events/months/<yyyy-mm>/<n>.json',
		format: 'JSON, a month in files of at most 200 events and 100 KB each',
		about:
			'A month’s events found automatically in the articles’ text (not reviewed), oldest first, fetched as the chronology lists them.',
		records: [
			{ record: 'the file', fields: extractedMonthFields },
			{ record: 'events[]', fields: extractedEventFields }
		]
	},
	{
		path: 'data/articles/shards.json',
		format: 'JSON',
		about:
			'How to find an article’s shard: the reader at read?id=<id> reads it, then the one shard file that holds the article.',
		records: [{ record: 'the file', fields: shardIndexFields }]
	},
	{
		path: 'data/articles/<n>.json',
		format: 'JSON',
		about:
			'The articles whose id hashes to shard n, each as the reader shows it, so any article, curated or bulk-ingested, is read without a page of its own; about 100 KB each.',
		records: [
			{ record: 'the file', fields: shardFields },
			{ record: 'articles[]', fields: shardArticleFields },
			{ record: 'articles[].mentions[]', fields: mentionFields }
		]
	},
	{
		path: 'data/search/index.json',
		format: 'JSON',
		about:
			'How the article search index is cut into the files below, fetched on the first search. A query’s words are looked up in their term shards; the articles listed are read from the docs files.',
		records: [{ record: 'the file', fields: searchManifestFields }]
	},
	{
		path: 'data/search/terms/<shard>.json',
		format: 'JSON, one file per word prefix (split until each is under about 48 KB)',
		about:
			'Every word of the articles’ titles and text starting with the shard’s prefix, folded (lowercase, no diacritics), with the articles holding it. A word in no article is in no shard.',
		records: [{ record: 'the file', fields: termShardFields }]
	},
	{
		path: 'data/search/postings/<word>/head.json',
		format:
			'JSON, for a word in more than 64 articles; <word> is written as a shard’s prefix is (_<hex code>_ for a letter outside a–z and 0–9)',
		about:
			'A frequent word’s newest positions and the table of its files, from which its count follows; a query whose words are all frequent reads each one’s head to know which is the rarest. Its positions are cut from the oldest end: full sealed pages of 4,000 and this head with the rest, so an article added after the others changes only the heads of its words until one seals another page (and not their term shards).',
		records: [{ record: 'the file', fields: postingsHeadFields }]
	},
	{
		path: 'data/search/postings/<word>/<n>.json',
		format: 'JSON, 4,000 to 8,000 positions a file',
		about:
			'A sealed page of a frequent word’s positions, the head’s numbers saying which span of keys it holds; read, newest first in the head’s order, after the head.',
		records: [{ record: 'the file', fields: postingsPageFields }]
	},
	{
		path: 'data/search/docs/<n>.json',
		format: 'JSON, one file per 8 articles by position',
		about:
			'The articles as a search result shows them: title, outlet, date and the text sentence by sentence (only the excerpts in an excerpts-only build).',
		records: [
			{ record: 'the file', fields: searchDocChunkFields },
			{ record: 'articles[]', fields: searchDocFields }
		]
	}
];

/**
 * `npm run export:articles`: every article with its text and mentions, one JSON object a line, streamed
 * from the dataset so its size is bounded by the disk, not by a string or a heap. The site publishes no
 * such monolith: at a million articles it would be gigabytes that no page reads.
 */
export const ARTICLE_EXPORT: ExportDoc = {
	command: 'npm run export:articles',
	format: `JSON Lines (one article a line, UTF-8), ${ARTICLE_ORDER}`,
	about:
		'Every article with its text and every place mention, for anyone who wants them all; the site itself publishes them in the shards data/articles/<n>.json.',
	records: [
		{ record: 'each line', fields: articleFields },
		{ record: 'mentions[]', fields: mentionFields }
	]
};
