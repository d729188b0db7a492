import { describe, expect, it } from 'vitest';
import { modalBetween, unreal } from './modality';
import { line } from './sentence-fixture';

describe('extractEvents: what did not happen, and who is no force', () => {
	it('reads no event a noun’s own verb puts ahead, before or after its place', () => {
		expect(line('The offensive on Qarnaz is expected to begin next week.')).toEqual([]);
		expect(line('Talks on Halaba are due to take place in Kestel next week.')).toEqual([]);
		expect(line('For two months an offensive by the army into Halaba was imminent.')).toEqual([]);
		expect(line('The army launched an offensive into Halaba on Monday.')).toEqual([
			'attacked halaba 2020-02-03 day'
		]);
		// A truce agreed for later is still agreed (guide rule 7).
		expect(line('A truce in Halaba is expected to take effect at midnight.')).toEqual([
			'ceasefire halaba 2020-02-07 reported'
		]);
	});

	it('reads nothing a duty or purpose puts ahead, but a claim about the past is reported', () => {
		expect(line('Under the deal, troops are supposed to begin joint patrols on the M9 highway.')).toEqual([]);
		expect(line('Troops were meant to deploy to Qarnaz on Monday.')).toEqual([]);
		expect(line('The army is supposed to have shelled Qarnaz on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
	});

	it('reads no indefinite event noun that a modal verb of its clause governs, however far on', () => {
		expect(
			line(
				'Turkey should tell Russia it will compromise its aim in the region – a return to order – with an assault on Qarnaz.'
			)
		).toEqual([]);
		expect(
			line('He said the two armies would carry out coordinated military patrols on the M9 highway.')
		).toEqual([]);
		// The modal of another clause, or across a participle's own phrase, does not reach the noun.
		expect(
			line('The deal would preserve the gains made by the army during an offensive on Qarnaz in December.')
		).toEqual(['attacked qarnaz 2019-12-01 month']);
		expect(
			line(
				'Officials said the rebels, who would later deny it, had carried out an attack on Qarnaz on Monday.'
			)
		).toEqual(['attacked qarnaz 2020-02-03 day']);
	});

	it('reads nothing a failure or refusal governs a few words on', () => {
		expect(line('The two sides failed to agree on a ceasefire in Halaba.')).toEqual([]);
		expect(line('Turkey refused to sign a deal on Halaba on Monday.')).toEqual([]);
	});

	it('reads no entry by an aid convoy, journalists or civilians', () => {
		expect(line('An aid convoy entered Qarnaz on Monday.')).toEqual([]);
		expect(line('Journalists entered Qarnaz on Monday.')).toEqual([]);
		expect(line('Government troops entered Qarnaz on Monday.')).toEqual(['entered qarnaz 2020-02-03 day']);
	});

	it('takes no place at the ends of a road "from X to Y"', () => {
		expect(line('The road from Qarnaz to Dalbur was shelled on Monday.')).toEqual([]);
	});
});

describe('unreal and modalBetween', () => {
	it('reads a modal, a negation, an intent or a bare infinitive right before the word as unreal', () => {
		expect(unreal('the army would ')).toBe(true);
		expect(unreal('troops did not ')).toBe(true);
		expect(unreal('rebels threatened to ')).toBe(true);
		expect(unreal('troops were able to ')).toBe(false);
		expect(unreal('on Monday troops ')).toBe(false);
		expect(unreal('since May troops ')).toBe(false);
	});

	it('lets a truce announced for the hours ahead stand, and reads a modal after a noun as possible', () => {
		expect(unreal('a truce that will ', 'ceasefire')).toBe(false);
		expect(modalBetween(' that could reach ', 'attack')).toBe(true);
		expect(modalBetween(' on the town of ', 'attack')).toBe(false);
	});

	it('reads an attack noun an infinitive of undertaking governs as ahead, however long its noun phrase', () => {
		expect(unreal(' champing at the bit to launch their full out ', 'attack')).toBe(true);
		expect(unreal(' rebels continued to stage ', 'attack')).toBe(false);
		// A truce a deal is to resume is agreed (guide rule 7), not ahead.
		expect(unreal(' reached a deal on Thursday to resume a ', 'ceasefire')).toBe(false);
		expect(
			line('The allies have been champing at the bit to launch their full out attacks on Qarnaz.')
		).toEqual([]);
		expect(line('Rebels managed to launch a new offensive on Qarnaz on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
	});

	it('reads an event noun an intent or a hope governs through its verb as ahead, however long its noun phrase', () => {
		expect(unreal(' wants to bring the Syrian ', 'attack')).toBe(true);
		expect(unreal(' expressed hope for achieving ', 'ceasefire')).toBe(true);
		// A verb of agreeing is no intent: the truce is agreed.
		expect(unreal(' troops agreed to observe a ', 'ceasefire')).toBe(false);
		expect(
			line('Kestel wants to bring the Syrian offensive to a halt in Halaba, thus clashing with the army.')
		).toEqual([]);
		expect(line('Erdogan expressed hope for achieving ceasefire in Halaba after he meets Putin.')).toEqual(
			[]
		);
	});
});
