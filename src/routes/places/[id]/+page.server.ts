import { error } from '@sveltejs/kit';
import { placeShareMap, siteFacts, siteUrl } from '$lib/server/published';
import type { EntryGenerator, PageServerLoad } from './$types';

/** A static page per place: the explorer's own page cannot change its tags for `?place=`. */
export const prerender = true;

/** Every place of the published data. */
export const entries: EntryGenerator = () => siteFacts().places.map((p) => ({ id: p.id }));

/** The place as its share page shows it, and its absolute address when the site's is configured. */
export const load: PageServerLoad = ({ params }) => {
	const share = placeShareMap().get(params.id);
	if (!share) error(404, `No place with id "${params.id}"`);
	const site = siteUrl();
	return { ...share, pageUrl: site ? `${site}/places/${encodeURIComponent(share.id)}` : undefined };
};
