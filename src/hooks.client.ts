import type { ClientInit, HandleClientError } from '@sveltejs/kit';
import { withoutBrokenHash } from '$lib/view/url-state';

/**
 * Before the router starts: a hash that cannot be percent-decoded would make SvelteKit throw while it
 * looks for the anchor to scroll to, so it is dropped (the URL's other values are kept and read as usual).
 */
export const init: ClientInit = () => {
	const fixed = withoutBrokenHash(new URL(window.location.href));
	if (fixed !== undefined) history.replaceState(history.state, '', fixed);
};

/**
 * A missing page (a 404 from the router, as the static site's `404.html` meets for every unknown path)
 * is the visitor's address, not a fault of the app: `src/routes/+error.svelte` says so, and nothing is
 * logged. Any other error is logged to the console, as SvelteKit's own handler does.
 */
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
