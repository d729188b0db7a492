/**
 * What the prerendered pages read of the corpus: the `SiteFacts` that `writeDataFiles` (`data-files.ts`)
 * wrote beside the `data/` files, in the folder `SITE_DATA_DIR` names (`npm run build` sets it; the
 * dev server writes its own, see `vite.config.ts`). The pages never load the dataset itself, so
 * prerendering holds a few facts per place and the curated articles, whatever the size of the corpus.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { httpUrl } from '../core/url';
import { DataError } from '../core/errors';
import { parseSiteText, type SiteText } from '../data/excerpts-only';
import type { ReaderPage } from '../data/reader';
import { SITE_FACTS, type SiteFacts } from './data-files';
import type { PlaceShare } from './share';

/** Where the dev server writes its data files (the build uses a folder beside its staging folder). */
export const DEV_DATA_DIR = '.svelte-kit/dev-data';

/** The folder of the written data files: `$SITE_DATA_DIR`, or the dev server's. */
export function siteDataDir(): string {
	return resolve(process.env.SITE_DATA_DIR || DEV_DATA_DIR);
}

let cached: { dir: string; facts: SiteFacts } | undefined;

/** The facts of the written data files, read once per folder; a missing file says what writes it. */
export function siteFacts(): SiteFacts {
	const dir = siteDataDir();
	if (cached?.dir === dir) return cached.facts;
	let text: string;
	try {
		text = readFileSync(join(dir, SITE_FACTS), 'utf8');
	} catch {
		throw new Error(
			`${join(dir, SITE_FACTS)} is missing: the data files are written by npm run build (or the dev server), not by vite build alone`
		);
	}
	cached = { dir, facts: JSON.parse(text) as SiteFacts };
	return cached.facts;
}

/**
 * The address the site is deployed at (`SITE_URL`, e.g. `https://explorer.example/`), for the absolute
 * `og:url` of shared links; undefined when unset. Only `http(s)` is accepted, and anything else stops
 * the build naming the setting.
 */
export function siteUrl(): string | undefined {
	const value = process.env.SITE_URL;
	if (!value) return undefined;
	const url = httpUrl(value);
	if (!url)
		throw new DataError([
			{ file: 'SITE_URL', field: 'SITE_URL', message: `"${value}" is not an http(s) address` }
		]);
	return url.href.replace(/\/+$/, '');
}

/**
 * What this build publishes of the articles' text: `SITE_TEXT` (`full`, the default, or `excerpts`,
 * which `npm run build -- --excerpts-only` sets), read and checked here, where it enters.
 */
export function siteText(): SiteText {
	return parseSiteText(process.env.SITE_TEXT);
}

/** Every place's share page, by id. */
export function placeShareMap(): Map<string, PlaceShare> {
	return new Map(siteFacts().places.map((p) => [p.id, p]));
}

/** The reader page of a curated article (the only ones with a prerendered page, `/articles/<id>`). */
export function curatedPage(id: string): ReaderPage | undefined {
	return siteFacts().curated.find((a) => a.id === id);
}

/** The ids of the curated articles. */
export function curatedArticleIds(): string[] {
	return siteFacts().curated.map((a) => a.id);
}
