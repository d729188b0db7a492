/**
 * The explorer's keys that work from anywhere on the page, as a rule over what the key event says and
 * where it happened, so that each case has a test; the page finds the facts and does what it returns.
 */

/** What a key press and the page's state say, as the page reads them from the event and the DOM. */
export interface KeyFacts {
	/** `KeyboardEvent.code`: the key's position, whatever letter it types. */
	code: string;
	/** `KeyboardEvent.key`. */
	key: string;
	altKey: boolean;
	shiftKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	/** Where the event's target is: in the sidebar, the search box, the chronology. */
	inSidebar: boolean;
	inSearch: boolean;
	inChronology: boolean;
	/** The phone's sidebar is open, and the screen is narrow enough for it to cover the map. */
	sidebarOpen: boolean;
	narrow: boolean;
	/** A place is open. */
	placeOpen: boolean;
}

export type KeyAction = 'toggle-chronology' | 'close-sidebar' | 'close-chronology' | 'close-place';

/**
 * Alt+Shift+C opens or closes the chronology from anywhere (by the key's position, so it is the same
 * key where Alt+Shift types a letter). Escape closes the phone's open sidebar when the focus is in it
 * or no place is open; else it closes the chronology from inside it, else the open place from anywhere
 * but the search box, which uses Escape to clear itself.
 */
export function explorerKey(f: KeyFacts): KeyAction | undefined {
	if (f.code === 'KeyC' && f.altKey && f.shiftKey && !f.ctrlKey && !f.metaKey) return 'toggle-chronology';
	if (f.key !== 'Escape') return undefined;
	if (f.sidebarOpen && f.narrow && !f.inSearch && (f.inSidebar || !f.placeOpen)) return 'close-sidebar';
	if (f.inChronology) return 'close-chronology';
	if (f.placeOpen && !f.inSearch) return 'close-place';
	return undefined;
}
