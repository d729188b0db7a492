/**
 * The one rule for links that come from data or configuration: only absolute `http:` and `https:`
 * URLs are used, so a `javascript:` or `data:` URL in an article or a setting never becomes a link or
 * a request.
 */
export function httpUrl(candidate: string | null | undefined): URL | undefined {
	if (!candidate) return undefined;
	try {
		const url = new URL(candidate);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
	} catch {
		return undefined;
	}
}
