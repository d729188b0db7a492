import { describe, expect, it } from 'vitest';
import { inflected } from './triggers';
import { kinds, line } from './sentence-fixture';

describe('inflected: the other forms of an event verb (session 22)', () => {
	it('gives a phrase’s verb in its other forms, the rest of the phrase kept', () => {
		expect(inflected('fell to')).toEqual(['falls to', 'fallen to', 'falling to']);
		expect(inflected('opened fire on')).toEqual(['opens fire on', 'opening fire on']);
		expect(inflected('made its way to')).toEqual(['makes its way to', 'making its way to']);
	});

	it('leaves out the base form and words it does not know', () => {
		expect(inflected('shelled')).toEqual(['shells', 'shelling']);
		expect(inflected('moved in')).toEqual([]);
	});
});

describe('extractEvents: event verbs in forms the lists did not spell out (session 22)', () => {
	it('reads the present and -ing forms of capture, deployment and fire verbs', () => {
		expect(kinds('The army liberates Qarnaz, the ministry said on Monday.')).toEqual(['captured qarnaz']);
		expect(kinds('Turkey deploys troops to Qarnaz, the ministry said on Monday.')).toEqual([
			'deployed qarnaz'
		]);
		expect(kinds('The ministry said on Monday that rebels were opening fire on Tell Mira.')).toEqual([
			'attacked tell-mira'
		]);
	});

	it('reads a place falling to a force, or one that had fallen, as captured', () => {
		expect(line('On Monday the fighting ended with Qarnaz falling to the rebels.')).toEqual([
			'captured qarnaz 2020-02-03 day'
		]);
		expect(line('The army said on Monday that Qarnaz had fallen.')).toEqual([
			'captured qarnaz 2020-02-03 day'
		]);
	});

	it('keeps the senses a form loses to the words after it', () => {
		expect(kinds('Prices in Qarnaz have fallen by half since Monday.')).toEqual([]);
		expect(kinds('Qarnaz had fallen silent by Monday evening.')).toEqual([]);
	});

	it('reads an ambush as an attack where it was laid', () => {
		expect(line('Rebels ambushed an army unit near Qarnaz on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
		expect(line('An ambush near Qarnaz killed three soldiers on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
	});
});

describe('extractEvents: a phrase of place repeated in a list (session 22)', () => {
	it('reads "in X and in Y" and "at X and near Y" as two places of one word', () => {
		expect(kinds('Jets struck targets in Qarnaz and in Dalbur on Monday.')).toEqual([
			'attacked qarnaz+dalbur'
		]);
		expect(kinds('Jets struck targets at Qarnaz, and near the town of Dalbur on Monday.')).toEqual([
			'attacked qarnaz+dalbur'
		]);
	});

	it('still reads a comma and a locative as where the place before lies', () => {
		expect(kinds('Troops captured Sirwan, in Halaba, on Monday.')).toEqual(['captured sirwan']);
	});
});

describe('extractEvents: striking a deal, and capitals beside a deal (session 22)', () => {
	it('reads "struck a deal" as an agreement and a deal struck as no attack', () => {
		expect(kinds('On Monday the two sides struck a deal on Halaba.')).toEqual(['agreement halaba']);
		expect(kinds('A deal struck on Monday between Kestel and Vardan was welcomed.')).toEqual([]);
	});

	it('reads a deal "for" or "over" a place as covering it', () => {
		expect(kinds('The two sides on Monday agreed a deal for Halaba.')).toEqual(['agreement halaba']);
	});

	it('gives a deal no capital that only acts under it, but the ground an area word names', () => {
		expect(kinds('Under the deal signed on Monday, Kestel and Vardan will set up the Halaba zone.')).toEqual([
			'agreement halaba-zone'
		]);
		expect(kinds('The deal signed on Monday covers Halaba and the Kestel countryside.')).toEqual([
			'agreement halaba+kestel'
		]);
	});
});

describe('extractEvents: a list of targets, weapons fired, fighters driven out, a possessive capture (session 22)', () => {
	it('reads the place after a comma list of what was struck', () => {
		expect(line('Jets bombed hospitals, schools and a market in Qarnaz on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
		expect(kinds('Shelling hit homes, a bakery, and a mosque in Tell Mira on Monday.')).toEqual([
			'attacked tell-mira'
		]);
	});

	it('keeps a comma that opens a clause or an aside', () => {
		expect(kinds('Jets bombed the bridge, killing three, and residents fled to Qarnaz on Monday.')).toEqual(
			[]
		);
	});

	it('reads a weapon fired at a place as an attack on it', () => {
		expect(kinds('Turkish forces fired artillery at Qarnaz on Monday.')).toEqual(['attacked qarnaz']);
		expect(kinds('The rebels launched dozens of rockets on Dalbur on Monday.')).toEqual(['attacked dalbur']);
	});

	it('reads fighters driven out of a place in the passive as its capture', () => {
		expect(kinds('Militants have been driven out of Qarnaz, the army said on Monday.')).toEqual([
			'captured qarnaz'
		]);
		expect(kinds('Diplomats were expelled from Kestel on Monday.')).toEqual([]);
	});

	it('reads a name’s possessive capture, not the taker’s nor an unnamed place’s', () => {
		expect(line('Qarnaz’s capture on Monday opened the road.')).toEqual(['captured qarnaz 2020-02-03 day']);
		expect(kinds('A Halaba activist confirmed the village’s capture on Monday.')).toEqual([]);
		expect(kinds('The army’s capture of Qarnaz on Monday opened the road.')).toEqual(['captured qarnaz']);
	});
});
