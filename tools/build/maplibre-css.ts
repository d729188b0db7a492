/**
 * Writes `src/lib/map/maplibre.css`: MapLibre's stylesheet (`maplibre-gl/dist/maplibre-gl.css`, 72 KB,
 * 10 KB gzip, most of it icons as data URIs) without the rules for what the explorer never creates, so
 * the first screen does not fetch them. The explorer's map (`MapOwner.svelte`) has a navigation control
 * without its compass, a scale and the attribution; no popups, markers, geolocation, full screen,
 * terrain or globe controls, no MapLibre logo and no cooperative gestures. A rule goes only when every
 * selector in it names one of those {@link UNUSED} classes; an `@media` block left empty goes, and a
 * `@keyframes` no kept rule animates with goes.
 *
 * Run with `npx tsx tools/build/maplibre-css.ts` after upgrading `maplibre-gl` (or after the map starts
 * using one of the features below: take its prefix out of {@link UNUSED}); `maplibre-css.test.ts` fails
 * while the committed file differs from what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

/** Prefixes of the MapLibre classes the explorer never puts in the page, each with why. */
export const UNUSED: readonly string[] = [
	// No `maplibregl.Popup`: the map's tooltip and chooser are the app's own elements.
	'maplibregl-popup',
	// No `maplibregl.Marker`: every place is drawn by a layer.
	'maplibregl-marker',
	// No GeolocateControl.
	'maplibregl-ctrl-geolocate',
	'maplibregl-user-location',
	// No FullscreenControl.
	'maplibregl-ctrl-fullscreen',
	'maplibregl-ctrl-shrink',
	'maplibregl-pseudo-fullscreen',
	// The NavigationControl is made with `showCompass: false`, and rotation is off.
	'maplibregl-ctrl-compass',
	// No TerrainControl or GlobeControl.
	'maplibregl-ctrl-terrain',
	'maplibregl-ctrl-globe',
	// `maplibreLogo` is left off (its default).
	'maplibregl-ctrl-logo',
	// `cooperativeGestures` is left off (its default).
	'maplibregl-cooperative-gesture',
	'maplibregl-desktop-message',
	'maplibregl-mobile-message'
];

/** A parsed rule: a style rule, an at-rule with rules inside (`@media`), or one kept whole (`@keyframes`). */
type Node =
	| { kind: 'style'; selectors: string[]; body: string }
	| { kind: 'group'; prelude: string; children: Node[] }
	| { kind: 'raw'; prelude: string; text: string };

/** Splits at commas outside parentheses and brackets (`:not(a, b)` stays one selector). */
function splitSelectors(list: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < list.length; i++) {
		const c = list[i];
		if (c === '(' || c === '[') depth++;
		else if (c === ')' || c === ']') depth--;
		else if (c === ',' && depth === 0) {
			out.push(list.slice(start, i).trim());
			start = i + 1;
		}
	}
	out.push(list.slice(start).trim());
	return out.filter(Boolean);
}

/** The index just past the `}` that closes the block opened at `open` (a `{`). */
function blockEnd(css: string, open: number): number {
	let depth = 0;
	let quote = '';
	for (let i = open; i < css.length; i++) {
		const c = css[i];
		if (quote) {
			if (c === '\\') i++;
			else if (c === quote) quote = '';
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '{') depth++;
		else if (c === '}' && --depth === 0) return i + 1;
	}
	throw new Error(`unclosed block at ${open}`);
}

/** Parses a stylesheet without comments (MapLibre's is minified) into rules. */
export function parseCss(css: string): Node[] {
	const nodes: Node[] = [];
	let i = 0;
	for (;;) {
		while (i < css.length && /\s/.test(css[i]!)) i++;
		if (i >= css.length) return nodes;
		const open = css.indexOf('{', i);
		if (open < 0) throw new Error(`text after the last rule: ${css.slice(i, i + 40)}`);
		const prelude = css.slice(i, open).trim();
		const end = blockEnd(css, open);
		const inner = css.slice(open + 1, end - 1);
		if (/^@(media|supports|layer)\b/.test(prelude))
			nodes.push({ kind: 'group', prelude, children: parseCss(inner) });
		else if (prelude.startsWith('@')) nodes.push({ kind: 'raw', prelude, text: css.slice(i, end) });
		else nodes.push({ kind: 'style', selectors: splitSelectors(prelude), body: inner });
		i = end;
	}
}

/** Whether a selector names a class with one of `unused` as its prefix. */
function namesUnused(selector: string, unused: readonly string[]): boolean {
	return (selector.match(/\.-?[_a-zA-Z][\w-]*/g) ?? []).some((c) => unused.some((u) => c.slice(1).startsWith(u)));
}

function keep(nodes: Node[], unused: readonly string[]): Node[] {
	return nodes.flatMap((n): Node[] => {
		if (n.kind === 'style') {
			const selectors = n.selectors.filter((s) => !namesUnused(s, unused));
			return selectors.length ? [{ ...n, selectors }] : [];
		}
		if (n.kind === 'group') {
			const children = keep(n.children, unused);
			return children.length ? [{ ...n, children }] : [];
		}
		return [n];
	});
}

function print(nodes: Node[]): string {
	return nodes
		.map((n) =>
			n.kind === 'style'
				? `${n.selectors.join(',')}{${n.body}}`
				: n.kind === 'group'
					? `${n.prelude}{${print(n.children)}}`
					: n.text
		)
		.join('');
}

/**
 * `css` without the selectors that name a class of `unused`, the rules and `@media` blocks left empty,
 * and the `@keyframes` that nothing kept names.
 */
export function trimCss(css: string, unused: readonly string[] = UNUSED): string {
	const kept = keep(parseCss(css), unused);
	const withoutFrames = kept.filter((n) => n.kind !== 'raw' || !n.prelude.startsWith('@keyframes'));
	const used = print(withoutFrames);
	const frames = kept.filter((n) => {
		if (n.kind !== 'raw' || !n.prelude.startsWith('@keyframes')) return false;
		const name = n.prelude.replace(/^@keyframes\s+/, '');
		return new RegExp(`(animation|animation-name)\\s*:[^;}]*\\b${name}\\b`).test(used);
	});
	return print(kept.filter((n) => n.kind !== 'raw' || !n.prelude.startsWith('@keyframes') || frames.includes(n)));
}

/** Where the trimmed stylesheet is written, and MapLibre's own. */
export const OUTPUT = fileURLToPath(new URL('../../src/lib/map/maplibre.css', import.meta.url));
export function packageCss(): string {
	return readFileSync(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css'), 'utf8');
}

/** The file as it is written: a header saying where it comes from, then the trimmed rules. */
export async function maplibreCssFile(css = packageCss()): Promise<string> {
	const version = (
		JSON.parse(readFileSync(createRequire(import.meta.url).resolve('maplibre-gl/package.json'), 'utf8')) as {
			version: string;
		}
	).version;
	const header = `/* Written by tools/build/maplibre-css.ts from maplibre-gl ${version}'s dist/maplibre-gl.css, without the rules for what the explorer never creates. Do not edit: run npx tsx tools/build/maplibre-css.ts. */\n`;
	// Formatted as the project formats it, so `npm run lint` passes on it.
	return format(header + trimCss(css), { ...(await resolveConfig(OUTPUT)), filepath: OUTPUT });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const text = await maplibreCssFile();
	writeFileSync(OUTPUT, text);
	const before = packageCss();
	console.log(`${OUTPUT}: ${(text.length / 1024).toFixed(1)} KB (MapLibre's: ${(before.length / 1024).toFixed(1)} KB)`);
}
