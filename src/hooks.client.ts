import type { ClientInit } from '@sveltejs/kit';

/**
 * A shared link can carry a hash that is not valid percent-encoding (`#%E0%A4%A`). SvelteKit decodes
 * the hash while it starts and would throw on it, leaving a blank page; the hash is only the camera, so
 * a malformed one is dropped here, before the router reads it, and the rest of the URL is kept.
 */
export const init: ClientInit = () => {
	try {
		decodeURIComponent(window.location.hash);
	} catch {
		history.replaceState(history.state, '', window.location.pathname + window.location.search);
	}
};
