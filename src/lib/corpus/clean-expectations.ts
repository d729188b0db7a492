/**
 * Test support shared by the cleaner's rule tests (`clean.test.ts`, on made-up page-shaped captures) and the
 * seed-capture tests (`tests/unit/seed-captures.test.ts`, on the real captures): both hold a capture to what a
 * careful human reader keeps and drops, by the same four checks, so the checks are written once here. Only tests
 * import this module.
 */
import { describe, expect, it } from 'vitest';
import { cleanCapture } from './clean';

/** What a careful human reading one capture would keep and drop. */
export interface CleanExpectation {
	/** The capture's file name, as `read` takes it. */
	file: string;
	/** Each article's headline, in the order the capture holds them. */
	titles: string[];
	/** Each article's number of paragraphs. */
	paragraphs: number[];
	/** Text of the page around the articles that must not reach any title or body. */
	furniture: string[];
	/** The outlet the page names, when it names one. */
	outlet?: string;
	/** The credit line the first article should carry. */
	byline?: RegExp;
}

/** The cleaner's own whitespace rule: runs of spaces (and no-break spaces) become one space. */
const squash = (l: string) => l.replace(/[\s\u00a0]+/g, ' ').trim();

/** A line that ends as a sentence does (closing quotes and brackets allowed after the stop). */
const TERMINAL = /[.!?…]["”’')\]]*$/;

/**
 * One `describe` per capture, checking that the cleaner finds each headline and paragraph count, drops the
 * furniture, keeps every sentence (a line of more than eight words ending as a sentence is lost only when a rule
 * names it a caption, a credit or text before the headline) and accounts for every other line as kept or dropped
 * with a reason, and reads the outlet and byline.
 */
export function describeCleanedCaptures(
	expectations: CleanExpectation[],
	read: (file: string) => string
): void {
	for (const page of expectations) {
		describe(page.file, () => {
			const raw = read(page.file);
			const { articles, dropped } = cleanCapture(raw);

			it('finds each article with its headline', () => {
				expect(articles.map((a) => a.title)).toEqual(page.titles);
				expect(articles.map((a) => a.paragraphs.length)).toEqual(page.paragraphs);
			});

			it('drops the page furniture', () => {
				const text = articles.map((a) => `\n${a.title}\n${a.body}\n`).join('\n');
				for (const f of page.furniture) expect(text, f).not.toContain(f);
				for (const a of articles) expect(a.body).not.toContain(a.title);
			});

			it('keeps every sentence of the article and accounts for every line', () => {
				const kept = new Set(
					articles.flatMap((a) => [a.title, ...a.paragraphs.map((p) => p.replace(/^## /, ''))])
				);
				const droppedLines = new Set(dropped.map((d) => d.line));
				for (const line of raw.split('\n').map(squash).filter(Boolean)) {
					expect(kept.has(line) || droppedLines.has(line), line).toBe(true);
					const isCaptionOrCredit = dropped.some(
						(d) => d.line === line && ['caption', 'credit', 'before-title'].includes(d.reason)
					);
					if (TERMINAL.test(line) && line.split(' ').length > 8 && !isCaptionOrCredit) {
						expect(kept.has(line), `sentence lost: ${line}`).toBe(true);
					}
				}
			});

			it('reads the outlet and credits the page gives', () => {
				expect(articles[0]?.outletHint).toBe(page.outlet);
				if (page.byline) expect(articles[0]?.byline).toMatch(page.byline);
			});
		});
	}
}
