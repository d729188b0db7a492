/**
 * What the site calls itself, said once: every page's title ends with its name, and a page that has no
 * subject of its own yet (the shard reader before its article is here, as prerendered and as a link
 * preview sees it) describes the site.
 */

export const SITE_NAME = 'Idlib explorer';

/** The site's own title, for the explorer and for a page standing for the site. */
export const SITE_TITLE = `${SITE_NAME}: places in the news on the Idlib crisis`;

/** What the site is, without the figures of a build (the explorer's own description adds them). */
export const SITE_DESCRIPTION =
	'The places named in news reports on the Idlib crisis in north-west Syria, on a map that narrows by date, each linked to the sentences that name it.';

/** A page's title: its subject, then the site's name. */
export function pageTitle(subject: string): string {
	return `${subject} — ${SITE_NAME}`;
}
