import { describe, expect, it } from 'vitest';
import { brief, line } from './sentence-fixture';
import { gateOpen, gateText } from '../core/regex';
import { kindFor, PHRASE_GATES, triggersIn } from './triggers';

describe('extractEvents: a takeover, fighters driven out, and places "among them"', () => {
	it('reads a takeover and fighters driven or expelled from a place as its capture', () => {
		expect(line('The army completed its takeover of Qarnaz on Monday.')).toEqual([
			'captured qarnaz 2020-02-03 day'
		]);
		expect(line('Syrian forces drove rebels out of Qarnaz on Monday.')).toEqual([
			'captured qarnaz 2020-02-03 day'
		]);
		expect(line('Syrian forces expelled militants from Qarnaz on Monday.')).toEqual([
			'captured qarnaz 2020-02-03 day'
		]);
		expect(line('The army drove towards Qarnaz after rebels left.')).toEqual([]);
	});

	it('reads places named "among them" as the ground taken', () => {
		expect(
			line('Syrian forces recaptured several villages, among them Qarnaz and Dalbur, on Monday.')
		).toEqual(['recaptured qarnaz+dalbur 2020-02-03 day']);
	});
});

describe('extractEvents: a convoy that went somewhere, and hardware sent into a place', () => {
	it('reads a convoy, or part of one, that went to a place as deployed there', () => {
		expect(
			line('On Monday the convoy split: one part went to Qarnaz, while the other part went to Dalbur.')
		).toEqual(['deployed qarnaz+dalbur 2020-02-03 day']);
		expect(
			line('The convoy halted after the air strike and then went southward to the town of Qarnaz.')
		).toEqual(['deployed qarnaz 2020-02-07 reported']);
		// Without a convoy word people who went somewhere are no deployment.
		expect(line('Thousands of families went to Qarnaz on Monday.')).toEqual([]);
	});

	it('reads troops and hardware sent into a place as deployed there', () => {
		expect(line('Turkey has sent thousands of troops and heavy military hardware into Halaba.')).toEqual([
			'deployed halaba 2020-02-07 reported'
		]);
	});
});

describe('extractEvents: more forms of the event words', () => {
	it('reads -ing and present forms of attack verbs, and a suicide bombing, but not "striking distance"', () => {
		expect(line('Turkey retaliated by striking targets in Qarnaz on Thursday.')).toEqual([
			'attacked qarnaz 2020-02-06 day'
		]);
		expect(line('A suicide bomber blew himself up in Dalbur on Thursday, killing five.')).toEqual([
			'attacked dalbur 2020-02-06 day'
		]);
		expect(line('On Thursday the army was within striking distance of Qarnaz.')).toEqual([]);
	});

	it('reads "seized back" as a recapture and "crossed the border into" as an entry, or a deployment of Turkish troops', () => {
		expect(line('Rebels seized back Qarnaz on Thursday.')).toEqual(['recaptured qarnaz 2020-02-06 day']);
		expect(line('Turkish troops crossed the border into Halaba on Thursday.')).toEqual([
			'deployed halaba 2020-02-06 day'
		]);
		expect(line('Government troops crossed into Halaba on Thursday.')).toEqual([
			'entered halaba 2020-02-06 day'
		]);
	});

	it('reads a post vacated as withdrawn, and a town vacated as no event', () => {
		expect(line('Turkish forces vacated the Qarnaz post on Thursday.')).toEqual([
			'post-withdrawn the-qarnaz-post 2020-02-06 day'
		]);
		expect(line('Rebels vacated Qarnaz on Thursday.')).toEqual([]);
	});
});

describe('triggersIn and kindFor', () => {
	const found = (s: string) => triggersIn(s).map((t) => `${t.cls}:${t.text}`);

	it('finds the event words of a sentence, and none in the senses the words around them give', () => {
		expect(found('Rebels seized Qarnaz and shelled Dalbur.')).toEqual(['capture:seized', 'attack:shelled']);
		expect(found('The army took part in the parade.')).toEqual([]);
		expect(found('An aid convoy reached the camp.')).toEqual([]);
	});

	it('reads winning control of a place as its capture', () => {
		expect(line('Rebels also won control of Sirwan village on Monday.')).toEqual([
			'captured sirwan 2020-02-03 day'
		]);
		expect(line('Rebels won control over Qarnaz on Monday.')).toEqual(['captured qarnaz 2020-02-03 day']);
		expect(found('Rebels are winning control of Qarnaz.')).toEqual(['capture:winning control of']);
		expect(found('The party won the vote in Kestel.')).toEqual([]);
	});

	it('reads "reached for" as no arrival, so a truce reached for a place is a ceasefire there', () => {
		expect(found('A ceasefire is reached for the city of Qarnaz.')).toEqual(['ceasefire:ceasefire']);
		expect(line('On Monday a ceasefire was reached for the city of Qarnaz.')).toEqual([
			'ceasefire qarnaz 2020-02-03 day'
		]);
	});

	it('reads a verb of driving fighters out, with the fighters, as one capture word', () => {
		expect(found('Troops drove the rebels out of Qarnaz.')).toEqual(['capture:drove the rebels out of']);
	});

	it('reads crossing a border named with its country into a place as an entry word', () => {
		expect(found('Troops crossed the Syrian border into Qarnaz.')).toEqual([
			'enter:crossed the Syrian border into'
		]);
		expect(
			brief('Turkish military vehicles crossed the Syrian border into Halaba on Sunday.').map(
				(e) => `${e.kind} ${e.places.join('+')} ${e.date}`
			)
		).toEqual(['deployed halaba 2020-02-02']);
	});

	it('reads expelling a group named by its own name as one capture word, but not expelling diplomats', () => {
		expect(found("Troops succeeded in expelling Hay'at Tahrir al-Sham from the town of Qarnaz.")).toEqual([
			"capture:expelling Hay'at Tahrir al-Sham from"
		]);
		expect(found('Kestel expelled Syrian diplomats from the country.')).toEqual([]);
	});

	it('gives the kind from the word and the place kind, or none when the pair has none', () => {
		expect(kindFor('surround', 'observation-post')).toBe('post-surrounded');
		expect(kindFor('surround', 'town')).toBeUndefined();
		expect(kindFor('enter', 'observation-post')).toBeUndefined();
		expect(kindFor('talks', 'governorate')).toBeUndefined();
		expect(kindFor('capture', undefined)).toBeUndefined();
	});
});

