/**
 * The articles' text belongs to their publishers. A public deployment publishes excerpts only: for
 * each article, the sentences that link it to its places and report its reviewed events, with the link
 * to the original; every published file (reader pages, the article shards, the search index, the excerpt
 * and chronology files, the events) is then made from the excerpted dataset, so no file can carry text
 * beyond them.
 */
import { DataError } from '../core/errors';
import { isArticleSource } from '../events/schema';
import type { EventRecord } from '../events/schema';
import type { Mention } from '../geoparse/match';
import type { Dataset, PublishedArticle } from './dataset';
import { sentenceAround } from './excerpt';
import { isLink } from './link';

/** What the published files carry of each article: its whole body, or the excerpts only. */
export type SiteText = 'full' | 'excerpts';

export const SITE_TEXTS: readonly SiteText[] = ['full', 'excerpts'];

/**
 * Reads the setting (`SITE_TEXT`; unset is `full`). Anything else is refused with its name, so a typo
 * in a public deployment's settings stops the build instead of publishing full text.
 */
export function parseSiteText(value: string | undefined, name = 'SITE_TEXT'): SiteText {
	if (value === undefined || value === '') return 'full';
	if ((SITE_TEXTS as readonly string[]).includes(value)) return value as SiteText;
	throw new DataError([
		{
			file: name,
			field: name,
			message: `"${value}" is not one of ${SITE_TEXTS.map((t) => `"${t}"`).join(', ')}`
		}
	]);
}

/** A stretch of a body, UTF-16 offsets, `end` exclusive. */
export interface TextRange {
	start: number;
	end: number;
}

/**
 * The stretches of `article`'s body an excerpt keeps: the sentence around the first mention of each
 * place it links to (clipped to `EXCERPT_LIMIT` like a panel's excerpt; a dateline links nothing) and
 * the sentence of each of `sourced` (its reviewed events). Sorted, with overlapping or touching ranges
 * merged and an edge that would cut a mention moved to the mention's end, so a mention is kept whole or
 * not at all.
 */
export function excerptRanges(article: PublishedArticle, sourced: readonly TextRange[] = []): TextRange[] {
	const { body, mentions } = article;
	const ranges: TextRange[] = [...sourced.map(({ start, end }) => ({ start, end }))];
	const seen = new Set<string>();
	for (const m of mentions) {
		if (!isLink(m) || seen.has(m.place)) continue;
		seen.add(m.place);
		const s = sentenceAround(body, m.start, m.end);
		ranges.push({ start: s.start, end: s.end });
	}
	for (const r of ranges) {
		for (const m of mentions) {
			if (m.start < r.start && m.end > r.start) r.start = m.start;
			if (m.start < r.end && m.end > r.end) r.end = m.end;
		}
	}
	ranges.sort((a, b) => a.start - b.start || a.end - b.end);
	const merged: TextRange[] = [];
	for (const r of ranges) {
		const last = merged.at(-1);
		if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
		else merged.push(r);
	}
	return merged;
}

/**
 * The excerpt of an article: the kept ranges, each its own paragraph (a blank line between), except
 * that ranges separated only by spaces on one line stay one paragraph with the spaces between. Every
 * character of the new body is the article's own text, so `body.slice(start, end) === surface` still
 * holds for the mentions it keeps. `at` maps a range of the old body to the new one, or undefined when
 * the range was not kept whole.
 */
export function excerptArticle(
	article: PublishedArticle,
	ranges: readonly TextRange[]
): { article: PublishedArticle; at: (start: number, end: number) => TextRange | undefined } {
	const { body } = article;
	const pieces: { from: number; to: number; offset: number }[] = [];
	let text = '';
	for (const r of ranges) {
		const last = pieces.at(-1);
		const gap = last ? body.slice(last.to, r.start) : '';
		if (last && /^[^\S\n]*$/.test(gap)) {
			text += gap + body.slice(r.start, r.end);
			last.to = r.end;
			continue;
		}
		if (last) text += '\n\n';
		pieces.push({ from: r.start, to: r.end, offset: text.length });
		text += body.slice(r.start, r.end);
	}
	const at = (start: number, end: number): TextRange | undefined => {
		const p = pieces.find((q) => q.from <= start && end <= q.to);
		return p ? { start: p.offset + start - p.from, end: p.offset + end - p.from } : undefined;
	};
	const mentions = article.mentions.flatMap((m): Mention[] => {
		const r = at(m.start, m.end);
		return r ? [{ ...m, start: r.start, end: r.end }] : [];
	});
	return { article: { ...article, body: text, mentions, excerptsOnly: true }, at };
}

/**
 * The dataset as a public deployment publishes it: each article's body cut to its excerpts
 * (`excerptRanges`, `excerptArticle`), its mentions and its events' sentences moved to the new offsets.
 * A reviewed event's sentence is always kept; an event found in the text is kept when its sentence lies
 * within the excerpts and left out otherwise, since publishing its sentence would publish more of the
 * article. Places, dates, outlets and which article names which place do not change; mention counts
 * count the mentions in the excerpts.
 */
export function excerptsOnly(dataset: Dataset): Dataset {
	const reviewedBy = new Map<string, TextRange[]>();
	for (const e of dataset.events) {
		if (e.extracted || !isArticleSource(e.source)) continue;
		const list = reviewedBy.get(e.source.article) ?? [];
		list.push({ start: e.source.start, end: e.source.end });
		reviewedBy.set(e.source.article, list);
	}
	const maps = new Map<string, (start: number, end: number) => TextRange | undefined>();
	const articles = dataset.articles.map((a) => {
		const excerpt = excerptArticle(a, excerptRanges(a, reviewedBy.get(a.id)));
		maps.set(a.id, excerpt.at);
		return excerpt.article;
	});
	const events = dataset.events.flatMap((e): EventRecord[] => {
		if (!isArticleSource(e.source)) return [e];
		const r = maps.get(e.source.article)?.(e.source.start, e.source.end);
		return r ? [{ ...e, source: { ...e.source, ...r } }] : [];
	});
	return { places: dataset.places, articles, events, outlets: dataset.outlets };
}
