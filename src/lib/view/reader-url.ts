/**
 * The one way to link to an article's reader. A curated article (`curated: true` in the published
 * records) has a prerendered page, `/articles/<id>`; every article, bulk-ingested or curated, can be
 * read at the shard reader, `/read?id=<id>`, which renders it from its shard
 * (`data/articles/<n>.json`). So a record that does not say it is curated still links to a reader that
 * works. The anchor is the reader's `#m-<n>` (a mention, by its index in the article's mentions) or
 * `#e-<id>` (the sentence of an event). Pure and browser-free, so a prerendered page can use it:
 * `resolve(readerPath(article))`.
 */

/** What a link needs to know of an article. */
export interface ArticleRef {
	id: string;
	/** True for an article with a prerendered reader page (`geodata/articles/<id>.md`). */
	curated?: boolean;
}

/** Where in the article the reader opens: a mention (its index) or an event's sentence (its id). */
export type ReaderAnchor = { mention: number } | { event: string };

/** A reader's path from the site's root: what SvelteKit's typed `resolve` accepts for the two routes. */
export type ReaderPath =
	| `/articles/${string}`
	| `/articles/${string}#${string}`
	| `/read?id=${string}`
	| `/read?id=${string}#${string}`;

function anchorOf(anchor: ReaderAnchor | undefined): string {
	if (!anchor) return '';
	return 'mention' in anchor ? `#m-${anchor.mention}` : `#e-${encodeURIComponent(anchor.event)}`;
}

/** The path of an article's reader, optionally at a mention or an event's sentence. */
export function readerPath(article: ArticleRef, anchor?: ReaderAnchor): ReaderPath {
	const id = encodeURIComponent(article.id);
	const hash = anchorOf(anchor);
	return article.curated ? `/articles/${id}${hash}` : `/read?id=${id}${hash}`;
}

/** The article id a shard reader's address asks for, or undefined when it names none. */
export function readerId(url: URL): string | undefined {
	const id = url.searchParams.get('id');
	return id ? id : undefined;
}
