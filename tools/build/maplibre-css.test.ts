import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maplibreCssFile, OUTPUT, packageCss, parseCss, trimCss } from './maplibre-css';

const SHEET =
	'.a-map{overflow:hidden}' +
	'.a-popup,.a-popup-tip{display:flex}' +
	'.a-ctrl button:not(.a-popup, .b){cursor:pointer}' +
	'.a-ctrl .a-logo,.a-ctrl .a-icon{background:url("data:image/svg+xml;charset=utf-8,%3Csvg%3E")}' +
	'@media(forced-colors:active){.a-logo{color:red}}' +
	'@media(hover:hover){.a-icon{color:blue}.a-popup{color:green}}' +
	'@keyframes a-spin{0%{transform:rotate(0)}to{transform:rotate(1turn)}}' +
	'@keyframes a-pulse{0%{opacity:1}to{opacity:0}}' +
	'.a-popup-wait{animation:a-spin 2s linear infinite}' +
	'.a-icon-wait{animation:a-pulse 2s infinite}';

describe('trimCss', () => {
	it('drops the selectors that name an unused class, and the rules and @media blocks they leave empty', () => {
		const out = trimCss(SHEET, ['a-popup', 'a-logo']);
		expect(out).toContain('.a-map{overflow:hidden}');
		expect(out).not.toContain('display:flex');
		// A class inside :not() is named too: the whole selector goes with it.
		expect(out).not.toContain('cursor:pointer');
		expect(out).toContain('.a-ctrl .a-icon{background:url("data:image/svg+xml;charset=utf-8,%3Csvg%3E")}');
		expect(out).not.toContain('forced-colors');
		expect(out).toContain('@media(hover:hover){.a-icon{color:blue}}');
	});

	it('keeps a @keyframes only while a kept rule animates with it', () => {
		const out = trimCss(SHEET, ['a-popup']);
		expect(out).not.toContain('@keyframes a-spin');
		expect(out).toContain('@keyframes a-pulse{0%{opacity:1}to{opacity:0}}');
	});

	it('gives back the sheet as it was when nothing is unused', () => {
		expect(trimCss(SHEET, [])).toBe(SHEET);
		expect(parseCss(SHEET)).toHaveLength(10);
	});
});

describe('src/lib/map/maplibre.css', () => {
	it('is what the tool writes from the installed maplibre-gl', async () => {
		expect(readFileSync(OUTPUT, 'utf8')).toBe(await maplibreCssFile());
	});

	it('keeps every MapLibre class the explorer styles or looks up, and the controls it adds', () => {
		const kept = trimCss(packageCss());
		for (const name of [
			'maplibregl-canvas',
			'maplibregl-ctrl-bottom-right',
			'maplibregl-ctrl-attrib',
			'maplibregl-compact-show',
			'maplibregl-ctrl-zoom-in',
			'maplibregl-ctrl-zoom-out',
			'maplibregl-ctrl-scale',
			'maplibregl-boxzoom'
		])
			expect(kept).toContain(`.${name}`);
		expect(kept.length).toBeLessThan(packageCss().length / 4);
	});
});
