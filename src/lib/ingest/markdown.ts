import { parse as parseYaml } from 'yaml';
import { splitFrontMatter } from '../corpus/article';

/** A Markdown capture: the text for the cleaner and whatever its front matter already states. */
export interface MarkdownCapture {
	text: string;
	/** Front-matter fields that are strings, as written; anything else in it is ignored here. */
	given: Record<string, string>;
	/** True when the front matter's title was put before the body, which did not start with it. */
	titleAdded?: boolean;
	/** Set when the front matter is not YAML: the text is still read, and the error is reported. */
	frontMatterError?: string;
}

/**
 * Reduces Markdown to the plain lines a web capture has: headings lose their `#`s (the cleaner finds
 * the headline and keeps crossheads itself), emphasis and inline code lose their markers, links keep
 * their text, and images, HTML comments and rules are dropped. Nothing is rendered as HTML.
 */
export function markdownToText(markdown: string): string {
	return markdown
		.replace(/<!--[\s\S]*?-->/g, '')
		.split('\n')
		.map((line) =>
			line
				.replace(/^\s{0,3}#{1,6}\s+/, '')
				.replace(/\s+#+\s*$/, '')
				.replace(/^\s{0,3}>\s?/, '')
				.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
				.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
				.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
				.replace(/(\*\*|__)(.+?)\1/g, '$2')
				.replace(/(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])/g, '$1')
				.replace(/(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])/g, '$1')
				.replace(/`([^`]*)`/g, '$1')
		)
		.map((line) => (/^\s*(?:[-*_]\s*){3,}$/.test(line) ? '' : line))
		.join('\n');
}

/**
 * Reads a `.md` capture with or without front matter. A front-matter title becomes the headline line
 * when the body does not start with it, so the cleaner finds the article either way.
 */
export function readMarkdownCapture(markdown: string): MarkdownCapture {
	const parts = splitFrontMatter(markdown);
	if (!parts) return { text: markdownToText(markdown), given: {} };
	const given: Record<string, string> = {};
	let frontMatterError: string | undefined;
	try {
		const data: unknown = parseYaml(parts.yaml, { schema: 'core' });
		if (data && typeof data === 'object' && !Array.isArray(data)) {
			for (const [key, value] of Object.entries(data)) {
				if (typeof value === 'string' && value.trim()) given[key] = value.trim();
			}
		}
	} catch (e) {
		frontMatterError = `invalid YAML front matter: ${(e as Error).message.split('\n')[0]}`;
	}
	let text = markdownToText(parts.body);
	const title = given.title;
	const firstLine = text
		.split('\n')
		.find((l) => l.trim())
		?.trim();
	const titleAdded = !!title && firstLine !== title;
	if (titleAdded) text = `${title}\n\n${text}`;
	const out: MarkdownCapture = { text, given };
	if (titleAdded) out.titleAdded = true;
	if (frontMatterError) out.frontMatterError = frontMatterError;
	return out;
}
