/**
 * What a shared link previews: the description and Open Graph tags of the explorer (written into its
 * prerendered shell, which the browser then fills) and of each place's share page (`/places/<id>`).
 * Link previews and search engines read the HTML as served and run no script, so these are built at
 * build time from the published dataset.
 */
import type { Dataset } from '../data/dataset';
import { isLink } from '../data/link';
import type { PlaceKind } from '../places/kinds';
import type { Place } from '../places/schema';
import { SITE_NAME, SITE_TITLE } from '../core/site';

/** How many articles a corpus holds and the publication days of its oldest and newest. */
export interface CorpusSpan {
	articles: number;
	first?: string;
	last?: string;
}

/** The span of a dataset's articles (oldest first). */
export function corpusSpan({ articles }: Pick<Dataset, 'articles'>): CorpusSpan {
	return { articles: articles.length, first: articles[0]?.published, last: articles.at(-1)?.published };
}

/** The years a corpus's articles span, "2018–2025" (one year alone when they share it). */
export function yearSpan({ articles, first, last }: CorpusSpan): string {
	if (!articles || !first || !last) return '';
	return first.slice(0, 4) === last.slice(0, 4)
		? first.slice(0, 4)
		: `${first.slice(0, 4)}–${last.slice(0, 4)}`;
}

/** The explorer's description: what it shows, from how many articles, over which years. */
export function explorerDescription(span: CorpusSpan): string {
	const n = span.articles;
	const years = yearSpan(span);
	return (
		`The places named in ${n} news ${n === 1 ? 'report' : 'reports'} on the Idlib crisis in north-west Syria` +
		`${years ? ` (${years})` : ''}, on a map that narrows by date, each linked to the sentences that name it.`
	);
}

/** A place as its share page shows it and its link previews describe it. */
export interface PlaceShare {
	id: string;
	name: string;
	kind: PlaceKind;
	/** The curated description, or one made from what the corpus says of it. */
	description: string;
	/** How many articles name it (a dateline does not count). */
	articles: number;
}

/** The share page of every place of the dataset, by id. */
export function placeShares(dataset: Dataset): Map<string, PlaceShare> {
	const named = new Map<string, PlaceNamed>();
	for (const a of dataset.articles) {
		for (const place of new Set(a.mentions.filter(isLink).map((m) => m.place))) {
			const e = named.get(place);
			if (e) {
				e.count++;
				e.last = a.published;
			} else named.set(place, { count: 1, first: a.published, last: a.published });
		}
	}
	return new Map(dataset.places.map((p) => [p.id, placeShare(p, named.get(p.id))]));
}

/** How many articles name a place, and the publication days of the oldest and newest of them. */
export interface PlaceNamed {
	count: number;
	first: string;
	last: string;
}

/** The share page of one place, named as `named` says (undefined: by no article). */
export function placeShare(
	p: Pick<Place, 'id' | 'name' | 'kind' | 'description'>,
	n: PlaceNamed | undefined
): PlaceShare {
	const years = n
		? `${n.first.slice(0, 4)}${n.last.slice(0, 4) !== n.first.slice(0, 4) ? `–${n.last.slice(0, 4)}` : ''}`
		: '';
	const said = n
		? `Named in ${n.count} ${n.count === 1 ? 'article' : 'articles'} of the corpus (${years}).`
		: 'No article of the corpus names it yet.';
	return {
		id: p.id,
		name: p.name,
		kind: p.kind,
		description: p.description ? `${p.description} ${said}` : said,
		articles: n?.count ?? 0
	};
}

/** `"`, `&`, `<` and `>` escaped, for a value written into an HTML attribute by hand. */
function attr(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The explorer shell's head tags: description, Open Graph and Twitter card, and `og:url` when the
 * site's address is configured.
 */
export function explorerHeadTags(span: CorpusSpan, siteUrl: string | undefined): string {
	const title = SITE_TITLE;
	const description = explorerDescription(span);
	const tags: [string, string, string][] = [
		['name', 'description', description],
		['property', 'og:type', 'website'],
		['property', 'og:site_name', SITE_NAME],
		['property', 'og:title', title],
		['property', 'og:description', description],
		['name', 'twitter:card', 'summary'],
		['name', 'twitter:title', title],
		['name', 'twitter:description', description]
	];
	if (siteUrl) tags.push(['property', 'og:url', `${siteUrl}/`]);
	return tags
		.map(([key, name, content]) => `<meta ${key}="${name}" content="${attr(content)}">`)
		.join('\n\t\t');
}
