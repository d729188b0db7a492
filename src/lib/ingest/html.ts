import { Parser } from 'htmlparser2';

/** What a saved page says about itself, besides its text: each value as written, for evidence. */
export interface PageMeta {
	title?: string;
	siteName?: string;
	/** The page's own publication date, with the element it came from. */
	published?: { value: string; source: string };
	url?: string;
}

/** A saved HTML page turned into the line-per-block text the capture cleaner reads. */
export interface HtmlPage {
	text: string;
	meta: PageMeta;
}

/** Elements whose content is never article text: code, styling, embedded media and forms. */
const SKIPPED = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'svg',
	'math',
	'iframe',
	'object',
	'canvas',
	'select',
	'button',
	'form'
]);

/** Landmarks that hold a page's furniture (menus, footers, sidebars) in semantic HTML. */
const FURNITURE = new Set(['nav', 'footer', 'aside']);

/** Elements that start a new line of text: the cleaner works line by line. */
const BLOCKS = new Set([
	'address',
	'article',
	'blockquote',
	'br',
	'dd',
	'div',
	'dl',
	'dt',
	'figcaption',
	'figure',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'hr',
	'li',
	'main',
	'ol',
	'p',
	'pre',
	'section',
	'table',
	'td',
	'th',
	'title',
	'tr',
	'ul'
]);

/** Meta tags that carry a publication date, best first. */
const DATE_META = [
	'article:published_time',
	'datepublished',
	'og:published_time',
	'pubdate',
	'publishdate',
	'date',
	'dc.date',
	'dc.date.issued',
	'sailthru.date',
	'parsely-pub-date'
];

interface JsonLdFacts {
	datePublished?: string;
	publisher?: string;
	headline?: string;
	url?: string;
}

/** Reads the facts a news page's JSON-LD states; a broken block is ignored, not fatal. */
function jsonLdFacts(source: string): JsonLdFacts {
	let data: unknown;
	try {
		data = JSON.parse(source);
	} catch {
		return {};
	}
	const facts: JsonLdFacts = {};
	const visit = (node: unknown, depth: number): void => {
		if (depth > 6 || node === null || typeof node !== 'object') return;
		if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
		const o = node as Record<string, unknown>;
		if (typeof o.datePublished === 'string') facts.datePublished ??= o.datePublished;
		if (typeof o.headline === 'string') facts.headline ??= o.headline;
		if (typeof o.url === 'string' && o.datePublished) facts.url ??= o.url;
		const publisher = o.publisher as Record<string, unknown> | undefined;
		if (publisher && typeof publisher.name === 'string') facts.publisher ??= publisher.name;
		if (o['@graph']) visit(o['@graph'], depth + 1);
	};
	visit(data, 0);
	return facts;
}

/**
 * Turns a saved page into capture text and the facts its head states. Scripts, styles, forms and the
 * landmarks semantic HTML reserves for furniture (`nav`, `footer`, `aside`) are left out; every block
 * element starts a line; entities are decoded once, so `&amp;lt;` stays the literal text `&lt;`. When the
 * page has an `<article>` with real text, only it (and an `<h1>` outside it) is kept, as readers do.
 * The text is never interpreted as HTML again: it goes to the cleaner as plain text.
 */
export function htmlToText(html: string): HtmlPage {
	const meta: PageMeta = {};
	const metaDates = new Map<string, string>();
	let all = '';
	let inArticle = '';
	let heading = '';
	let skipDepth = 0;
	let articleDepth = 0;
	let headingDepth = 0;
	let titleText: string | undefined;
	let inTitle = false;
	let jsonLd: string | undefined;
	const jsonLdBlocks: string[] = [];
	let timeDate: string | undefined;

	const push = (s: string) => {
		all += s;
		if (articleDepth > 0) inArticle += s;
		if (headingDepth > 0 && articleDepth === 0) heading += s;
	};

	const parser = new Parser(
		{
			onopentag(name, attrs) {
				if (name === 'script' && (attrs.type ?? '').toLowerCase() === 'application/ld+json') jsonLd = '';
				if (SKIPPED.has(name) || FURNITURE.has(name)) {
					skipDepth++;
					return;
				}
				if (name === 'meta') {
					const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
					const content = attrs.content?.trim();
					if (!key || !content) return;
					if (key === 'og:site_name' || key === 'application-name') meta.siteName ??= content;
					if (key === 'og:title') meta.title ??= content;
					if (key === 'og:url') meta.url ??= content;
					if (DATE_META.includes(key)) metaDates.set(key, content);
					return;
				}
				if (name === 'link' && (attrs.rel ?? '').toLowerCase() === 'canonical' && attrs.href) {
					meta.url ??= attrs.href;
					return;
				}
				if (skipDepth > 0) return;
				if (name === 'title') inTitle = true;
				if (name === 'time' && attrs.datetime && (articleDepth > 0 || !timeDate)) timeDate ??= attrs.datetime;
				if (name === 'article') articleDepth++;
				if (name === 'h1') headingDepth++;
				if (BLOCKS.has(name)) push('\n');
			},
			ontext(text) {
				if (jsonLd !== undefined) {
					jsonLd += text;
					return;
				}
				if (skipDepth > 0) return;
				if (inTitle) {
					titleText = (titleText ?? '') + text;
					return;
				}
				push(text.replace(/[ \t\r\n\f]+/g, ' '));
			},
			onclosetag(name) {
				if (name === 'script' && jsonLd !== undefined) {
					jsonLdBlocks.push(jsonLd);
					jsonLd = undefined;
				}
				if (SKIPPED.has(name) || FURNITURE.has(name)) {
					skipDepth = Math.max(0, skipDepth - 1);
					return;
				}
				if (skipDepth > 0) return;
				if (name === 'title') inTitle = false;
				if (BLOCKS.has(name)) push('\n');
				if (name === 'article') articleDepth = Math.max(0, articleDepth - 1);
				if (name === 'h1') {
					headingDepth = Math.max(0, headingDepth - 1);
					if (articleDepth === 0) heading += '\n';
				}
			}
		},
		{ decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
	);
	parser.write(html);
	parser.end();

	const ld = jsonLdBlocks.map(jsonLdFacts).reduce<JsonLdFacts>((acc, f) => ({ ...f, ...acc }), {});
	const title = titleText?.replace(/\s+/g, ' ').trim();
	meta.title ??= ld.headline ?? (title || undefined);
	meta.siteName ??= ld.publisher;
	meta.url ??= ld.url;
	const metaKey = DATE_META.find((k) => metaDates.has(k));
	if (metaKey) meta.published = { value: metaDates.get(metaKey)!, source: `<meta ${metaKey}>` };
	else if (ld.datePublished) meta.published = { value: ld.datePublished, source: 'JSON-LD datePublished' };
	else if (timeDate) meta.published = { value: timeDate, source: '<time datetime>' };

	const articleText = inArticle.replace(/\s+/g, ' ').trim();
	const body = articleText.length >= 200 ? `${heading}\n${inArticle}` : all;
	const text = body
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	return { text, meta };
}
