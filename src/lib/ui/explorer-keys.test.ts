import { describe, expect, it } from 'vitest';
import { explorerKey, type KeyFacts } from './explorer-keys';

const none: KeyFacts = {
	code: '',
	key: '',
	altKey: false,
	shiftKey: false,
	ctrlKey: false,
	metaKey: false,
	inSidebar: false,
	inSearch: false,
	inChronology: false,
	sidebarOpen: false,
	narrow: false,
	placeOpen: false
};
const escape = (facts: Partial<KeyFacts>) => explorerKey({ ...none, key: 'Escape', ...facts });

describe('explorerKey', () => {
	it('toggles the chronology on Alt+Shift+C by position, with no other modifier', () => {
		const c = { ...none, code: 'KeyC', key: 'Ç', altKey: true, shiftKey: true };
		expect(explorerKey(c)).toBe('toggle-chronology');
		expect(explorerKey({ ...c, inSearch: true })).toBe('toggle-chronology');
		expect(explorerKey({ ...c, ctrlKey: true })).toBeUndefined();
		expect(explorerKey({ ...c, metaKey: true })).toBeUndefined();
		expect(explorerKey({ ...c, shiftKey: false })).toBeUndefined();
	});

	it('ignores other keys', () => {
		expect(explorerKey({ ...none, key: 'Enter', placeOpen: true })).toBeUndefined();
	});

	it("closes the phone's open sidebar from inside it, or anywhere while no place is open", () => {
		const open = { sidebarOpen: true, narrow: true };
		expect(escape({ ...open, inSidebar: true, placeOpen: true })).toBe('close-sidebar');
		expect(escape({ ...open })).toBe('close-sidebar');
		expect(escape({ ...open, placeOpen: true })).toBe('close-place');
		expect(escape({ ...open, inSidebar: true, inSearch: true })).toBeUndefined();
	});

	it('leaves the sidebar of a wide screen alone', () => {
		expect(escape({ sidebarOpen: true, inSidebar: true, placeOpen: true })).toBe('close-place');
	});

	it('closes the chronology from inside it, before the open place', () => {
		expect(escape({ inChronology: true, placeOpen: true })).toBe('close-chronology');
		expect(escape({ inChronology: true })).toBe('close-chronology');
	});

	it('closes the open place from anywhere but the search box', () => {
		expect(escape({ placeOpen: true })).toBe('close-place');
		expect(escape({ placeOpen: true, inSearch: true })).toBeUndefined();
		expect(escape({})).toBeUndefined();
	});
});
