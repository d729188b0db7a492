import type { Handle } from '@sveltejs/kit';
import { siteFacts, siteUrl } from '$lib/server/published';
import { explorerHeadTags } from '$lib/server/share';

/**
 * The explorer renders in the browser only (`ssr = false`), so its `<svelte:head>` never reaches the
 * prerendered HTML that link previews and search engines read. Its description and Open Graph tags are
 * written into that shell here, at build time, from the published data.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			event.route.id === '/'
				? html.replace('</head>', `\t${explorerHeadTags(siteFacts().span, siteUrl())}\n\t</head>`)
				: html
	});