describe('extractEvents: a truce word that names a deal (session 19)', () => {
	it('reads "the ceasefire agreement in X" as both a ceasefire and an agreement', () => {
		expect(
			line(
				'The ceasefire agreement in Halaba reached by the two sides on the fifth of March is fragile.',
				'2020-08-25'
			)
		).toEqual(['ceasefire halaba 2020-03-05 day', 'agreement halaba 2020-03-05 day']);
	});

	it('reads neither when the deal is broken or still to come', () => {
		expect(line('Rebels violated the ceasefire agreement in Halaba on Thursday.')).toEqual([]);
		expect(line('A ceasefire agreement for Halaba could be signed next week.')).toEqual([]);
	});
});

describe('extractEvents: a deal some side made, with what it is to do (session 28)', () => {
	it('reads the places of the deal’s purpose as what it covers, whatever its verb', () => {
		expect(
			line('Kestel made an agreement with Vardan to pull out of the Qarnaz post and two other sites.')
		).toEqual(['agreement the-qarnaz-post 2020-02-07 reported']);
		expect(triggersIn('They made a deal to reopen the road.').map((t) => [t.text, t.cls])).toEqual([
			['deal to reopen', 'agree']
		]);
	});

	it('leaves a deal with no verb of making to the frame rule', () => {
		expect(
			line('Troops stay in Halaba as part of an agreement with Vardan to stabilise the Halaba zone.')
		).toEqual([]);
	});
});

describe('PHRASE_GATES', () => {
	/** Sentences each phrase pattern matches, in the forms and cases its words take. */
	const MATCHED = [
		'Troops DROVE the rebels out of the town.',
		'The army expelling all jihadists from Qarnaz.',
		'They ousted Hay’at Tahrir al-Sham from the town of X.',
		'The army cleared the town of terrorists.',
		'Government forces cleansing the area from militants.',
		'The militants were finally kicked out of Qarnaz.',
		'The rebels have been forced from Qarnaz.',
		'The army fired dozens of rockets at Qarnaz.',
		'They lobbed shells into Qarnaz.',
		'Launching missiles toward Qarnaz.',
		'Qarnaz’s swift capture on Monday.',
		"Qarnaz's liberation was announced.",
		'Qarnaz came under heavy fire.',
		'The town has been subjected to repeated bombardment.',
		'Troops crossed the Turkish-Syrian border into Qarnaz.',
		'Turkey sent more than 100 vehicles to Qarnaz.',
		'The army dispatched fresh troops into Qarnaz.',
		'The convoy then travelled southward to Qarnaz.',
		'The convoy moved on to Qarnaz.',
		'The column arrived at Qarnaz.',
		'The joint patrol set off from Qarnaz.',
		'Its Operation Olive Branch against Qarnaz.',
		'Troops advancing from the east toward Qarnaz.',
		'Both are included in the Sochi de-escalation deal.',
		'The zone is the direct result of a deal reached last month.',
		'A CEASE-FIRE was reached in September to establish a zone.',
		'They reached a deal to set up a zone in Qarnaz.',
		'Turkey brokered an agreement with Russia to pull out.',
		'The cease fire accord in Qarnaz.',
		'They seized the villages surrounding Qarnaz.',
		'The army captured all territory around the post.',
		'ſent more troops to Qarnaz.'
	];

	it('opens on every sentence its pattern matches: a gate never hides a match', () => {
		let matched = 0;
		for (const sentence of MATCHED)
			for (const [re, groups] of PHRASE_GATES) {
				re.lastIndex = 0;
				if (!re.test(sentence)) continue;
				re.lastIndex = 0;
				matched++;
				expect(gateOpen(gateText(sentence), groups), `${re.source} on "${sentence}"`).toBe(true);
			}
		expect(matched).toBeGreaterThanOrEqual(MATCHED.length);
	});

	it('gives every pattern a sentence of its own here', () => {
		const unmatched = [...PHRASE_GATES.keys()].filter((re) =>
			MATCHED.every((s) => {
				re.lastIndex = 0;
				const hit = re.test(s);
				re.lastIndex = 0;
				return !hit;
			})
		);
		expect(unmatched.map((re) => re.source)).toEqual([]);
	});

	it('shuts on a sentence with none of its words, where the pattern cannot match', () => {
		const sentence = 'Residents said the market was quiet.';
		for (const [re, groups] of PHRASE_GATES) {
			re.lastIndex = 0;
			expect(re.test(sentence)).toBe(false);
			re.lastIndex = 0;
			expect(gateOpen(gateText(sentence), groups)).toBe(false);
		}
	});
});
