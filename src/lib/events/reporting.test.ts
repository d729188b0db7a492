import { describe, expect, it } from 'vitest';
import { line } from './sentence-fixture';

describe('extractEvents: advances are not entries, and a truce kept is no truce (session 21)', () => {
	it('reads no entry where a front advances into a wide area', () => {
		expect(line('Syrian troops have been pushing into Halaba since late October.')).toEqual([]);
		expect(
			line('Government forces have advanced into southern and eastern Halaba since mid-January.')
		).toEqual([]);
	});

	it('reads no entry where troops move into a wide area, but one where they move into a town', () => {
		expect(line('The ministry says troops moved in the Halaba zone without notice on Monday.')).toEqual([]);
		expect(line('On Monday troops moved into Qarnaz.')).toEqual(['entered qarnaz 2020-02-03 day']);
	});

	it('still reads an advance into a town as its entry', () => {
		expect(line('Troops advanced into the town of Qarnaz on Monday.')).toEqual([
			'entered qarnaz 2020-02-03 day'
		]);
	});

	it('reads efforts to enforce or maintain a truce as no ceasefire', () => {
		expect(line('The patrol is part of efforts to enforce a ceasefire in Halaba.')).toEqual([]);
		expect(line('Both sides pledged on Monday to maintain the truce in Halaba.')).toEqual([]);
		expect(line('On Monday both sides pledged to maintain the truce in Halaba.')).toEqual([]);
		expect(line('A ceasefire in Halaba took effect on Monday.')).toEqual(['ceasefire halaba 2020-02-03 day']);
	});
});

describe('extractEvents: a place put under an attack (session 21)', () => {
	it('reads "subjected to" or "came under" an attack, whatever describes it, as attacked', () => {
		expect(
			line('Several areas in Halaba have been subjected to repeated bombardment for nearly a month.')
		).toEqual(['attacked halaba 2020-02-07 reported']);
		expect(line('Qarnaz came under heavy Russian air strikes on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
	});

	it('reads no attack in control, torture or a habit', () => {
		expect(line('Qarnaz came under government control on Monday.')).toEqual([]);
		expect(line('Detainees in Qarnaz were subjected to torture on Monday.')).toEqual([]);
		expect(line('Qarnaz has been regularly subjected to shelling.')).toEqual([]);
	});
});

describe('extractEvents: attacks told through their casualties (session 21)', () => {
	it('reads "the bombing killed" as an attack where the dead were', () => {
		expect(line('The bombing killed five people in the town of Qarnaz on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
		expect(
			line(
				'He said the bombing killed five people in the town of Qarnaz, in addition to the killing of two children in the town of Dalbur.'
			)
		).toEqual(['attacked qarnaz+dalbur 2020-02-07 reported']);
	});

	it('keeps an -ing attack word with its own object a verb', () => {
		expect(line('A drone was filmed bombing a convoy in the town of Qarnaz on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
	});

	it('reads no attack in a killing with no attack word, nor at the victims’ origin', () => {
		expect(line('Five prisoners were executed in Qarnaz on Monday.')).toEqual([]);
		expect(line('Two people were killed in a car accident in Qarnaz on Monday.')).toEqual([]);
		expect(line('Five people displaced from Qarnaz were killed in the bombing on Monday.')).toEqual([]);
	});
});

describe('extractEvents: "from" a day dates a happening begun then (session 21)', () => {
	it('dates a past deployment or setting up "from" a day by that day', () => {
		expect(line('Russian military police were deployed to Qarnaz from 17:00 on February 2.')).toEqual([
			'deployed qarnaz 2020-02-02 day'
		]);
		expect(line('Turkish troops began establishing the Qarnaz post from February 3.')).toEqual([
			'post-established the-qarnaz-post 2020-02-03 day'
		]);
	});
});

describe('extractEvents: the dead named after their count (session 21)', () => {
	it('reads past a comma list of who the dead were to where they died', () => {
		expect(
			line(
				'The air strike killed five people from one family, a man, his wife and their three children in the town of Qarnaz.'
			)
		).toEqual(['attacked qarnaz 2020-02-07 reported']);
		expect(
			line('The air strike killed five people, a man, his wife and three children, in Qarnaz on Monday.')
		).toEqual(['attacked qarnaz 2020-02-03 day']);
	});

	it('reads no place in a speaker or an apposition of origin after the comma', () => {
		expect(line('The shelling killed five people, Qarnaz residents said on Monday.')).toEqual([]);
		expect(line('The shelling killed a man, a resident of Qarnaz, on Monday.')).toEqual([]);
	});
});
