import { describe, expect, it } from 'vitest';
import { SITE_DESCRIPTION, SITE_NAME, SITE_TITLE } from '../core/site';
import { articleHead, readerHead, SITE_HEAD } from './reader-head';

/** A bulk article with a dateline, as its shard holds it (only what the head reads matters). */
const bulk = {
	id: '2020-02-08-bulk-shelling',
	title: 'Shelling near Saraqeb',
	body: 'SARAQEB, Syria (Bulk Wire) – Artillery struck Saraqeb before noon. Aid was stopped.\n\n## Aid\n\nConvoys waited.',
	published: '2020-02-08',
	datePrecision: 'day' as const
};

describe('the reader’s head', () => {
	it('stands for the site while the article is on its way, as prerendered', () => {
		expect(readerHead({ state: 'loading' })).toEqual({
			title: SITE_TITLE,
			headline: SITE_TITLE,
			description: SITE_DESCRIPTION,
			type: 'website',
			siteName: SITE_NAME
		});
		expect(SITE_HEAD.path).toBeUndefined();
	});

	it('says the article’s title, first sentence after the dateline and day once it is here', () => {
		const head = articleHead(bulk);
		expect(head.title).toBe(`Shelling near Saraqeb — ${SITE_NAME}`);
		expect(head.headline).toBe('Shelling near Saraqeb');
		expect(head.description).toBe('Artillery struck Saraqeb before noon.');
		expect(head.type).toBe('article');
		expect(head.published).toBe('2020-02-08');
		// A bulk article has no prerendered page: the page to share is its reader address.
		expect(head.path).toBe('/read?id=2020-02-08-bulk-shelling');
	});

	it('points a curated article at its prerendered page and a month-dated one at its month', () => {
		const head = articleHead({ ...bulk, curated: true, datePrecision: 'month', published: '2020-02-01' });
		expect(head.path).toBe('/articles/2020-02-08-bulk-shelling');
		expect(head.published).toBe('2020-02');
	});

	it('describes an article with no text by its title, and says when there is no article', () => {
		expect(articleHead({ ...bulk, body: '' }).description).toBe(bulk.title);
		const missing = readerHead({ state: 'missing' });
		expect(missing.title).toBe(`Article not found — ${SITE_NAME}`);
		expect(missing.description).toBe(SITE_DESCRIPTION);
		expect(missing.type).toBe('website');
		expect(readerHead({ state: 'failed' }).title).toBe(`The article could not be loaded — ${SITE_NAME}`);
	});
});
