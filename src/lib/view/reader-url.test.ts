import { describe, expect, it } from 'vitest';
import { readerId, readerPath } from './reader-url';

describe('readerPath', () => {
	it('links a curated article to its prerendered page and any other to the shard reader', () => {
		expect(readerPath({ id: '2020-02-07-talks', curated: true })).toBe('/articles/2020-02-07-talks');
		expect(readerPath({ id: 'bulk-7' })).toBe('/read?id=bulk-7');
		expect(readerPath({ id: 'bulk-7', curated: false })).toBe('/read?id=bulk-7');
	});

	it('opens at a mention or at an event’s sentence', () => {
		expect(readerPath({ id: 'a', curated: true }, { mention: 3 })).toBe('/articles/a#m-3');
		expect(readerPath({ id: 'b' }, { mention: 0 })).toBe('/read?id=b#m-0');
		expect(readerPath({ id: 'b' }, { event: 'x-2020-02-07-1' })).toBe('/read?id=b#e-x-2020-02-07-1');
	});

	it('escapes what an id or an event id cannot hold in an address', () => {
		expect(readerPath({ id: 'a&b=c#d' })).toBe('/read?id=a%26b%3Dc%23d');
		expect(readerPath({ id: 'a' }, { event: 'e f' })).toBe('/read?id=a#e-e%20f');
	});
});

describe('readerId', () => {
	it('reads the id back from a reader address, and nothing from one without it', () => {
		expect(readerId(new URL(`https://x.example${readerPath({ id: 'a&b' }, { mention: 2 })}`))).toBe('a&b');
		expect(readerId(new URL('https://x.example/read'))).toBeUndefined();
		expect(readerId(new URL('https://x.example/read?id='))).toBeUndefined();
	});
});
