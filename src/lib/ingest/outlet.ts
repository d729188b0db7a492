import type { CleanArticle } from '../corpus/clean';
import { execAll } from '../core/regex';

/** A proposed outlet and where it was read; `outlet` is null when the capture does not say. */
export interface OutletProposal {
	outlet: string | null;
	evidence: string;
}

/**
 * "told Asharq Al-Awsat", "he told The National": an outlet naming itself as the interviewer. Wire
 * agencies are left out, because "told Reuters" in another outlet's story quotes the agency.
 */
const TOLD = /\btold (The [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,3})\b/g;
const WIRES = new Set(['Reuters', 'AFP', 'AP', 'Associated Press', 'Agence France-Presse', 'Anadolu Agency']);
/** Words after "told" that start a name but are not an outlet ("told Turkish reporters"). */
const NOT_OUTLET =
	/^(?:The (?:Associated Press|Guardian's)|[A-Z][a-z]+ (?:reporters|journalists|officials|lawmakers|parliament|television|media))$/;

/**
 * Proposes the outlet, most specific first: the front matter or the page's site name as stated, a
 * wire dateline ("ISTANBUL/ANKARA (Reuters) -") or a "- Site Name" line, then an outlet that names
 * itself in the text ("he told The National").
 */
export function proposeOutlet(
	article: CleanArticle,
	stated: { value: string; source: string }[]
): OutletProposal {
	const [first] = stated;
	if (first) return { outlet: first.value, evidence: `${first.source} "${first.value}"` };
	if (article.outletHint) {
		const where = article.dateline
			? `the dateline "${article.dateline} (${article.outletHint})"`
			: 'a site-name line';
		return { outlet: article.outletHint, evidence: `from ${where}` };
	}
	for (const m of execAll(TOLD, article.body)) {
		const name = m[1]!.replace(/['’]s$/, '');
		if (WIRES.has(name) || NOT_OUTLET.test(name)) continue;
		return { outlet: name, evidence: `the text says "${m[0]}"` };
	}
	return { outlet: null, evidence: 'the capture does not name its outlet: give one with --outlet' };
}
