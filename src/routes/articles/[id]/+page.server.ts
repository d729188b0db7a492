import { error } from '@sveltejs/kit';
import type { PlaceKind } from '$lib/places/schema';
import { loadDataset } from '$lib/server/pipeline';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every article gets a static page: the site is served without a server, so nothing renders on demand. */
export const prerender = true;

/** The ids of every article, so prerendering writes a page even for articles nothing links to yet. */
export const entries: EntryGenerator = () => loadDataset().articles.map((a) => ({ id: a.id }));

/** A place as the reader lists it: enough to name it and link to it on the map, nothing heavier. */
interface ArticlePlace {
	id: string;
	name: string;
	kind: PlaceKind;
	/** How many times this article mentions the place. */
	count: number;
}

/**
 * One article with its mentions and the places they name. Places are listed in order of first mention
 * so the aside reads in the same order as the text.
 */
export const load: PageServerLoad = ({ params }) => {
	const { articles, places } = loadDataset();
	const article = articles.find((a) => a.id === params.id);
	if (!article) error(404, `No article with id "${params.id}"`);

	const counts = new Map<string, number>();
	for (const m of article.mentions) counts.set(m.place, (counts.get(m.place) ?? 0) + 1);
	const byId = new Map(places.map((p) => [p.id, p]));
	const mentioned: ArticlePlace[] = [...counts].flatMap(([id, count]) => {
		const place = byId.get(id);
		return place ? [{ id, name: place.name, kind: place.kind, count }] : [];
	});

	const { title, outlet, published, datePrecision, url, byline, dateEvidence, body, mentions } = article;
	return {
		id: article.id,
		title,
		outlet,
		published,
		datePrecision,
		url,
		byline,
		dateEvidence,
		body,
		mentions,
		places: mentioned
	};
};
