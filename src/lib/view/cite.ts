/**
 * "Copy citation" for an excerpt: one line of plain text an analyst pastes into notes or a report,
 * naming what was said, who published it, under which headline and when, and where to read that very
 * sentence in the explorer's reader. Plain text only (it goes to the clipboard, never into the page).
 */

/** What a citation names. */
export interface CitationSource {
	/** The sentence around the mention, as the panel shows it. */
	quote: string;
	outlet: string;
	title: string;
	/** The publication date as the page writes it ("7 February 2020", "February 2020"). */
	date: string;
	/** The reader's absolute address at the mention (`…/articles/<id>#m-<n>`). */
	url: string;
}

/** Runs of white space (line breaks included) as one space, ends trimmed: a quote on one line. */
function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * `“Quote.” Outlet, “Title”, 7 February 2020. https://…/articles/<id>#m-3`: the quote first, as it is
 * what the citation is for, then the source in the order a reference list gives it.
 */
export function citation({ quote, outlet, title, date, url }: CitationSource): string {
	const q = oneLine(quote);
	return `${q ? `“${q}” ` : ''}${oneLine(outlet)}, “${oneLine(title)}”, ${date}. ${url}`;
}
