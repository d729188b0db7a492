import { describe, expect, it } from 'vitest';
import {
	captionWhereWhen,
	DATED_HEADLINE,
	DATE_LINE,
	LEADING_STAMP,
	STAMP_WORDS,
	TIME_STAMP,
	UPDATE_STAMP,
	WEEKDAY_DATE
} from './dates';

describe('dates and stamps', () => {
	it.each(['Published 12 March 2020', 'Updated: Feb 19, 2020 10:12 GMT', '2019-08-20', 'Sunday, 3 May 2020'])(
		'reads a page’s own date line: %s',
		(line) => expect(DATE_LINE.test(line)).toBe(true)
	);

	it('does not read a sentence with a date as a date line', () => {
		expect(DATE_LINE.test('Troops entered the town on 12 March 2020.')).toBe(false);
	});

	it.each(['08:50 PM', '3 hours ago', 'Posted 12/02/2020'])('finds a time stamp in %s', (line) =>
		expect(TIME_STAMP.test(line)).toBe(true)
	);

	it.each(['UPDATE, 1430 GMT:', 'UPDATE 2: 09:15 GMT', 'Update 0930'])(
		'reads an update heading: %s',
		(line) => expect(UPDATE_STAMP.test(line)).toBe(true)
	);

	it('reads a weekday and a day with no year', () => {
		expect(WEEKDAY_DATE.test('Wednesday, November 29')).toBe(true);
		expect(WEEKDAY_DATE.test('Wednesday was quiet')).toBe(false);
	});

	it('reads a headline dated after a dash, and tells a stamp’s words apart', () => {
		expect(DATED_HEADLINE.test('Battle for the Ghab Plain – 23/1/18')).toBe(true);
		expect(DATED_HEADLINE.test('Idlib – 23/1/18')).toBe(false);
		expect(DATED_HEADLINE.test('Posted by the desk - 23/1/18')).toBe(true);
		expect(STAMP_WORDS.test('Posted by the desk - 23/1/18')).toBe(true);
		expect(STAMP_WORDS.test('Battle for the Ghab Plain – 23/1/18')).toBe(false);
	});

	it('finds a capture’s date stamp before a line', () => {
		expect(LEADING_STAMP.exec('date 2019-12-02 President …')?.[0]).toBe('date 2019-12-02 ');
		expect(LEADING_STAMP.test('2019 was a hard year')).toBe(false);
	});

	it.each([
		'A fighter fires at a frontline near the town of Kafr Tal in Hama province, Syria, Tuesday, March 3, 2020. Forces have taken villages.',
		'A minister gestures during talks at the residence in the resort of Sochi, Russia, Sept. 17,',
		'Boys walk past a ruined school in the village of Tell Hadid, Syria, on Saturday, Aug. 24, 2019.'
	])('reads a wire picture’s place, country and day closing its first sentence: %s', (line) =>
		expect(captionWhereWhen(line)).toBe(true)
	);

	it.each([
		'Officials said the convoy reached Tell Hadid, Syria, on Saturday, Aug. 24, 2019.',
		'KAFR TAL, Syria, March 3 (Wire) - Forces took the village after a day of fighting.',
		'KAFR TAL, Syria, March 3',
		'The talks ended on Monday. They had opened in Sochi, Russia, Sept. 17, 2018.',
		'Forces entered Kafr Tal on March 3, 2020, residents said.'
	])('leaves a sentence of the story: %s', (line) => expect(captionWhereWhen(line)).toBe(false));
});
