import type { HandleClientError } from '@sveltejs/kit';

/**
 * A missing page (a 404 from the router, as the static site's `404.html` meets for every unknown path)
 * is the visitor's address, not a fault of the app: `src/routes/+error.svelte` says so, and nothing is
 * logged. Any other error is logged to the console, as SvelteKit's own handler does.
 */
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
