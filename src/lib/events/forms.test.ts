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
