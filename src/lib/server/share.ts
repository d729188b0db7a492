/**
 * What a shared link previews: the description and Open Graph tags of the explorer (written into its
 * prerendered shell, which the browser then fills) and of each place's share page (`/places/<id>`).
 * Link previews and search engines read the HTML as served and run no script, so these are built at
 * build time from the published dataset.
 */
import type { Dataset } from '../data/dataset';
import { isLink } from '../data/link';
import type { PlaceKind } from '../places/kinds';
import { SITE_NAME, SITE_TITLE } from '../core/site';

/** The years a dataset's articles span, "2018–2025" (one year alone when they share it). */
export function yearSpan({ articles }: Dataset): string {
	if (!articles.length) return '';
	const first = articles[0]!.published.slice(0, 4);
	const last = articles.at(-1)!.published.slice(0, 4);
	return first === last ? first : `${first}–${last}`;
}

/** The explorer's description: what it shows, from how many articles, over which years. */
export function explorerDescription(dataset: Dataset): string {
	const n = dataset.articles.length;
	const years = yearSpan(dataset);
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
	const named = new Map<string, { count: number; first: string; last: string }>();
	for (const a of dataset.articles) {
		for (const place of new Set(a.mentions.filter(isLink).map((m) => m.place))) {
			const e = named.get(place);
			if (e) {
				e.count++;
				e.last = a.published;
			} else named.set(place, { count: 1, first: a.published, last: a.published });
		}
	}
	return new Map(
		dataset.places.map((p) => {
			const n = named.get(p.id);
			const years = n
				? `${n.first.slice(0, 4)}${n.last.slice(0, 4) !== n.first.slice(0, 4) ? `–${n.last.slice(0, 4)}` : ''}`
				: '';
			const said = n
				? `Named in ${n.count} ${n.count === 1 ? 'article' : 'articles'} of the corpus (${years}).`
				: 'No article of the corpus names it yet.';
			return [
				p.id,
				{
					id: p.id,
					name: p.name,
					kind: p.kind,
					description: p.description ? `${p.description} ${said}` : said,
					articles: n?.count ?? 0
				}
			];
		})
	);
}

/** `"`, `&`, `<` and `>` escaped, for a value written into an HTML attribute by hand. */
function attr(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The explorer shell's head tags: description, Open Graph and Twitter card, and `og:url` when the
 * site's address is configured.
 */
export function explorerHeadTags(dataset: Dataset, siteUrl: string | undefined): string {
	const title = SITE_TITLE;
	const description = explorerDescription(dataset);
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
