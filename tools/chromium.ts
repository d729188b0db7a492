/**
 * How the browser tests and the browser benchmark start Chromium. It comes from the system (Debian's
 * package at /usr/bin/chromium) because Playwright's own browser download is not available
 * everywhere; set CHROMIUM_PATH to use another browser binary, or an empty value for Playwright's
 * bundled one. The flags let it run as root in a closed network with software WebGL.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
	const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	return { executablePath: executablePath || undefined, args: CHROMIUM_ARGS };
}
