import { describe, expect, it } from 'vitest';
import {
	AUTHOR_LINE,
	BY_LINE,
	BY_LOGIN,
	CREDIT_ONLY,
	PHOTO_CREDIT,
	SOURCES_WITH_YEAR,
	WIRE_CREDIT_TAIL,
	unmarkedCaption
} from './captions';

describe('caption and credit shapes', () => {
	it('reads an agency’s photo credit before the photographer', () => {
		expect(PHOTO_CREDIT.test('Smoke rises over the town. REUTERS/Sami Haddad')).toBe(true);
		expect(PHOTO_CREDIT.test('Smoke rises over the town, witnesses said.')).toBe(false);
	});

	it('reads a bare credit of names joined by slashes', () => {
		expect(CREDIT_ONLY.test('SAMI HADDAD/AFP/Getty Images')).toBe(true);
		expect(CREDIT_ONLY.test('Troops enter the town')).toBe(false);
	});

	it('reads the sources a post credits with the year, and not a picture’s credit', () => {
		expect(SOURCES_WITH_YEAR.test('Coastal Wire / Plains Radio News 2020.')).toBe(true);
		expect(SOURCES_WITH_YEAR.test('Sami Haddad/AFP')).toBe(false);
	});

	it('reads a wire credit closing a sentence', () => {
		expect(WIRE_CREDIT_TAIL.test('Two people were killed in the town on Sunday. (dpa/NAN)')).toBe(true);
		expect(WIRE_CREDIT_TAIL.test('A woman walks past rubble (Sami Haddad/Reuters)')).toBe(false);
	});

	it('reads bylines and author credits', () => {
		expect(BY_LINE.test('By Lina Haddad')).toBe(true);
		expect(BY_LINE.test('By Thursday the army had entered the town and the families had fled.')).toBe(false);
		expect(AUTHOR_LINE.exec('Author: Lina Haddad')?.[1]).toBe('Lina Haddad');
		expect(BY_LOGIN.test('by lina.h')).toBe(true);
		expect(BY_LOGIN.test('By admin')).toBe(true);
		expect(BY_LOGIN.test('by the river')).toBe(false);
		expect(BY_LOGIN.test('by Lina')).toBe(false);
	});

	it('reads a caption with no marker by what it describes', () => {
		expect(
			unmarkedCaption('A woman carrying a child walks through a deserted street of the old town at dusk')
		).toBe(true);
		expect(unmarkedCaption('A woman carrying a child walks through a deserted street of the town.')).toBe(
			false
		);
	});
});
