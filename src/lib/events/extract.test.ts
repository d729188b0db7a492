import { describe, expect, it } from 'vitest';
import type { Mention } from '../geoparse/match';
import type { PlaceKind } from '../places/kinds';
import { extractEvents } from './extract';
import { sentenceRanges } from './sentences';
import { brief, extract, id, kinds, line } from './sentence-fixture';

describe('extractEvents', () => {
	it('reads a verb governing a place, with the sentence range and a confidence', () => {
		const body = 'Intro line.\n\nGovernment forces captured Qarnaz on Thursday. Nothing else happened.';
		const [event, ...rest] = extract(body);
		expect(rest).toEqual([]);
		expect(event).toMatchObject({
			kind: 'captured',
			places: ['qarnaz'],
			date: '2020-02-06',
			datePrecision: 'day',
			trigger: 'captured'
		});
		expect(body.slice(event!.start, event!.end)).toBe('Government forces captured Qarnaz on Thursday.');
		expect(event!.sentence).toBe(body.slice(event!.start, event!.end));
		expect(event!.confidence).toBeGreaterThan(0);
		expect(event!.confidence).toBeLessThanOrEqual(1);
	});

	it('takes the kind from the verb and the place: surrounded + a post, surrounded + a town', () => {
		expect(brief('Troops surrounded the Qarnaz post yesterday.')).toEqual([
			{ kind: 'post-surrounded', places: ['the-qarnaz-post'], date: '2020-02-06', precision: 'day' }
		]);
		expect(brief('Troops surrounded Dalbur yesterday.')).toEqual([]);
		expect(brief('Turkey withdrew from the Qarnaz post.')[0]?.kind).toBe('post-withdrawn');
		expect(brief('Turkey withdrew from Dalbur.')).toEqual([]);
		expect(brief('Talks in Kestel ended.')[0]?.kind).toBe('talks');
	});

	it('keeps a list of places under one verb and leaves out where a place is', () => {
		expect(brief('Shelling hit Qarnaz, Dalbur and Sirwan in the countryside of Halaba.')).toEqual([
			{ kind: 'attacked', places: ['qarnaz', 'dalbur', 'sirwan'], date: '2020-02-07', precision: 'reported' }
		]);
		expect(brief("Air strikes in Halaba's Qarnaz killed six.").map((e) => e.places)).toEqual([['qarnaz']]);
		expect(brief('The army captured Qarnaz, located in Halaba, on Monday.').map((e) => e.places)).toEqual([
			['qarnaz']
		]);
	});

	it('goes on past a wide place that only says where the members before it lie', () => {
		expect(
			kinds(
				'On Monday rebels took control of Qarnaz and Sirwan villages to the north of Halaba, Dalbur and Tell Mira to the south of Halaba and Kafr Susa to the southwest.'
			)
		).toEqual(['captured qarnaz+sirwan+dalbur+tell-mira+kafr-susa']);
		expect(kinds('On Monday rebels took control of Qarnaz to the north of Halaba.')).toEqual([
			'captured qarnaz'
		]);
		expect(
			kinds('On Monday rebels took control of Qarnaz to the south of Halaba and western Dalbur.')
		).toEqual(['captured qarnaz']);
	});

	it('keeps list members that carry a bearing adjective, and a lone bearing after a comma as a locator', () => {
		expect(
			kinds('On Monday forces targeted schools in Halaba, western Qarnaz and north-western Dalbur towns.')
		).toEqual(['attacked halaba+qarnaz+dalbur']);
		expect(kinds('On Monday jets struck Halaba and western Qarnaz.')).toEqual(['attacked halaba+qarnaz']);
		expect(kinds('On Monday jets struck Dalbur, western Halaba.')).toEqual(['attacked dalbur']);
	});

	it('reads no place of the happening an event noun is tied to by "follows" or "came after"', () => {
		expect(line("Wednesday's bombardment follows a visit by the president on Tuesday to Kestel.")).toEqual(
			[]
		);
		expect(line('The shelling of Qarnaz on Monday came after talks in Kestel.')).toEqual([
			'attacked qarnaz 2020-02-03 day',
			'talks kestel 2020-02-07 reported'
		]);
	});

	it('reads no place where a saying was as the subject of the passive it reports', () => {
		expect(
			line('The ministry said in a statement in Kestel that the convoy was attacked on Monday.')
		).toEqual([]);
		expect(line('Qarnaz, which was shelled on Monday, is quiet.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
		// A capital's possessive before what a government has is the government, not the city.
		expect(line("It said the attack violated Kestel's agreements with Vardan.")).toEqual([]);
		expect(line("On Monday jets struck Kestel's suburbs.")).toEqual(['attacked kestel 2020-02-03 day']);
	});

	it('reads the subject of a passive verb', () => {
		expect(brief('Qarnaz, a town on the old road to the coast, was recaptured on 3 February.')).toEqual([
			{ kind: 'recaptured', places: ['qarnaz'], date: '2020-02-03', precision: 'day' }
		]);
	});

	it('reports nothing for threats, plans, denials, conditions, questions and purposes', () => {
		for (const text of [
			'Turkey threatened to strike Qarnaz.',
			'The army would capture Qarnaz within days.',
			'Russia denied striking Qarnaz.',
			'Russia did not strike Qarnaz.',
			'If the talks fail, troops will enter Dalbur.',
			'Did troops enter Dalbur?',
			'The army is preparing to storm Qarnaz.'
		])
			expect(brief(text), text).toEqual([]);
	});

	it('does not take a verb used as an adjective, nor ground taken in a place for the place', () => {
		expect(brief('The besieged Qarnaz post held out.')).toEqual([]);
		expect(brief('The army captured five villages in Halaba.')).toEqual([]);
		expect(
			brief('The army captured all the villages in the pocket, including Qarnaz.').map((e) => e.places)
		).toEqual([['qarnaz']]);
		expect(
			brief('The army captured several villages in Halaba, including Qarnaz and Sirwan.').map((e) => e.places)
		).toEqual([['qarnaz', 'sirwan']]);
	});

	it('gives no place to a town that only says where the road or hill taken lies', () => {
		expect(
			line('Troops set up a post on Saturday, gaining control over the roads near the town of Qarnaz.')
		).toEqual([]);
		expect(line('Troops took control of the hill outside Qarnaz on Monday.')).toEqual([]);
		expect(line('Troops captured the town of Qarnaz near Dalbur on Monday.')).toEqual([
			'captured qarnaz 2020-02-03 day'
		]);
	});

	it('gives no place to a wide place that only locates an unlinked village or some village', () => {
		expect(brief('Rockets hit the village of Umm Zahra in southern Halaba on Monday.')).toEqual([]);
		expect(brief('Troops seized on Monday a hamlet in the north of Halaba.')).toEqual([]);
		expect(brief('Troops took over a village in the east of Halaba.')).toEqual([]);
		expect(
			brief('Jets struck the town of Umm Zahra and the villages of Sirwan and Qarnaz.').map((e) => e.places)
		).toEqual([['sirwan', 'qarnaz']]);
	});

	it('reads a convoy entering as a deployment, fire at a place as an attack, and a blamed capital as no target', () => {
		expect(brief('A convoy of armoured trucks entered Halaba zone on Monday.')).toEqual([
			{ kind: 'deployed', places: ['halaba-zone'], date: '2020-02-03', precision: 'day' }
		]);
		expect(brief('Gunners opened fire at positions near Dalbur on Monday.').map((e) => e.kind)).toEqual([
			'attacked'
		]);
		expect(brief('Engineers made their way to Tell Mira on Monday.').map((e) => e.kind)).toEqual([
			'deployed'
		]);
		expect(brief('Two guards were hurt in a raid blamed on Kestel.')).toEqual([]);
	});

	it('takes villages named after "the villages of", also past names nobody linked', () => {
		expect(brief('The army took control of the villages of Qarnaz and Sirwan.').map((e) => e.places)).toEqual(
			[['qarnaz', 'sirwan']]
		);
		expect(
			brief('The army took control of the villages of Umm Zahra, Qarnaz and Sirwan.').map((e) => e.places)
		).toEqual([['qarnaz', 'sirwan']]);
		expect(brief('The army took control of villages of southern Halaba.')).toEqual([]);
	});

	it('reads "recovered" as a recapture only right before the place', () => {
		expect(brief('On Monday the army recovered the village of Sirwan.').map((e) => e.kind)).toEqual([
			'recaptured'
		]);
		expect(brief('On Monday rescuers recovered bodies from the rubble in Sirwan.')).toEqual([]);
	});

	it('reads an agreement made at a capital as talks there', () => {
		expect(brief('The truce terms were agreed in the Kestel process on Monday.').map((e) => e.kind)).toEqual([
			'talks'
		]);
	});

	it('skips datelines: a place named there is where the story was filed', () => {
		const body = 'QARNAZ (Agency) - Troops entered the town.';
		const mentions: Mention[] = [{ place: 'qarnaz', start: 0, end: 6, surface: 'QARNAZ', role: 'dateline' }];
		expect(extract(body, '2020-02-07', { mentions })).toEqual([]);
	});

	it('reads agreements and ceasefires over every place of their clause', () => {
		expect(brief('Both sides agreed last September to turn Halaba into the Halaba zone.')).toEqual([
			{ kind: 'agreement', places: ['halaba', 'halaba-zone'], date: '2019-09-01', precision: 'month' }
		]);
	});

	it('grows linearly: a long text of repeated sentences gives one event per sentence', () => {
		const sentence = 'Troops entered Dalbur on Monday. ';
		const body = sentence.repeat(2000);
		const events = extract(body);
		expect(events).toHaveLength(2000);
		expect(events[1999]!.date).toBe('2020-02-03');
	});
});

describe('extractEvents: nominal, passive and pointed-back readings', () => {
	it('reads attacks written as nouns, with the place after on, of, near or in', () => {
		expect(kinds('Air strikes on Qarnaz killed three.')).toEqual(['attacked qarnaz']);
		expect(kinds('The shelling of Dalbur went on all night.')).toEqual(['attacked dalbur']);
		expect(kinds('A drone attack near Sirwan wounded two soldiers.')).toEqual(['attacked sirwan']);
		expect(kinds('Barrel bombs were dropped on Tell Mira.')).toEqual(['attacked tell-mira']);
		expect(kinds('Shells fell on Qarnaz and Kafr Susa.')).toEqual(['attacked qarnaz+kafr-susa']);
		expect(kinds('Dalbur came under heavy shelling.')).toEqual(['attacked dalbur']);
	});

	it('takes where the dead and wounded were for the place of an attack the sentence reports', () => {
		expect(kinds('Four civilians died in Dalbur when rockets hit a school.')).toEqual(['attacked dalbur']);
		expect(kinds('Two men were killed in Qarnaz by artillery fire.')).toEqual(['attacked qarnaz']);
		expect(kinds('Two men were killed in Qarnaz in clashes.')).toEqual([]);
		expect(kinds('A tanker overturned and two men were killed in Qarnaz.')).toEqual([]);
	});

	it('reads passive and intransitive captures of a subject, and not their other senses', () => {
		expect(brief('Tell Mira fell on Monday.')).toEqual([
			{ kind: 'captured', places: ['tell-mira'], date: '2020-02-03', precision: 'day' }
		]);
		expect(kinds('Tell Mira was taken after a short battle.')).toEqual(['captured tell-mira']);
		expect(kinds('Prices fell in Tell Mira.')).toEqual([]);
		expect(kinds('Shells fell near Tell Mira.')).toEqual(['attacked tell-mira']);
		expect(kinds('Wounded men from Dalbur were taken to hospital.')).toEqual([]);
		expect(kinds('The fall of Dalbur opened the road north.')).toEqual(['captured dalbur']);
	});

	it('reads "took X" only with the place right after it', () => {
		expect(kinds('Rebels took Dalbur after shelling Qarnaz.').sort()).toEqual([
			'attacked qarnaz',
			'captured dalbur'
		]);
		expect(kinds('Rebels took the town of Dalbur.')).toEqual(['captured dalbur']);
		expect(kinds('Rebels took part in the fighting near Dalbur.')).toEqual([]);
	});

	it('shares the object of two joined verbs, and finds what "the town" and "its capture" point at', () => {
		expect(kinds('Troops entered and captured Dalbur.').sort()).toEqual([
			'captured dalbur',
			'entered dalbur'
		]);
		expect(kinds('The army left Qarnaz on Friday, days after taking the town from the rebels.')).toEqual([
			'captured qarnaz'
		]);
		expect(kinds('A week after its capture by the army, Dalbur reopened its market.')).toEqual([
			'captured dalbur'
		]);
	});

	it('dates an event in an "after" clause by its own clause, not by the main clause', () => {
		expect(brief('The army left Qarnaz on Friday, days after taking the town.', '2020-02-09')).toEqual([
			{ kind: 'captured', places: ['qarnaz'], date: '2020-02-09', precision: 'reported' }
		]);
	});

	it('dates an event with no date of its own by the day it was reported', () => {
		expect(brief('Jets struck Qarnaz, sources said on Wednesday.', '2020-02-07')).toEqual([
			{ kind: 'attacked', places: ['qarnaz'], date: '2020-02-05', precision: 'day' }
		]);
	});

	it('takes a passive place it locates when the clause has no subject place', () => {
		expect(kinds('The post was built in the Qarnaz post area.')).toEqual([
			'post-established the-qarnaz-post'
		]);
		expect(kinds('Troops were deployed to Dalbur.')).toEqual(['deployed dalbur']);
	});

	it('puts talks at their venue, never at a capital that stands for a government', () => {
		expect(kinds('Leaders met in Kestel to discuss Halaba.')).toEqual(['talks kestel']);
		expect(kinds('Officials held talks with Kestel.')).toEqual([]);
		expect(kinds('After talks with the minister at a palace in Kestel, he left.')).toEqual(['talks kestel']);
	});

	it('reads a ceasefire announced for the hours ahead, dated by the day it takes effect', () => {
		expect(brief('Russia said the army would cease fire in Halaba from Friday.', '2020-02-07')).toEqual([
			{ kind: 'ceasefire', places: ['halaba'], date: '2020-02-07', precision: 'day' }
		]);
		expect(brief('The army could cease fire in Halaba.')).toEqual([]);
	});

	it('reads further attack, entry, capture and deployment wordings', () => {
		expect(kinds('Troops pressed their assault on Dalbur.')).toEqual(['attacked dalbur']);
		expect(kinds('Rebels stormed Dalbur at dawn.')).toEqual(['entered dalbur']);
		expect(kinds('After Dalbur’s fall, thousands fled north.')).toEqual(['captured dalbur']);
		expect(brief('Sirwan returned to government control last night.', '2020-02-07')).toEqual([
			{ kind: 'recaptured', places: ['sirwan'], date: '2020-02-06', precision: 'day' }
		]);
		expect(kinds('Turkey sent a convoy of 50 vehicles to Tell Mira.')).toEqual(['deployed tell-mira']);
		expect(kinds('Turkey has deployed thousands of troops in Halaba.')).toEqual(['deployed halaba']);
	});

	it('does not take where something came from for where it happened', () => {
		expect(kinds('A convoy from Halaba reached Tell Mira.')).toEqual(['deployed tell-mira']);
		expect(kinds('Shelling from Dalbur hit Qarnaz.')).toEqual(['attacked qarnaz']);
		expect(kinds('Rockets fired from Halaba landed in Dalbur.')).toEqual(['attacked dalbur']);
		expect(kinds('Turkey withdrew from the Qarnaz post.')).toEqual(['post-withdrawn the-qarnaz-post']);
	});

	it('reads a relative clause about the place before it, but not a noun after "which"', () => {
		expect(brief('Fighting raged around Dalbur, which the army captured last week.', '2020-02-07')).toEqual([
			{ kind: 'captured', places: ['dalbur'], date: '2020-01-27', precision: 'week' }
		]);
		expect(kinds('Jets struck the outskirts of Qarnaz, which resulted in the fall of a wall.')).toEqual([
			'attacked qarnaz'
		]);
	});

	it('reads "fell into", an agreement "reached on", and a capture of a place after a possessive side', () => {
		expect(kinds('Dalbur fell into rebel hands.')).toEqual(['captured dalbur']);
		expect(kinds('An agreement was reached on a truce in Halaba.').sort()).toEqual([
			'agreement halaba',
			'ceasefire halaba'
		]);
		expect(kinds("The army's capture of Dalbur opened the road.")).toEqual(['captured dalbur']);
		expect(kinds('A convoy of displaced families reached Dalbur.')).toEqual([]);
	});

	it('leaves out ground beside a place, aid convoys, and a noun its own verb denies', () => {
		expect(kinds('Troops captured the hill overlooking Dalbur.')).toEqual([]);
		expect(kinds('Aid convoys reached Dalbur.')).toEqual([]);
		expect(kinds('Army convoys are not allowed into Dalbur.')).toEqual([]);
	});

	it('lets an agreement reach past its ceasefire, and talks find their venue after other places', () => {
		expect(kinds('Both sides agreed on a ceasefire in Halaba.').sort()).toEqual([
			'agreement halaba',
			'ceasefire halaba'
		]);
		expect(kinds('Turkey hosted talks on Halaba in Kestel.')).toEqual(['talks kestel']);
		expect(brief('A ceasefire brokered by Russia took effect in Halaba on Friday.', '2020-02-08')).toEqual([
			{ kind: 'ceasefire', places: ['halaba'], date: '2020-02-07', precision: 'day' }
		]);
	});

	it('reports no pattern without a time, nor a fact timed only by a year', () => {
		expect(brief('The army regularly shells Qarnaz.')).toEqual([]);
		expect(brief('Jets have repeatedly struck Qarnaz since 3 January.').map((e) => e.kind)).toEqual([
			'attacked'
		]);
		expect(brief('The Qarnaz post was surrounded last year.')).toEqual([]);
		expect(brief('Since May 2019, troops have taken over the Qarnaz post.')).toEqual([
			{ kind: 'captured', places: ['the-qarnaz-post'], date: '2020-02-07', precision: 'reported' }
		]);
	});
});

describe('extractEvents: a fact timed only by its year', () => {
	it('keeps a background fact from an earlier year off the report day', () => {
		expect(brief('Government forces captured Sirwan in 2018.', '2020-02-07')).toEqual([]);
		expect(brief('Government forces captured Sirwan.', '2020-02-07')).toEqual([
			{ kind: 'captured', places: ['sirwan'], date: '2020-02-07', precision: 'reported' }
		]);
	});
});

describe('extractEvents: wordings of the third gathering', () => {
	it('reads a noun phrase ending in its preposition after a determiner', () => {
		expect(kinds('Jets stepped up their strikes on Halaba-based fighters.')).toEqual(['attacked halaba']);
		expect(kinds('The two leaders held a meeting in Kestel.')).toEqual(['talks kestel']);
		expect(kinds('The besieged Qarnaz post held out.')).toEqual([]);
	});

	it('ends a sentence at a full stop glued to the next one', () => {
		const text = 'Jets hit Qarnaz on Monday, killing ten.In this video, rescuers dig. A U.S. envoy spoke.';
		expect(sentenceRanges(text).map((r) => text.slice(r.start, r.end))).toEqual([
			'Jets hit Qarnaz on Monday, killing ten.',
			'In this video, rescuers dig.',
			'A U.S. envoy spoke.'
		]);
	});

	it('reads control established or gained, re- words, counteroffensives and posts being set up', () => {
		expect(kinds('The army established control over the villages of Sirwan and Kafr Susa.')).toEqual([
			'captured sirwan+kafr-susa'
		]);
		expect(kinds('Troops gained control over Dalbur.')).toEqual(['captured dalbur']);
		expect(kinds('The army advanced, reclaiming the villages of Sirwan and Kafr Susa.')).toEqual([
			'recaptured sirwan+kafr-susa'
		]);
		expect(kinds('Troops repelled a counteroffensive around the town of Dalbur.')).toEqual([
			'attacked dalbur'
		]);
		expect(kinds('Turkish troops began setting up the Qarnaz post on Thursday.')).toEqual([
			'post-established the-qarnaz-post'
		]);
	});

	it('takes a place standing before another place’s kind for its locator', () => {
		expect(kinds('Warplanes hit the Halaba town of Qarnaz at midnight.')).toEqual(['attacked qarnaz']);
		expect(kinds('Jets struck the Halaba village of Sirwan.')).toEqual(['attacked sirwan']);
	});

	it('leaves out where a convoy passed and what only locates it', () => {
		expect(
			kinds('The convoy passed through the Bab Sirr crossing in western Halaba into Tell Mira.')
		).toEqual(['deployed tell-mira']);
		expect(kinds('A convoy crossed from Kestel’s Halaba province into Tell Mira.')).toEqual([
			'deployed tell-mira'
		]);
		expect(kinds('Forces shelled Qarnaz with rockets stationed in the village of Sirwan.')).toEqual([
			'attacked qarnaz'
		]);
		expect(kinds('Rockets fired from Halaba landed in Dalbur.')).toEqual(['attacked dalbur']);
	});

	it('takes ground named after "namely", and no wide place for ground it only locates', () => {
		expect(kinds('The army captured two villages in Halaba, namely Sirwan and Kafr Susa.')).toEqual([
			'captured sirwan+kafr-susa'
		]);
		expect(kinds('Troops captured 5 villages from militants in Halaba.')).toEqual([]);
		expect(kinds('Troops captured five small villages and a hill on the edge of Halaba.')).toEqual([]);
		expect(kinds('Troops entered a key town south of Dalbur on Tuesday.')).toEqual([]);
	});

	it('takes the places a passive names after it ("towns retaken by the rebels include X and Y")', () => {
		expect(kinds('Towns retaken by the rebels include Sirwan, Kafr Susa and Dalbur.')).toEqual([
			'recaptured sirwan+kafr-susa+dalbur'
		]);
		expect(kinds('The army has taken the strategic settlement of Dalbur under its control.')).toEqual([
			'captured dalbur'
		]);
	});

	it('reads an attempt to take a place that was beaten back as an attack on it', () => {
		expect(kinds('Fighters tried to storm the Halaba village of Sirwan but were repelled.')).toEqual([
			'attacked sirwan'
		]);
		expect(kinds('Rebels attempted to take Dalbur but were rebuffed by the army.')).toEqual([
			'attacked dalbur'
		]);
		expect(kinds('Rebels attempted to take Dalbur.')).toEqual([]);
	});

	it('reports no campaign going on with no date of its own, but one with a date or a start', () => {
		expect(kinds('Jets have been bombarding Halaba and Dalbur, which rebels hold.')).toEqual([]);
		expect(kinds('Terrorists have been recently conducting more strikes against Dalbur.')).toEqual([]);
		expect(kinds('Jets are pounding Dalbur.')).toEqual([]);
		expect(kinds('Since Monday, jets have been pounding Dalbur.')).toEqual(['attacked dalbur']);
		expect(kinds('Jets have pounded Dalbur.')).toEqual(['attacked dalbur']);
	});

	it('dates an event "earlier in the day" by the report, not by a day named in another clause', () => {
		expect(
			brief(
				'Earlier in the day, rockets killed six in Sirwan, meaning 13 were killed on Saturday.',
				'2021-07-18'
			)
		).toEqual([{ kind: 'attacked', places: ['sirwan'], date: '2021-07-18', precision: 'reported' }]);
	});

	it('takes no wide place for ground a passive "taken" or an area east of a town only locates', () => {
		expect(kinds('Rebels won back ten of the settlements taken by the army throughout Halaba.')).toEqual([]);
		expect(kinds('The army seized the Wadi Sirr area east of the town of Dalbur.')).toEqual([]);
		expect(kinds('The army seized the villages of Sirwan and Kafr Susa.')).toEqual([
			'captured sirwan+kafr-susa'
		]);
	});

	it('reads talks named by their venue and agreements reached or signed there', () => {
		expect(kinds('Posts were set up as agreed during the Kestel peace talks on 4 May.')).toEqual([
			'talks kestel'
		]);
		expect(kinds('Troops acted within the agreements reached in Kestel on 15 September.')).toEqual([
			'talks kestel'
		]);
		expect(
			kinds('Fighting grew after the signing of the Halaba zone agreements on 15 September in Kestel.')
		).toEqual(['agreement halaba-zone', 'talks kestel']);
		expect(kinds('Halaba talks resumed on Monday.')).toEqual([]);
	});

	it('goes on with a list past a place that only locates the one before it', () => {
		expect(
			kinds('The army regained control of Sirwan northwest of Dalbur, the village of Kafr Susa and Qarnaz.')
		).toEqual(['recaptured sirwan+kafr-susa+qarnaz']);
	});

	it('reads an -ing word after a determiner as the event it names', () => {
		expect(kinds('The bombing in Dalbur killed nine children.')).toEqual(['attacked dalbur']);
	});
});

describe('extractEvents: wordings of the gatherings 5l and 6e', () => {
	it('reads no entry in a truce that "entered into force", and the truce at its place', () => {
		expect(kinds('A long-discussed truce entered into force in early February in Halaba.')).toEqual([
			'ceasefire halaba'
		]);
	});

	it('reads no ceasefire in "ceasefire violations"', () => {
		expect(
			kinds(
				'In October, Turkey started setting up the Qarnaz post for monitoring ceasefire violations in the Halaba zone.'
			)
		).toEqual(['post-established the-qarnaz-post']);
	});

	it('keeps a truce expected to take effect after midnight: "after midnight" opens no clause', () => {
		expect(
			kinds('The monitor said a fresh ceasefire is expected to go into effect after midnight in Halaba.')
		).toEqual(['ceasefire halaba']);
	});

	it('reads the villages of a place named before them as its locator ("the Halaba villages of X and Y")', () => {
		expect(kinds('On Monday, attacks on the Halaba villages of Sirwan and Kafr Susa killed 14.')).toEqual([
			'attacked sirwan+kafr-susa'
		]);
	});

	it('takes no place made an adjective ("pro-Kestel forces", "Kestel-backed rebels")', () => {
		// Sirwan, fronted, is where the fire killed (guide rule 3); Kestel only names who fired.
		expect(kinds('In Sirwan, artillery fire by pro-Kestel forces killed eight on Monday.')).toEqual([
			'attacked sirwan'
		]);
		expect(kinds('Kestel-backed rebels shelled Qarnaz on Monday.')).toEqual(['attacked qarnaz']);
	});

	it('reads a convoy an attack struck as its target, not a deployment', () => {
		expect(kinds('The army attacked a Turkish military convoy in Halaba.')).toEqual(['attacked halaba']);
		expect(
			kinds('The army shelled on February 6 a Turkish military convoy that was moving in Halaba.')
		).toEqual(['attacked halaba']);
		expect(kinds('A Turkish convoy headed to Qarnaz on Monday.')).toEqual(['deployed qarnaz']);
	});

	it('reads "any attack" as no happening', () => {
		expect(kinds('Turkey threatened on Friday to respond to any attack against the Qarnaz post.')).toEqual(
			[]
		);
	});

	it('takes no wide place for ground named by a bare plural or a direction from it', () => {
		expect(kinds('Last month the army liberated cities in the province of Halaba.')).toEqual([]);
		expect(kinds('The liberation of north of Halaba on Monday was a victory.')).toEqual([]);
		expect(kinds('The army liberated the villages of Sirwan and Kafr Susa on Monday.')).toEqual([
			'captured sirwan+kafr-susa'
		]);
	});

	it('reads "X when it fell to" with the place before the time clause', () => {
		expect(kinds('Fighters left the city of Qarnaz when it fell to the army in December.')).toEqual([
			'captured qarnaz'
		]);
	});

	it('reports no going-on with only the day of the saying, nor posts "being surrounded"', () => {
		expect(
			kinds('The group said in a statement Saturday that its rivals are sending reinforcements to Qarnaz.')
		).toEqual([]);
		expect(
			kinds('On Friday Ankara threatened to respond, where the Qarnaz post is being surrounded.')
		).toEqual([]);
		expect(kinds('The army said on Saturday that it sent reinforcements to Qarnaz.')).toEqual([
			'deployed qarnaz'
		]);
	});

	it('reads a post besieged after "able to", and no zone set up for a post set up to control it', () => {
		expect(kinds('Troops were able to completely besiege the Qarnaz post on Monday.')).toEqual([
			'post-surrounded the-qarnaz-post'
		]);
		expect(kinds('Troops established the ninth post to control the Halaba zone on Saturday.')).toEqual([]);
	});

	it('reads a patrol along or on a road as a deployment there, but not patrols an agreement sets out', () => {
		expect(kinds('The eighth joint patrol on the Halaba zone took place on Thursday.')).toEqual([
			'deployed halaba-zone'
		]);
		expect(kinds('Military police patrolled Qarnaz on Thursday.')).toEqual(['deployed qarnaz']);
		expect(kinds('The two sides agreed to hold joint patrols along the Halaba zone.')).toEqual([
			'agreement halaba-zone'
		]);
	});

	it('reads a distance with its conversion in brackets as locating the place before', () => {
		expect(
			kinds('Jets kept up their bombardment of Qarnaz, 15 km (9 miles) east of Dalbur, on Monday.')
		).toEqual(['attacked qarnaz']);
	});

	it('dates "the end of January" to its month, as "late January"', () => {
		expect(brief('Troops captured Qarnaz at the end of January.')).toEqual([
			{ kind: 'captured', places: ['qarnaz'], date: '2020-01-01', precision: 'month' }
		]);
	});
});

describe('extractEvents: wordings of gathering 8e', () => {
	it('reads "has fallen to" and control asserted over a town named in apposition', () => {
		expect(kinds('Media are saying Qarnaz has fallen to the army.')).toEqual(['captured qarnaz']);
		expect(kinds('Troops were able to assert control over another town, Dalbur, on Thursday.')).toEqual([
			'captured dalbur'
		]);
		expect(kinds('Troops captured the town, Kestel said.')).toEqual([]);
	});

	it('reads a relative passive about the place an apposition locates, not the locator', () => {
		expect(kinds('People left Qarnaz, a city in Halaba, which has been bombarded since February.')).toEqual([
			'attacked qarnaz'
		]);
		expect(kinds('Turkey has set up posts around Halaba, which it has reinforced with troops.')).toEqual([]);
	});

	it('takes no wide place for towns taken from a long-named group inside it', () => {
		expect(
			kinds(
				'The army has been capturing several towns from the Qaeda-linked group inside the Halaba countryside.'
			)
		).toEqual([]);
	});

	it('reads no attack a modal puts in the possible, however far the noun stands from its verb', () => {
		expect(kinds('Cruise missiles fired overnight may have damaged Qarnaz.')).toEqual([]);
	});

	it('takes a fronted place for an attack of the main clause', () => {
		expect(
			kinds('In Qarnaz, east of Kestel, two children were killed in an air strike on a market.')
		).toEqual(['attacked qarnaz']);
		expect(kinds('A day earlier, in the village of Sirwan, artillery fire killed eight.')).toEqual([
			'attacked sirwan'
		]);
		expect(kinds('In Kestel, the ministry said jets struck a base.')).toEqual([]);
	});

	it('takes where an attacked convoy or patrol was moving', () => {
		expect(kinds('A vehicle was hit by a device, as it patrolled near Qarnaz.')).toEqual([
			'attacked qarnaz',
			'deployed qarnaz'
		]);
		expect(
			kinds('Artillery pounded the Turkish convoy while it was passing near the town of Dalbur.')
		).toEqual(['attacked dalbur']);
	});

	it('reaches a place after a long-named target of an attack', () => {
		expect(
			kinds(
				'Jets fired missiles on the Martyr Ahmad Surgical Hospital for children and women supported by the Syrian Medical Association in Sirwan village.'
			)
		).toEqual(['attacked sirwan']);
	});

	it('reads a patrol an attack struck as its target, and no place at the ends of a road', () => {
		expect(kinds('This is the second attack on a Russian military patrol in Halaba in ten days.')).toEqual([
			'attacked halaba'
		]);
		expect(kinds('Troops shelled the road between the towns of Qarnaz and Dalbur on Monday.')).toEqual([]);
	});

	it('reads an attack that came with an entry, a refusal to let a capture happen, and a capital as an actor', () => {
		expect(kinds('Troops stormed the town of Qarnaz with a three-pronged attack.')).toEqual([
			'entered qarnaz',
			'attacked qarnaz'
		]);
		expect(kinds('Turkey is not prepared to allow the army and its allies capture Halaba.')).toEqual([]);
		expect(kinds('The attacks led to a new offensive of Kestel in the region.')).toEqual([]);
	});

	it('dates a verb by its own clause, not by a relative clause set off by commas, unless it has no other', () => {
		expect(brief('Troops, who had shelled Qarnaz on Monday, captured Dalbur on Thursday.')).toEqual([
			{ kind: 'attacked', places: ['qarnaz'], date: '2020-02-03', precision: 'day' },
			{ kind: 'captured', places: ['dalbur'], date: '2020-02-06', precision: 'day' }
		]);
		expect(
			brief('At the meeting, which was held on Thursday, the leaders agreed to a truce in Halaba.')
		).toEqual([
			{ kind: 'agreement', places: ['halaba'], date: '2020-02-06', precision: 'day' },
			{ kind: 'ceasefire', places: ['halaba'], date: '2020-02-06', precision: 'day' }
		]);
	});

	it('reads "earlier in the week" as the week of the report', () => {
		expect(brief('Jets struck Qarnaz earlier in the week.')).toEqual([
			{ kind: 'attacked', places: ['qarnaz'], date: '2020-02-03', precision: 'week' }
		]);
	});

	it('reads troops withdrawn from a post with their owner named, and troops or vehicles sent to a place', () => {
		expect(kinds('Turkey withdrew its troops from the Qarnaz post on Monday.')).toEqual([
			'post-withdrawn the-qarnaz-post'
		]);
		expect(kinds('Turkey sent more than 100 vehicles to Qarnaz on Monday.')).toEqual(['deployed qarnaz']);
		expect(kinds('The ministry sent a letter to Qarnaz officials.')).toEqual([]);
	});

	it('reads a place subjected to shelling as attacked', () => {
		expect(kinds('Qarnaz was subjected to intense shelling on Monday.')).toEqual(['attacked qarnaz']);
	});

	it('ends a list at a second verb after "and"', () => {
		// Dalbur is not captured; the advance towards it is an offensive of its own.
		expect(kinds('Government forces captured Qarnaz and advanced towards Dalbur on Monday.')).toEqual([
			'captured qarnaz',
			'attacked dalbur'
		]);
		expect(kinds('Government forces captured Qarnaz and Dalbur on Monday.')).toEqual([
			'captured qarnaz+dalbur'
		]);
	});

	it('reads no attack a purpose would avert, nor an offensive said only to go on', () => {
		expect(kinds('The zone was agreed upon to avert a government offensive on Halaba.')).toEqual([]);
		expect(kinds('Troops continued their bombardment of Qarnaz.')).toEqual([]);
		expect(kinds('Troops continued their bombardment of Qarnaz on Monday.')).toEqual(['attacked qarnaz']);
		expect(kinds('Troops seized Qarnaz and Dalbur, pressing ahead their offensive toward Halaba.')).toEqual([
			'captured qarnaz+dalbur'
		]);
	});

	it('reads "a town of X" as naming the town when X is a settlement, not a province', () => {
		expect(kinds('The army entered a strategic town of Qarnaz on Friday.')).toEqual(['entered qarnaz']);
		expect(kinds('The army captured a village of Halaba on Friday.')).toEqual([]);
	});
});

describe('extractEvents: wordings of gathering 10e', () => {
	it('reads infiltrating and intruding as entering', () => {
		expect(
			kinds('The rebels succeeded on Thursday in infiltrating the villages of Qarnaz and Sirwan.')
		).toEqual(['entered qarnaz+sirwan']);
		expect(kinds('“We intruded Qarnaz and held it,” an officer said.')).toEqual(['entered qarnaz']);
	});

	it('reads a storming begun as an attack, and storming alone as an entry', () => {
		expect(kinds('The army began storming the nearby town of Qarnaz and hilltop of Tell Mira.')).toEqual([
			'attacked qarnaz+tell-mira'
		]);
		expect(kinds('The army began the attack by storming Qarnaz on Monday.')).toEqual(['attacked qarnaz']);
		expect(kinds('The army stormed Qarnaz on Monday.')).toEqual(['entered qarnaz']);
	});

	it('takes no place from a name that only starts an area’s name ("the Qarnaz Farms"), but one from a building’s', () => {
		expect(kinds('Troops stormed the Qarnaz Farms near the town of Dalbur on Monday.')).toEqual([]);
		expect(kinds('Jets struck the Qarnaz Hospital on Monday.')).toEqual(['attacked qarnaz']);
		expect(kinds('Jets struck Qarnaz on Monday.')).toEqual(['attacked qarnaz']);
	});
});

describe('extractEvents: places that only locate, and capitals that act (gathering 10e)', () => {
	it('takes no place that names the area of a settlement after it', () => {
		expect(
			kinds('Fighters entered the western Halaba city of al-Nira and the Kestel city of Sura on Monday.')
		).toEqual([]);
		expect(kinds('Attacks on the Halaba villages of Nira and Sura killed ten on Monday.')).toEqual([]);
		expect(kinds('Shelling of Qarnaz and Dalbur villages in Halaba killed ten on Monday.')).toEqual([
			'attacked qarnaz+dalbur'
		]);
		expect(kinds('Jets struck two villages in Halaba on Monday.')).toEqual(['attacked halaba']);
	});

	it('takes no place that only says where captured ground lies', () => {
		expect(kinds('The captured areas are all located northwest of the stronghold of Qarnaz.')).toEqual([]);
	});

	it('takes no place a purpose names', () => {
		expect(kinds('Last week, a convoy seeking to deploy in Halaba was hit by a bomb attack.')).toEqual([]);
		expect(kinds('Last week, a convoy in Halaba was hit by a bomb attack.')).toEqual(['attacked halaba']);
	});

	it('reads a capital that speaks or acts as its government, not a place', () => {
		expect(
			kinds('Ten soldiers died in an attack last week that Kestel alleges was carried out by rebels.')
		).toEqual([]);
		expect(kinds('The ceasefire announced on Monday by Kestel holds.')).toEqual([]);
	});

	it('reads no talks that are only cited as the ground for something', () => {
		expect(kinds('The post was set up on Monday in line with peace talks in Kestel.')).toEqual([]);
		expect(kinds('Envoys held peace talks in Kestel on Monday.')).toEqual(['talks kestel']);
	});
});

describe('extractEvents: deals said to cover places, and the area surrounding a town (gathering 10e)', () => {
	it('reads places a dated deal is said to include as the agreement’s places', () => {
		expect(
			line('Areas of Qarnaz, Dalbur and Halaba are included in a deal on zones agreed in September 2018.')
		).toEqual(['agreement qarnaz+dalbur+halaba 2018-09-01 month']);
		expect(
			line('Qarnaz and Dalbur are included in the Kestel de-escalation deal reached last December.')
		).toEqual(['agreement qarnaz+dalbur 2019-12-01 month']);
		expect(line('Qarnaz is included in the deal reached in 2018.')).toEqual([]);
	});

	it('reads a deal told as the cause of what the clause before it names as covering its places', () => {
		expect(
			line(
				'The Halaba zone is the result of a deal reached last month between Kestel and Vardan.',
				'2018-10-12'
			)
		).toEqual(['agreement halaba-zone 2018-09-01 month']);
		expect(line('A truce took hold in Qarnaz as a result of the Kestel agreement.')).toEqual([
			'ceasefire qarnaz 2020-02-07 reported',
			'agreement qarnaz 2020-02-07 reported'
		]);
		expect(
			line(
				'A truce took hold in Qarnaz in early August as the result of a deal made last September.',
				'2019-09-12'
			)
		).toEqual(['ceasefire qarnaz 2019-08-01 month', 'agreement qarnaz 2018-09-01 month']);
		expect(line('The damage in Qarnaz is the result of shelling on Monday.')).toEqual([]);
	});

	it('reads "the area surrounding X" as where an attack struck, not a siege', () => {
		expect(line('A jet attacked the area surrounding the town of Qarnaz on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
	});
});

describe('extractEvents: a second target, and a day used as a modifier (gathering 10e)', () => {
	it('reads a second target with where it lies under one attack word', () => {
		expect(
			line('Drones carried out attacks on a convoy in the Qarnaz area and a base near Dalbur city.')
		).toEqual(['attacked qarnaz+dalbur 2020-02-07 reported']);
		expect(line('Drones struck a convoy in Qarnaz and then withdrew to a base near Dalbur.')).toEqual([
			'attacked qarnaz 2020-02-07 reported'
		]);
	});

	it('dates an attack by a day used as a modifier after "by", but not by a day "by" bounds', () => {
		expect(line('Ten were killed by Saturday artillery shells in Qarnaz.', '2020-02-08')).toEqual([
			'attacked qarnaz 2020-02-08 day'
		]);
		expect(line('Qarnaz was shelled by Saturday, monitors said.', '2020-02-08')).toEqual([
			'attacked qarnaz 2020-02-08 reported'
		]);
	});
});

describe('extractEvents: advances, Turkish entries, relative clauses on lists, "there" and deals acted under', () => {
	it('reads troops advancing towards or on a place as an offensive there, not the noun "advance" nor a going-on', () => {
		expect(line('Government forces advanced towards Qarnaz on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
		expect(line('The army pushed toward the town of Dalbur on Tuesday.')).toEqual([
			'attacked dalbur 2020-02-04 day'
		]);
		expect(line("The army's advance on Qarnaz was halted by rebels on Monday.")).toEqual([]);
		expect(line('Syrian forces are relentlessly advancing on Halaba.')).toEqual([]);
	});

	it('reads Turkish troops going into a place as a deployment, and Turkish-backed fighters or others as entering', () => {
		expect(line('Turkish troops entered Halaba on Monday.')).toEqual(['deployed halaba 2020-02-03 day']);
		expect(line('The Turkish military moved in the Qarnaz area on Monday.')).toEqual([
			'deployed qarnaz 2020-02-03 day'
		]);
		expect(line('Turkish-backed rebels entered Qarnaz on Monday.')).toEqual([
			'entered qarnaz 2020-02-03 day'
		]);
		expect(line('After Turkish troops withdrew, Syrian forces entered Qarnaz on Monday.')).toEqual([
			'entered qarnaz 2020-02-03 day'
		]);
		expect(line('Government forces moved in on Qarnaz on Monday.')).toEqual([]);
	});

	it('reads a relative clause after a list of places as about the whole list', () => {
		expect(line('Dalbur and Sirwan, which were liberated by the army on Monday, lie on the road.')).toEqual([
			'captured dalbur+sirwan 2020-02-03 day'
		]);
		expect(line('Qarnaz, Dalbur and Tell Mira, which the army captured on Monday, lie on the road.')).toEqual(
			['captured qarnaz+dalbur+tell-mira 2020-02-03 day']
		);
		expect(line('Troops shelled Qarnaz, near Dalbur, which was captured on Monday.')).toEqual([
			'attacked qarnaz 2020-02-07 reported',
			'captured dalbur 2020-02-03 day'
		]);
	});

	it('joins places in a list across an area word after the first ("X southern countryside and Y")', () => {
		expect(
			line(
				'Towns in Halaba southern countryside and Tell Mira northern countryside are included in the deal reached last December.'
			)
		).toEqual(['agreement halaba+tell-mira 2019-12-01 month']);
	});

	it('reads an attack "there" at the settlement named before it, not at one that only locates it', () => {
		expect(
			line(
				'Rebels lost ground around the town of Qarnaz, to the east of Dalbur, after troops launched an attack there on Monday.'
			)
		).toEqual(['attacked qarnaz 2020-02-03 day']);
		expect(line('Residents fled Qarnaz after jets struck there on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
	});

	it('does not date talks or a deal a clause acts under by that clause’s day', () => {
		expect(
			line(
				'On Monday troops began setting up the Qarnaz post as agreed upon during the Kestel talks, the army said on Tuesday.'
			)
		).toEqual(['post-established the-qarnaz-post 2020-02-03 day', 'talks kestel 2020-02-04 day']);
		expect(
			line(
				'On Monday troops began setting up the Qarnaz post within the framework of agreements reached in Kestel.'
			)
		).toEqual(['post-established the-qarnaz-post 2020-02-03 day', 'talks kestel 2020-02-07 reported']);
		expect(line('On Monday leaders met in Kestel and agreed on a truce in Halaba.')).toEqual([
			'talks kestel 2020-02-03 day',
			'agreement halaba 2020-02-03 day',
			'ceasefire halaba 2020-02-03 day'
		]);
	});
});

describe('extractEvents: places an attack includes, and a date after a nominal "after"', () => {
	it('adds the places "including" names among an attack’s or a deployment’s targets', () => {
		expect(line('Jets struck several villages in Halaba on Monday, including Qarnaz and Dalbur.')).toEqual([
			'attacked halaba+qarnaz+dalbur 2020-02-03 day'
		]);
		expect(
			line(
				'Activists reported deadly strikes in several locations in Halaba on Monday, including in the town of Qarnaz.'
			)
		).toEqual(['attacked halaba+qarnaz 2020-02-03 day']);
		// A capture still needs the ground named, and takes only what "including" names.
		expect(line('Troops captured villages in Halaba on Monday, including Qarnaz.')).toEqual([
			'captured qarnaz 2020-02-03 day'
		]);
	});

	it('dates an event by a day after "after" and a noun phrase, not after a clause with its own verb', () => {
		expect(
			line('Pro-government forces seized the village of Sirwan after fierce fighting on Monday.')
		).toEqual(['captured sirwan 2020-02-03 day']);
		expect(line('The army captured Qarnaz after a rapid advance on Monday afternoon.')).toEqual([
			'captured qarnaz 2020-02-03 day'
		]);
		expect(line('The army captured Qarnaz after rebels withdrew on Monday.')).toEqual([
			'captured qarnaz 2020-02-07 reported'
		]);
		expect(line('The army captured Qarnaz after an offensive launched on Monday.')).toEqual([
			'captured qarnaz 2020-02-07 reported'
		]);
	});
});

describe('extractEvents: each clause’s own day, and a place lost', () => {
	it('dates a verb joined by "and" by its own day after it, and by the day before only when it has none', () => {
		expect(line('The army captured Qarnaz on Monday and shelled Dalbur on Wednesday.')).toEqual([
			'captured qarnaz 2020-02-03 day',
			'attacked dalbur 2020-02-05 day'
		]);
		expect(line('The army captured Qarnaz on Monday and shelled Dalbur.')).toEqual([
			'captured qarnaz 2020-02-03 day',
			'attacked dalbur 2020-02-03 day'
		]);
	});

	it('keeps two events of one kind on different days apart, and a place read twice at its first day', () => {
		expect(
			line('The monitor said jets struck Qarnaz, a day after rebels shelled Dalbur on Wednesday.')
		).toEqual(['attacked qarnaz 2020-02-07 reported', 'attacked dalbur 2020-02-05 day']);
		expect(line('Jets struck Qarnaz on Monday and shelled Qarnaz again on Thursday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
	});

	it('reads a day past a relative clause between commas as its verb’s', () => {
		expect(line('The army captured Qarnaz, which rebels had seized in January, on Monday.')).toEqual([
			'captured qarnaz 2020-02-03 day'
		]);
	});

	it('keeps the day of a time clause that opens the sentence to that clause', () => {
		expect(line('Two days after capturing Qarnaz, troops shelled Dalbur on Thursday.')).toEqual([
			'captured qarnaz 2020-02-07 reported',
			'attacked dalbur 2020-02-06 day'
		]);
		expect(line('Since capturing Qarnaz on Monday, troops have shelled Dalbur.')).toEqual([
			'captured qarnaz 2020-02-03 day',
			'attacked dalbur 2020-02-07 reported'
		]);
	});

	it('reads "the 3rd of this month" and "the 30th of last month" as days', () => {
		expect(line('Jets struck Qarnaz on the 3rd of this month.')).toEqual(['attacked qarnaz 2020-02-03 day']);
		expect(line('Jets struck Qarnaz on the 30th of last month.')).toEqual(['attacked qarnaz 2020-01-30 day']);
	});

	it('reads a place a side lost as captured, but not soldiers or ground lost near it', () => {
		expect(line('Rebels lost Qarnaz on Thursday to government forces.')).toEqual([
			'captured qarnaz 2020-02-06 day'
		]);
		expect(line('Rebels lost control of Qarnaz on Thursday.')).toEqual(['captured qarnaz 2020-02-06 day']);
		expect(line('The army lost 10 soldiers near Qarnaz on Thursday.')).toEqual([]);
		expect(line('The rebels lost ground around Qarnaz on Thursday.')).toEqual([]);
	});
});

describe('extractEvents: troops poured or moved in, patrolling, and leaders who came to a city for talks', () => {
	it('reads troops poured, moved or brought into a place, and a place patrolled, as deployments', () => {
		expect(line('Turkey poured thousands of troops into Halaba on Monday.')).toEqual([
			'deployed halaba 2020-02-03 day'
		]);
		expect(line('The army moved troops to Qarnaz on Monday.')).toEqual(['deployed qarnaz 2020-02-03 day']);
		expect(line('Russian military police began patrolling Qarnaz on Monday.')).toEqual([
			'deployed qarnaz 2020-02-03 day'
		]);
		expect(line('The army moved on Qarnaz on Monday.')).toEqual([]);
	});

	it('reads the city leaders travelled or came to for talks as their venue, not when the trip is to come', () => {
		expect(line('Erdogan travelled to Kestel on Monday for talks with Putin.')).toEqual([
			'talks kestel 2020-02-03 day'
		]);
		expect(line('Erdogan arrived in Kestel for a summit with Putin.')).toEqual([
			'talks kestel 2020-02-07 reported'
		]);
		expect(line('Erdogan will travel to Kestel for talks with Putin.')).toEqual([]);
		expect(line('Syrians fled to Qarnaz for safety after talks failed.')).toEqual([]);
	});
});

describe('extractEvents: a subject with a relative clause between commas', () => {
	it('reads the place before the relative clause as the subject of the passive after it', () => {
		expect(line('Qarnaz, which rebels had held since 2012, was captured by the army on Monday.')).toEqual([
			'captured qarnaz 2020-02-03 day'
		]);
		expect(
			line('The army said Dalbur and Sirwan, which rebels had held since 2012, were captured on Monday.')
		).toEqual(['captured dalbur+sirwan 2020-02-03 day']);
		expect(line('Qarnaz, which lies near Dalbur, was shelled on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
	});
});

describe('extractEvents: the small hours, year-only spans, borders, possible events and deal venues', () => {
	it('dates a past happening "at dawn", "after midnight" or "in the early hours" to the publication day', () => {
		expect(line('Rebels said troops took Qarnaz at dawn.')).toEqual(['captured qarnaz 2020-02-07 day']);
		expect(line('Jets struck Dalbur after midnight, the monitor said.')).toEqual([
			'attacked dalbur 2020-02-07 day'
		]);
		expect(line('Shells hit Sirwan in the early hours, killing two.')).toEqual([
			'attacked sirwan 2020-02-07 day'
		]);
		// A day named with them dates the event; a truce to start after midnight is still ahead.
		expect(line('Jets struck Dalbur at dawn on Wednesday.')).toEqual(['attacked dalbur 2020-02-05 day']);
		expect(line('Jets struck Dalbur in the early hours of Tuesday.')).toEqual([
			'attacked dalbur 2020-02-04 day'
		]);
		expect(line('A truce in Halaba is expected to take effect after midnight.')).toEqual([
			'ceasefire halaba 2020-02-07 reported'
		]);
	});

	it('reads nothing timed only by "since the start of the year"', () => {
		expect(line('Kestel has hosted talks on Halaba since the start of the year.')).toEqual([]);
		expect(line('Jets have struck Dalbur since the beginning of the year.')).toEqual([]);
	});

	it('takes no place that only says where a border runs', () => {
		expect(line('Turkey sent a convoy to the border near the province of Halaba on Monday.')).toEqual([]);
		expect(line('Turkey moved troops to its border with Halaba on Monday.')).toEqual([]);
		expect(line('Turkey sent a convoy to Halaba on Monday.')).toEqual(['deployed halaba 2020-02-03 day']);
	});

	it('reads no event in an indefinite or gerund subject of "could" or "will", but keeps a definite one', () => {
		expect(line('Aid groups warned that an assault on Halaba could displace thousands.')).toEqual([]);
		expect(line('Capturing Qarnaz will leave the whole plain under army control.')).toEqual([]);
		expect(line('The capture of Qarnaz will open the road north.')).toEqual([
			'captured qarnaz 2020-02-07 reported'
		]);
		expect(line('An air strike on Dalbur killed three and could spark more fighting.')).toEqual([
			'attacked dalbur 2020-02-07 reported'
		]);
	});

	it('takes no agreement or truce at the town a deal was made in, only at what it covers', () => {
		// The deal told as the truce's cause covers Halaba too; never the town it was made in.
		expect(
			line('A truce took effect in Halaba in August as the result of a deal made by both sides in Tell Mira.')
		).toEqual(['ceasefire halaba 2019-08-01 month', 'agreement halaba 2019-08-01 month']);
		expect(line('A deal signed at Tell Mira on Monday covers Halaba.')).toEqual([
			'agreement halaba 2020-02-03 day'
		]);
	});

	it('dates an event after "following" by its own clause, not by the main clause’s day', () => {
		expect(line('Troops entered Dalbur on Friday, following establishing control over Qarnaz.')).toEqual([
			'entered dalbur 2020-02-07 day',
			'captured qarnaz 2020-02-07 reported'
		]);
	});
});

describe('extractEvents: a place cleared of fighters, a meeting held somewhere, a patrol of a place', () => {
	it('reads a place cleared of fighters as captured, but not a road cleared of mines', () => {
		expect(line('Troops cleared Qarnaz of terrorists on Monday.')).toEqual([
			'captured qarnaz 2020-02-03 day'
		]);
		expect(line('The army cleared most of northern Halaba from militants.')).toEqual([
			'captured halaba 2020-02-07 reported'
		]);
		expect(line('Engineers cleared the road between Qarnaz and Dalbur of mines on Monday.')).toEqual([]);
	});

	it('reads a meeting held in a town as talks there, but not a meeting about a town', () => {
		expect(line('A meeting was held between the two sides in Dalbur on Monday.')).toEqual([
			'talks dalbur 2020-02-03 day'
		]);
		expect(line('Leaders held a meeting to discuss Qarnaz.')).toEqual([]);
	});

	it('reads a patrol of a place as a deployment there', () => {
		expect(line('Troops conducted the first joint patrol of Bab Sirr on Sunday.')).toEqual([
			'deployed bab-sirr 2020-02-02 day'
		]);
	});
});

describe('extractEvents: unnamed ground after a list, and a noun subject after a comma', () => {
	it('takes no wide place for unnamed ground taken with named places, but keeps it for an attack', () => {
		expect(line('Rebels captured Qarnaz and four other towns in northern Halaba on Monday.')).toEqual([
			'captured qarnaz 2020-02-03 day'
		]);
		expect(line('Troops captured Qarnaz, Dalbur and two villages in Halaba on Monday.')).toEqual([
			'captured qarnaz+dalbur 2020-02-03 day'
		]);
		expect(line('Jets struck Qarnaz and several villages in Halaba on Monday.')).toEqual([
			'attacked qarnaz+halaba 2020-02-03 day'
		]);
	});

	it('reads a noun after a comma as the subject of the passive after it, not the place before the comma', () => {
		expect(line('Jets hit towns across Halaba, hospitals being targeted in Qarnaz and Dalbur.')).toEqual([
			'attacked halaba+qarnaz+dalbur 2020-02-07 reported'
		]);
		expect(line('Qarnaz, the biggest town, was captured on Monday.')).toEqual([
			'captured qarnaz 2020-02-03 day'
		]);
	});
});

describe('extractEvents: control restored', () => {
	it('reads control restored over a place, or over "the village" named before, as its recapture', () => {
		expect(line('The army restored control over Qarnaz on Monday.')).toEqual([
			'recaptured qarnaz 2020-02-03 day'
		]);
		expect(line('Troops shelled Sirwan village, restoring control over the village on Monday.')).toEqual([
			'attacked sirwan 2020-02-03 day',
			'recaptured sirwan 2020-02-03 day'
		]);
		expect(line('Power was restored in Qarnaz on Monday.')).toEqual([]);
	});
});

describe('extractEvents: an attack that came with a place and where it lies', () => {
	it('reads "struck X in Y with air strikes" as an attack on X, Y only saying where X lies', () => {
		expect(line('A jet attacked the town of “Qarnaz” in Halaba with three air strikes on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
		expect(line('Rebels stormed Qarnaz with a three-pronged attack on Monday.')).toEqual([
			'entered qarnaz 2020-02-03 day',
			'attacked qarnaz 2020-02-03 day'
		]);
	});
});

describe('extractEvents: a deal that agrees to terms', () => {
	it('reads a deal that "agrees to" or "agrees on" terms in a place as an agreement there, not one side agreeing with another', () => {
		expect(line('The memorandum agrees to halt all military actions in Halaba.')).toEqual([
			'agreement halaba 2020-02-07 reported'
		]);
		expect(line('Ankara rarely agrees with Kestel on Halaba.')).toEqual([]);
	});
});

describe('extractEvents: a deal named with what it sets up, a month naming a deal, an offensive prevented', () => {
	it('reads "a deal to establish / create / set up X" as an agreement covering X and where it lies', () => {
		expect(
			line('In September, the two states reached a deal to establish the Halaba zone in Halaba.')
		).toEqual(['agreement halaba-zone+halaba 2019-09-01 month']);
		expect(line('The two states brokered a deal in March 2019 to create the Halaba zone.')).toEqual([
			'agreement halaba-zone 2019-03-01 month'
		]);
		// A venue inside the words of the deal is no place it covers.
		expect(
			line(
				'The fighting hurt the deal both sides had reached in Kestel to set up the Halaba zone around Qarnaz.'
			)
		).toEqual(['agreement halaba-zone+qarnaz 2020-02-07 reported']);
	});

	it('reads an accord that "stipulated the creation of" X as an agreement covering X', () => {
		expect(
			line('The three-point accord also stipulated the creation of the Halaba zone along the road to Qarnaz.')
		).toEqual(['agreement halaba-zone+qarnaz 2020-02-07 reported']);
	});

	it('reads no agreement in a deal only expected or possible', () => {
		expect(line('The two states are expected to sign a deal to create the Halaba zone.')).toEqual([]);
		expect(line('A deal to create the Halaba zone would end the fighting in Qarnaz.')).toEqual([]);
	});

	it('dates "the September deal" to that month, the latest not after publication', () => {
		expect(line('Rebels broke the September deal on the Halaba zone.', '2020-01-17')).toEqual([
			'agreement halaba-zone 2019-09-01 month'
		]);
		expect(line('The January truce in Halaba held.', '2020-01-17')).toEqual([
			'ceasefire halaba 2020-01-01 month'
		]);
	});

	it('reads an offensive a deal "prevented" or "averted" as one that did not happen', () => {
		expect(line('Heavy rain has prevented a major offensive on Qarnaz.')).toEqual([]);
		expect(line('The accord averted an assault on Qarnaz.')).toEqual([]);
	});
});

describe('extractEvents: a wide place after an unlinked name, a truce kept or broken, going on, and "then"', () => {
	it('does not join to a list a wide place that locates a name nobody linked before it', () => {
		expect(
			line('The army captured the villages of Arbun, Sirwan and Mount Dabba in southern Halaba.')
		).toEqual(['captured sirwan 2020-02-07 reported']);
		expect(line('The army captured Sirwan, Qarnaz and Dalbur in Halaba.')).toEqual([
			'captured sirwan+qarnaz+dalbur 2020-02-07 reported'
		]);
	});

	it('gives no attack to a wide place that locates a named village nobody linked', () => {
		expect(line('Artillery struck positions in the direction of al-Arbun village in Halaba.')).toEqual([]);
		expect(line('Artillery struck positions in Halaba.')).toEqual(['attacked halaba 2020-02-07 reported']);
	});

	it('reads no ceasefire or agreement in one kept or broken', () => {
		expect(line('The militants were reluctant to abide by the ceasefire agreement in Halaba.')).toEqual([]);
		expect(line('Rebels violated the truce in Halaba on Monday.')).toEqual([]);
		expect(line('Monitors observing the ceasefire in Halaba left on Monday.')).toEqual([]);
		expect(line('Monitors oversaw the truce in Halaba on Monday.')).toEqual([]);
		expect(line('On Monday the army agreed to observe a ceasefire in Halaba.')).toContain(
			'ceasefire halaba 2020-02-03 day'
		);
		expect(line('A ceasefire in Halaba was observed by monitors on Monday.')).toEqual([
			'ceasefire halaba 2020-02-03 day'
		]);
		expect(line('A truce in Halaba took effect on Monday.')).toEqual(['ceasefire halaba 2020-02-03 day']);
	});

	it('reads strikes being carried out as going on, and the ends of a road that links two places as no targets', () => {
		expect(line('Jets are carrying out strikes on Qarnaz.')).toEqual([]);
		expect(line('Jets carried out strikes on the highway that links Qarnaz and Dalbur on Monday.')).toEqual(
			[]
		);
		expect(line('Jets carried out strikes on Qarnaz on Monday.')).toEqual(['attacked qarnaz 2020-02-03 day']);
	});

	it('gives no place to a word whose clause goes on with "and then" another verb', () => {
		// The air strike gets no place; the convoy that went on to Qarnaz is a deployment there.
		expect(
			line('The convoy halted due to the air strike and then went south to the town of Qarnaz.')
		).toEqual(['deployed qarnaz 2020-02-07 reported']);
	});

	it('reads a deal something was set up under as no zone set up', () => {
		expect(line('The Qarnaz post is one of 12 established as part of a “Halaba zone” deal.')).toEqual([]);
		expect(line('Engineers set up the Halaba zone on Monday.')).toEqual([
			'zone-established halaba-zone 2020-02-03 day'
		]);
	});
});

describe('extractEvents: a day of another event noun, a truce as a time, and a second verb after "and"', () => {
	it('leaves a day after an event noun with its own participle to that noun', () => {
		expect(
			line(
				'Jets have struck Qarnaz this week as the army presses an offensive against the enclave launched in April.'
			)
		).toEqual(['attacked qarnaz 2020-02-03 week']);
		expect(line('Jets struck Qarnaz as the army pressed an offensive launched in April.')).toEqual([
			'attacked qarnaz 2020-02-07 reported'
		]);
		expect(
			line('Turkey set up the Qarnaz post under an agreement struck with Russia in September 2017.')
		).toEqual([
			'post-established the-qarnaz-post 2020-02-07 reported',
			// The deal the post was set up under covers it, dated by its own participle (session 19).
			'agreement the-qarnaz-post 2017-09-01 month'
		]);
		// The event's own day stays its own.
		expect(line('Jets struck Qarnaz in April during an offensive.')).toEqual([
			'attacked qarnaz 2019-04-01 month'
		]);
		// Past a comma the noun may restate the event itself.
		expect(line('Leaders met in Kestel for talks, referring to an agreement reached last month.')).toEqual([
			'talks kestel 2020-01-01 month'
		]);
	});

	it('reads a truce named as a time as no ceasefire', () => {
		expect(line('A convoy crossed at Bab Sirr on the first day of the truce in Halaba.')).not.toContainEqual(
			expect.stringMatching(/^ceasefire/)
		);
		expect(line('Jets struck Qarnaz during the ceasefire in Halaba.')).toEqual([
			'attacked qarnaz 2020-02-07 reported'
		]);
		expect(line('The ceasefire in Halaba took effect on Monday.')).toEqual([
			'ceasefire halaba 2020-02-03 day'
		]);
	});

	it('ends a list at an -ing verb that takes the next place, not at an -ing adjective', () => {
		expect(line('Troops reached Halaba after taking Dalbur and approaching Qarnaz.')).toEqual([
			'captured dalbur 2020-02-07 reported'
		]);
		expect(line('Troops captured Dalbur and neighbouring Qarnaz.')).toEqual([
			'captured dalbur+qarnaz 2020-02-07 reported'
		]);
	});
	it('reads a place after "from" or "through" and a named kind of place as where something came from or passed', () => {
		expect(line('The blast on Monday was the work of militants from the Syrian city of Qarnaz.')).toEqual([]);
		expect(
			line('A convoy entered on Monday through the border crossing of Bab Sirr and headed to Qarnaz.')
		).toEqual(['deployed qarnaz 2020-02-03 day']);
		expect(line('Rockets fired from the town of Dalbur hit Qarnaz on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
	});
});

describe('extractEvents: patrols struck on the move, movements, blasts, and what a date or a clause belongs to', () => {
	it('reads a patrol attacked as "it" where it moved, and a blast during its passage there', () => {
		expect(
			line(
				'The army was conducting a joint patrol along the M9 highway in Halaba early on Tuesday, when it was attacked by militants.'
			)
		).toEqual(['deployed m-highway 2020-02-04 day', 'attacked m-highway 2020-02-04 day']);
		expect(
			line(
				'One soldier was wounded when a roadside bomb exploded during the passage of a joint patrol in the M9 highway.'
			)
		).toEqual(['attacked m-highway 2020-02-07 reported', 'deployed m-highway 2020-02-07 reported']);
		// A blast that hurts no one, or one told as an accident, is no attack.
		expect(line('A loud blast was heard in Qarnaz on Monday.')).toEqual([]);
		expect(line('Two workers were injured in an accidental explosion at a depot in Qarnaz.')).toEqual([]);
		expect(line('A blast in Qarnaz killed two people on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
		// Damage or losses it left are harm too; harm the sentence denies is none.
		expect(line('Two roadside bombs exploded in Qarnaz on Saturday, leaving property losses.')).toEqual([
			'attacked qarnaz 2020-02-01 day'
		]);
		expect(line('A roadside bomb exploded in Qarnaz on Saturday, causing no casualties.')).toEqual([]);
	});

	it('reads trucks or police that drove to, reached or entered a place as deployed there, but not aid', () => {
		expect(line('Thirty of the trucks drove towards Qarnaz and the rest reached Dalbur on Monday.')).toEqual([
			'deployed qarnaz+dalbur 2020-02-03 day'
		]);
		expect(line('Military police units entered the city of Qarnaz.')).toEqual([
			'deployed qarnaz 2020-02-07 reported'
		]);
		expect(line('Aid trucks reached Dalbur on Monday.')).toEqual([]);
	});

	it('reads a post "now also encircled" as surrounded and a retaking with a background year as an event', () => {
		expect(line('A monitor said the Qarnaz post was now also encircled.')).toEqual([
			'post-surrounded the-qarnaz-post 2020-02-07 reported'
		]);
		expect(line('The army retook the town of Dalbur from rebels who had controlled it since 2012.')).toEqual([
			'recaptured dalbur 2020-02-07 reported'
		]);
		// A year in the event's own clause still makes it background.
		expect(line('The army retook Dalbur in 2012.')).toEqual([]);
	});

	it('reads an attack told as going on with "continue to" in the present or perfect as no event', () => {
		expect(line('The radicals have continued to attack Qarnaz.')).toEqual([]);
		expect(line('Rebels are continuing to attack Qarnaz.')).toEqual([]);
		// A date or a start of its own makes it an event, and a narrative past tells what happened.
		expect(line('Rebels have continued to attack Qarnaz on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
		expect(line('Since May 3, rebels have continued to attack Qarnaz.')).toEqual([
			'attacked qarnaz 2020-02-07 reported'
		]);
		expect(line('Rebels continued to attack Qarnaz.')).toEqual(['attacked qarnaz 2020-02-07 reported']);
	});

	it('reads an operation named by its code name as an attack on what follows its preposition', () => {
		expect(
			line(
				'The army launched its operation Olive Branch against the Kurdish populated enclave in Halaba, on January 2018, causing thousands of victims.'
			)
		).toEqual(['attacked halaba 2018-01-01 month']);
		expect(line('Kestel launched Operation Spring Shield in Halaba on Sunday.')).toEqual([
			'attacked halaba 2020-02-02 day'
		]);
		// Pressed on with, the operation is going on (guide rule 10).
		expect(line('Troops have pressed on with Operation Olive Branch in Halaba despite concern.')).toEqual([]);
	});

	it('reads the venue and the date of talks from a relative clause that says where they were held', () => {
		expect(
			line(
				'Negotiations between Turkish and Russian officials, which took place in Kestel in mid-September, ended without an agreement.'
			)
		).toEqual(['talks kestel 2019-09-01 month']);
		expect(line('The talks, which were held on Monday at Qarnaz, ended.')).toEqual([
			'talks qarnaz 2020-02-03 day'
		]);
		// A capital that hosted them is a party, not said to be where they took place.
		expect(line('The talks, which Kestel hosted, ended.')).toEqual([]);
	});

	it('leaves out the wide place of an attack whose participle then names its targets', () => {
		expect(
			line(
				'The rebels launched a new wave of attacks in northwestern Halaba on Wednesday, targeting the strategic town of Qarnaz near Sirwan.'
			)
		).toEqual(['attacked qarnaz 2020-02-05 day']);
		// A participle naming only another wide place, or no participle of attacking, keeps it.
		expect(line('Jets launched strikes in Halaba, hitting Halaba zone.')).toEqual([
			'attacked halaba+halaba-zone 2020-02-07 reported'
		]);
		expect(line('Jets launched strikes in Halaba, killing ten in Qarnaz.')).toEqual([
			'attacked halaba+qarnaz 2020-02-07 reported'
		]);
	});

	it('reads a campaign told as a state its side is in as no event, unless a start or span dates it', () => {
		expect(
			line('The army has been on a crushing offensive to eliminate the rebels in Halaba and nearby Dalbur.')
		).toEqual([]);
		expect(
			line('The regime has been engaged in a fierce weeks-long offensive to take back the M9 highway.')
		).toEqual([]);
		// Guide rule 10: a span of a month or a start makes it an event.
		expect(line('Troops have been on the offensive for more than a month in Halaba.')).toEqual([
			'attacked halaba 2020-02-07 reported'
		]);
		expect(line('Troops have been on the offensive in Halaba since late April.')).toEqual([
			'attacked halaba 2020-02-07 reported'
		]);
	});

	it('reads "that" before a verb with an object as a relative pronoun, not a determiner', () => {
		expect(line('A missile that hit a makeshift camp near Sirwan killed 15 civilians.')).toEqual([
			'attacked sirwan 2020-02-07 reported'
		]);
		// Before a participle and its noun, "that" is still a determiner: "that encircled pocket".
		expect(line('Troops held that encircled pocket near Qarnaz.')).toEqual([]);
	});

	it('reads a number grouped by a comma inside a background relative as no end of that clause', () => {
		// The year closes "a war that has cost more than 330,000 lives since 2011", not the assault.
		expect(
			line(
				'Jets struck Halaba after a rebel assault in Dalbur in a war that has cost more than 330,000 lives since 2011.'
			)
		).toEqual(['attacked halaba+dalbur 2020-02-07 reported']);
		// A comma that is no number's still ends the relative clause, and the year then times the attack.
		expect(line('Jets struck Dalbur in a war that has cost lives, since 2011.')).toEqual([]);
	});

	it('leaves a date that names another event noun to that noun', () => {
		expect(
			line('A vehicle was damaged during a joint patrol on the M9 highway under the February 5 agreement.')
		).toEqual([
			'deployed m-highway 2020-02-07 reported',
			// The dated deal the patrol was held under covers its road (session 19).
			'agreement m-highway 2020-02-05 day'
		]);
		expect(line('The February 5 agreement covered the M9 highway.')).toEqual([]);
	});

	it('reads no event in a noun after "before" that only dates the act, unless it has its own verb', () => {
		expect(
			line('Before the 5 March ceasefire almost a million people in Halaba were forced to flee.')
		).toEqual([]);
		expect(line('Rebels left Qarnaz before the establishment of the Halaba zone.')).toEqual([]);
		expect(line('Jets struck Qarnaz on Monday, days before the talks in Kestel.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
		expect(line('Shortly before the truce in Halaba took effect on Monday, jets struck Qarnaz.')).toContain(
			'ceasefire halaba 2020-02-03 day'
		);
	});

	it('gives no place to a word whose relative subject is no place, and none to attacks said to go on', () => {
		expect(line('Halaba is home to refugees from other regions that fell to government forces.')).toEqual([]);
		expect(line('The town of Dalbur, which fell to the army on Monday, is quiet.')).toEqual([
			'captured dalbur 2020-02-03 day'
		]);
		expect(line('He said on Friday that attacks in Halaba were causing a crisis.')).toEqual([]);
		expect(line('Troops took large areas, and attacks are also continuing in Halaba.')).toEqual([]);
		expect(line('Attacks were still raging in Halaba, activists said.')).toEqual([]);
		expect(line('Attacks on Qarnaz were also reported on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
	});

	it('reads an operation to take back a place, and an advance from a bearing towards it, as attacks on it', () => {
		expect(line('The army launched an operation to take back Qarnaz on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
		expect(line('Troops, advancing from the east toward Qarnaz, neared the post on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
		expect(line('Troops conducted an operation to seize parts of Halaba in January.')).toEqual([]);
		expect(line('The army continues an operation to retake Qarnaz.')).toEqual([]);
	});
});

describe("extractEvents: a patrol's route, what fell nearby, and deals that set out or were reached to set up", () => {
	it("reads the start and end of a patrol's route as where it went, but a convoy's origin as none", () => {
		expect(line('The patrol set off from Sirwan to Dalbur on Monday.')).toEqual([
			'deployed sirwan+dalbur 2020-02-03 day'
		]);
		expect(
			line('The joint patrol set off from Sirwan village in the north of Halaba to Dalbur village on Monday.')
		).toEqual(['deployed sirwan+dalbur 2020-02-03 day']);
		// The road it moved on is where it went too.
		expect(line('The joint patrol began to move on the M9 highway from the village Qarnaz.')).toEqual([
			'deployed m-highway+qarnaz 2020-02-07 reported'
		]);
		expect(line('A convoy set off from Qarnaz to Dalbur on Monday.')).toEqual([
			'deployed dalbur 2020-02-03 day'
		]);
	});

	it('reads shells that fell nearby as an attack on the place before them', () => {
		expect(line('A school in Qarnaz had to close on Monday when shells fell nearby.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
	});

	it('reads talks that set out the creation of zones, and a truce reached to set one up, as agreements', () => {
		expect(line('Those talks set out the creation of four zones in Halaba, Qarnaz and Dalbur.')).toEqual([
			'agreement halaba+qarnaz+dalbur 2020-02-07 reported'
		]);
		// A truce word is a ceasefire word too: both kinds (guide rule 7).
		expect(
			line('A truce was reached between Kestel and Ankara to establish a demilitarized zone in Halaba.')
		).toEqual(['agreement halaba 2020-02-07 reported', 'ceasefire halaba 2020-02-07 reported']);
	});
});

describe('extractEvents: posts named after the group, ground taken around a post, where an unnamed target lies', () => {
	const KINDS_POSTS: Record<string, PlaceKind> = {
		'observation posts': 'observation-post',
		'Tell Mira': 'observation-post',
		'Kafr Susa': 'observation-post',
		Qarnaz: 'town'
	};
	const posts = (body: string) => {
		const mentions: Mention[] = [];
		for (const name of Object.keys(KINDS_POSTS))
			for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1))
				mentions.push({ place: id(name), start: at, end: at + name.length, surface: name });
		mentions.sort((a, b) => a.start - b.start);
		return extractEvents({
			body,
			mentions,
			published: '2020-02-07',
			placeKind: (p) => Object.entries(KINDS_POSTS).find(([n]) => id(n) === p)?.[1]
		}).map((e) => `${e.kind} ${e.places.join('+')}`);
	};

	it('reads the posts a group of posts names right after it as the places', () => {
		expect(
			posts('The convoy made its way to the observation posts in the Tell Mira and Kafr Susa areas.')
		).toEqual(['deployed tell-mira+kafr-susa']);
		expect(posts('The convoy made its way to the observation posts near Qarnaz.')).toEqual([
			'deployed observation-posts'
		]);
	});

	it('reads ground taken all round an observation post as the post surrounded, and round a town as none', () => {
		expect(line('Troops seized the hills surrounding the Qarnaz post on Monday.')).toEqual([
			'post-surrounded the-qarnaz-post 2020-02-03 day'
		]);
		expect(line('Troops captured all territory around Qarnaz on Monday.')).toEqual([]);
	});

	it('reads the place an unnamed target or destination lies in, given after it', () => {
		expect(line('A shell hit a wall near the post, which is located near Qarnaz, on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
		expect(line('On Monday the convoy reached the base, located in Dalbur.')).toEqual([
			'deployed dalbur 2020-02-03 day'
		]);
	});

	it('keeps the places a list adds with "along with", past the day of the list', () => {
		expect(line('Troops seized Qarnaz and Sirwan today, along with the village of Dalbur.')).toEqual([
			'captured qarnaz+sirwan+dalbur 2020-02-07 day'
		]);
	});
});

describe('extractEvents: an aside between dashes', () => {
	it('reads the object after an aside set off by dashes, but not past a single dash', () => {
		expect(
			line(
				'Helicopters dropped barrel bombs — typically filled with shrapnel — on Qarnaz and Dalbur on Thursday.'
			)
		).toEqual(['attacked qarnaz+dalbur 2020-02-06 day']);
		expect(line('Helicopters dropped barrel bombs — a new escalation in Qarnaz.')).toEqual([]);
	});
});

describe('extractEvents: ceasing fire, invading, and attacks kept from happening', () => {
	it('reads "ceased firing in X" as a ceasefire there', () => {
		expect(
			brief('Army units have unilaterally ceased firing in the western Halaba province, the ministry said.')
		).toEqual([{ kind: 'ceasefire', places: ['halaba'], date: '2020-02-07', precision: 'reported' }]);
	});

	it('reads "invaded X" as forces going into it', () => {
		expect(brief('Army troops invaded Qarnaz on Tuesday, residents said.')).toEqual([
			{ kind: 'entered', places: ['qarnaz'], date: '2020-02-04', precision: 'day' }
		]);
		expect(brief('Rebels fear that army troops will invade Qarnaz.')).toEqual([]);
	});

	it('dates a verb after "after" and its own subject by that clause, not by the main clause\'s day', () => {
		expect(brief('Rebels left the area on Tuesday after army troops invaded Qarnaz.')).toEqual([
			{ kind: 'entered', places: ['qarnaz'], date: '2020-02-07', precision: 'reported' }
		]);
		expect(brief('Nine people were killed on Tuesday after a powerful explosion in Qarnaz.')).toEqual([
			{ kind: 'attacked', places: ['qarnaz'], date: '2020-02-04', precision: 'day' }
		]);
	});

	it('reads an offensive "against" a place that is going on as a campaign, whose dead date no attack', () => {
		expect(
			brief(
				'Four men were among the dead in Qarnaz, where army units are conducting an offensive against the rebels.'
			)
		).toEqual([]);
		expect(
			brief('Four men were among the dead in Qarnaz, where army units launched an offensive on Monday.')
		).toEqual([{ kind: 'attacked', places: ['qarnaz'], date: '2020-02-03', precision: 'day' }]);
	});

	it('reads no attack that a deal or a move was meant to keep from happening', () => {
		expect(brief('The pact aims to stave off a massive army assault on Halaba province.')).toEqual([]);
		expect(brief('It was a move that has prevented a major offensive in Qarnaz.')).toEqual([]);
		expect(brief('Jets struck Qarnaz on Monday in a raid that killed four.')).toEqual([
			{ kind: 'attacked', places: ['qarnaz'], date: '2020-02-03', precision: 'day' }
		]);
	});

	it('joins a list past the kind of ground the first name carries ("X town and the village of Y")', () => {
		expect(brief('Today troops captured Qarnaz town and the small village of Sirwan to its west.')).toEqual([
			{ kind: 'captured', places: ['qarnaz', 'sirwan'], date: '2020-02-07', precision: 'day' }
		]);
		expect(
			brief('Soldiers took control of Qarnaz town as well as the villages of Sirwan, Dalbur and Tell Mira.')
		).toEqual([
			{
				kind: 'captured',
				places: ['qarnaz', 'sirwan', 'dalbur', 'tell-mira'],
				date: '2020-02-07',
				precision: 'reported'
			}
		]);
		expect(
			brief('The army regained control over Qarnaz village and is fighting to restore the Sirwan hilltop.')
		).toEqual([{ kind: 'recaptured', places: ['qarnaz'], date: '2020-02-07', precision: 'reported' }]);
		expect(
			brief('The turning points were the liberation of Qarnaz and gaining access to the M9 highway.')
		).toEqual([{ kind: 'captured', places: ['qarnaz'], date: '2020-02-07', precision: 'reported' }]);
		expect(brief('Troops captured Qarnaz and neighbouring Sirwan.')).toEqual([
			{ kind: 'captured', places: ['qarnaz', 'sirwan'], date: '2020-02-07', precision: 'reported' }
		]);
		expect(brief('Jets struck Qarnaz town, which lies near Dalbur.')).toEqual([
			{ kind: 'attacked', places: ['qarnaz'], date: '2020-02-07', precision: 'reported' }
		]);
	});

	it('reads "wrested control over" and "wresting control of" as captures', () => {
		expect(brief('On Thursday, soldiers wrested control over the villages of Sirwan and Dalbur.')).toEqual([
			{ kind: 'captured', places: ['sirwan', 'dalbur'], date: '2020-02-06', precision: 'day' }
		]);
		expect(brief('The army said it was wresting control of Qarnaz.')).toHaveLength(1);
	});

	it('dates an event by a month in the possessive ("January\'s bombardment")', () => {
		expect(brief("January's bombardment killed more than fifty civilians in Halaba.")).toEqual([
			{ kind: 'attacked', places: ['halaba'], date: '2020-01-01', precision: 'month' }
		]);
		expect(brief("In December's attack on Qarnaz, ten died.")).toEqual([
			{ kind: 'attacked', places: ['qarnaz'], date: '2019-12-01', precision: 'month' }
		]);
		expect(brief('Jets May strike Qarnaz.')).toEqual([]);
	});

	it('ends a clause at "as" with its own pronoun subject: the place after it is not the capture\'s', () => {
		expect(
			brief('Troops captured a village known for its fort on Thursday as they moved deeper toward Halaba.')
		).toEqual([]);
		expect(brief('On Thursday troops captured Qarnaz as well as Sirwan.')).toEqual([
			{ kind: 'captured', places: ['qarnaz', 'sirwan'], date: '2020-02-06', precision: 'day' }
		]);
	});
});

describe('extractEvents: times, entries and what is not yet so (gathering 18e)', () => {
	it('reads a colon inside a time as no clause break ("from 00:01 of 6 March in X")', () => {
		expect(brief('The truce is in force from 00:01 of 6 February in Halaba area.')).toEqual([
			{ kind: 'ceasefire', places: ['halaba'], date: '2020-02-06', precision: 'day' }
		]);
		expect(brief('Jets struck again at 10:30 in Qarnaz.')).toEqual([
			{ kind: 'attacked', places: ['qarnaz'], date: '2020-02-07', precision: 'reported' }
		]);
		expect(brief('Jets struck again: Qarnaz was quiet.')).toEqual([]);
	});

	it('reads "penetrated X" as an entry', () => {
		expect(
			brief('Government forces penetrated Qarnaz, a town they had sought to encircle for days.')
		).toEqual([{ kind: 'entered', places: ['qarnaz'], date: '2020-02-07', precision: 'reported' }]);
	});

	it('reads "the Turkish move into X" as a deployment, not an entry', () => {
		expect(brief('The Turkish move into Halaba is a message to the government.')).toEqual([
			{ kind: 'deployed', places: ['halaba'], date: '2020-02-07', precision: 'reported' }
		]);
		expect(brief('The army move into Qarnaz was swift.')).toEqual([
			{ kind: 'entered', places: ['qarnaz'], date: '2020-02-07', precision: 'reported' }
		]);
		// A move into a wide area names no ground entered (guide rule 5, session 24).
		expect(brief('The army move into Halaba was swift.')).toEqual([]);
	});

	it('reads a bare "assault" or "assaults" as an attack noun, not "assault rifles"', () => {
		expect(brief('The assaults took place in Qarnaz on Monday.')).toEqual([
			{ kind: 'attacked', places: ['qarnaz'], date: '2020-02-03', precision: 'day' }
		]);
		expect(brief('Militants carried assault rifles in Qarnaz.')).toEqual([]);
	});

	it('reads "the soldiers deployed west of X are ..." as a description of the force, not a deployment', () => {
		expect(brief('The army men deployed west of Qarnaz are 40 km away from Dalbur now.')).toEqual([]);
		expect(brief('Troops deployed in Qarnaz on Monday.')).toEqual([
			{ kind: 'deployed', places: ['qarnaz'], date: '2020-02-03', precision: 'day' }
		]);
	});

	it('reads nothing at "at the point of taking", "there will be" or "under the pretext of setting up"', () => {
		expect(brief('The monitor said troops are at the point of taking control of the M9 highway.')).toEqual(
			[]
		);
		expect(brief('From 15 February there will be joint patrols along the M9 highway.')).toEqual([]);
		expect(brief('Turkish troops entered Halaba under the pretext of setting up the Qarnaz post.')).toEqual([
			{ kind: 'deployed', places: ['halaba'], date: '2020-02-07', precision: 'reported' }
		]);
	});
});

describe('extractEvents: the dead counted on the way to where they died', () => {
	it('reads past a share of the dead after a comma ("most of them at a market in X")', () => {
		expect(line('On Monday, air strikes killed 50 civilians, most of them at a market in Qarnaz.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
		expect(line('Shelling on Monday killed 12 people, mostly women, in Dalbur.')).toEqual([
			'attacked dalbur 2020-02-03 day'
		]);
		// Any other aside still ends the word's reach.
		expect(line('On Monday, air strikes killed 50 civilians, the army said in Qarnaz.')).toEqual([]);
	});

	it('joins a second count and its place to the list ("as well as two in the village of Y")', () => {
		expect(
			line('Air strikes on Monday killed nine civilians in Dalbur as well as two in the village of Sirwan.')
		).toEqual(['attacked dalbur+sirwan 2020-02-03 day']);
		// "both in Z" only says where the places before lie.
		expect(line('Jets struck Dalbur and Sirwan, both in Halaba, on Monday.')).toEqual([
			'attacked dalbur+sirwan 2020-02-03 day'
		]);
	});
});

describe('extractEvents: a target struck on its way somewhere', () => {
	it('reads a clause of moving with no subject of its own as where the target was struck', () => {
		expect(line('A Turkish convoy was struck on Monday while on its way to the town of Qarnaz.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
		// The goal is unnamed and lies in the place; the convoy went there too.
		expect(
			line('The convoy was attacked on Monday while heading to a Turkish observation post in Halaba.')
		).toEqual(['attacked halaba 2020-02-03 day', 'deployed halaba 2020-02-03 day']);
	});

	it('keeps a place that is only where the struck went from', () => {
		expect(line('The convoy was attacked on Monday after it left Qarnaz.')).toEqual([]);
	});
});

describe('extractEvents: list members that carry their own bearing (session 19)', () => {
	it('reads past a bearing a member carries before the join ("X to the west and Y to the north")', () => {
		expect(line('Syrian soldiers captured Dalbur to the west and Sirwan to the north on Monday.')).toEqual([
			'captured dalbur+sirwan 2020-02-03 day'
		]);
		expect(line('The army took Dalbur to its south, Sirwan to its east and Tell Mira on Monday.')).toEqual([
			'captured dalbur+sirwan+tell-mira 2020-02-03 day'
		]);
	});

	it('keeps a bearing from a place, and a second predicate after the join, out of the list', () => {
		// "to the west of Y": Y only says where the taken place lies.
		expect(line('The army took Dalbur to the west of Qarnaz on Monday.')).toEqual([
			'captured dalbur 2020-02-03 day'
		]);
		expect(line('Troops captured Dalbur to the west and advanced towards Sirwan on Monday.')).toEqual([
			'captured dalbur 2020-02-03 day',
			'attacked sirwan 2020-02-03 day'
		]);
	});
});

describe('extractEvents: operations, build-ups, Turkish arrivals and attacks halted (session 19)', () => {
	it('reads an operation against a group or in a place as an attack where it is', () => {
		expect(
			line(
				'The army started an operation against the rebels in the northern countryside of Halaba on Monday.'
			)
		).toEqual(['attacked halaba 2020-02-03 day']);
		expect(line('The army launched a military operation in Qarnaz on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
		// A rescue is no operation of war; a threat or a preparation is not yet one (guide rule 9).
		expect(line('A rescue operation in Qarnaz saved ten people on Monday.')).toEqual([]);
		expect(line('Turkey threatened a military operation in Qarnaz on Monday.')).toEqual([]);
	});

	it('reads no attack in an operation that was halted or suspended', () => {
		expect(
			line('The army has halted their military operation in Qarnaz after taking Dalbur on Monday.')
		).toEqual(['captured dalbur 2020-02-03 day']);
		expect(line('Turkey suspended the offensive on Qarnaz on Monday.')).toEqual([]);
		// "ended" something else, with strikes after it, is still an attack.
		expect(line('Jets ended a week of calm with strikes on Qarnaz on Monday.')).toEqual([
			'attacked qarnaz 2020-02-03 day'
		]);
	});

	it('reads a military build-up to a place as a deployment there', () => {
		expect(line('Government forces increased their military buildup to Halaba on Monday.')).toEqual([
			'deployed halaba 2020-02-03 day'
		]);
	});

	it('reads Turkish forces that reached a place as deployed there, and no other arrival', () => {
		expect(line('The Turkish military reached the Qarnaz post on Monday.')).toEqual([
			'deployed the-qarnaz-post 2020-02-03 day'
		]);
		expect(line('Turkish troops reached Qarnaz on Monday.')).toEqual(['deployed qarnaz 2020-02-03 day']);
		expect(line('The Syrian army reached the outskirts of Qarnaz on Monday.')).toEqual([]);
		expect(line('Turkish forces reached an agreement with Moscow on Qarnaz on Monday.')).toEqual([]);
		expect(line('The death toll reached 20 in Qarnaz on Monday.')).toEqual([]);
	});
});

describe('extractEvents: what a report names that did not happen there (session 19)', () => {
	it('reads capitals named as the parties of a deal as actors, not places it covers', () => {
		expect(
			kinds(
				'The army is deployed at posts in Halaba after a deal reached in September 2018 between ' +
					'regime-ally Kestel and Vardan, which backs the rebels.'
			)
		).toEqual(['deployed halaba']);
		expect(
			kinds('A deal on Halaba was reached last September between rebel-ally Kestel and Vardan.')
		).toEqual(['agreement halaba']);
		expect(kinds('On Monday Turkey reached a truce with Kestel over Halaba.')).toEqual(['ceasefire halaba']);
		// Where a deal was made is still its venue, read as talks there.
		expect(kinds('The truce terms were agreed in the Kestel process on Monday.')).toEqual(['talks kestel']);
		expect(kinds('Turkey held talks with officials in Kestel on Monday.')).toEqual(['talks kestel']);
		expect(kinds('Turkey signed a deal with Vardan in Kestel on Monday.')).toEqual(['talks kestel']);
	});

	it('reads the list that names the ground a capture participle took as captured', () => {
		expect(kinds('Sources said the newly captured villages include: Qarnaz, Dalbur and Sirwan.')).toEqual([
			'captured qarnaz+dalbur+sirwan'
		]);
		expect(kinds('The army said the retaken towns are Qarnaz and Tell Mira.')).toEqual([
			'recaptured qarnaz+tell-mira'
		]);
		expect(kinds('The army said the captured villages were in Halaba.')).toEqual([]);
		expect(kinds('Sources said the captured villages lie near Qarnaz.')).toEqual([]);
	});

	it('reads the list after a colon that a capture verb announces as the ground taken', () => {
		expect(
			kinds('Troops managed to clear the following towns and villages: Qarnaz, Dalbur and Sirwan.')
		).toEqual(['captured qarnaz+dalbur+sirwan']);
		expect(kinds('On Monday rebels captured the following villages: Qarnaz and Tell Mira.')).toEqual([
			'captured qarnaz+tell-mira'
		]);
		// "clear" alone is no capture word, nor a list still to be cleared.
		expect(kinds('Engineers cleared the road between Qarnaz and Dalbur.')).toEqual([]);
		expect(kinds('The army will clear the following villages: Qarnaz and Dalbur.')).toEqual([]);
	});

	it('reads "took from" a force the named ground after it as captured, with the list it goes on to', () => {
		expect(
			kinds(
				'The army took from rebel forces the strategic city of Qarnaz, as well as the devastated towns of Dalbur, Sirwan, and Tell Mira.'
			)
		).toEqual(['captured qarnaz+dalbur+sirwan+tell-mira']);
		// Without a named kind of ground after it, "took from" is no capture of the next place.
		expect(kinds('The army took from rebel forces in Qarnaz three tanks.')).toEqual([]);
		expect(kinds('Rebels took supplies from Qarnaz to Dalbur.')).toEqual([]);
	});

	it('goes on past a wide place after "in" to the settlement "and" joins to the list', () => {
		expect(
			kinds(
				'Rebels took control of the town of Qarnaz in western Halaba and Dalbur and Sirwan villages in northern Halaba.'
			)
		).toEqual(['captured qarnaz+dalbur+sirwan']);
		expect(kinds('Rebels took Qarnaz in Halaba province and the village of Sirwan on Monday.')).toEqual([
			'captured qarnaz+sirwan'
		]);
		expect(kinds('Rebels took control of Qarnaz in Halaba and Halaba zone.')).toEqual(['captured qarnaz']);
		expect(kinds('Rebels took control of Qarnaz in Halaba and then moved to Dalbur.')).toEqual([
			'captured qarnaz'
		]);
	});

	it('reads a relative passive after the predicate noun of a list as about the list', () => {
		expect(
			kinds(
				'Qarnaz, Dalbur and Sirwan were the remaining towns held by rebels in the area, which were liberated by the army.'
			)
		).toEqual(['captured qarnaz+dalbur+sirwan']);
		expect(
			kinds(
				'Qarnaz and Dalbur were the last towns held by rebels near Halaba, which were captured on Monday.'
			)
		).toEqual(['captured qarnaz+dalbur']);
		expect(kinds('Qarnaz and Dalbur were the main rebel towns.')).toEqual([]);
	});

	it('reads the dead past the ones named as among them, to where they died', () => {
		expect(
			kinds(
				'An air strike Sunday killed at least four civilians, including a child, in the center of Qarnaz city.'
			)
		).toEqual(['attacked qarnaz']);
		expect(kinds('Shelling killed six people, among them two women and a boy, in Dalbur on Monday.')).toEqual(
			['attacked dalbur']
		);
		expect(
			kinds('An air strike killed four civilians, including a child, officials in Halaba said.')
		).toEqual([]);
	});

	it('keeps a second phrase of place after "as well as" as a place of the same word', () => {
		expect(
			kinds(
				'The army launched an offensive in the southern and eastern countryside of Halaba as well as in the southern countryside of Dalbur.'
			)
		).toEqual(['attacked halaba+dalbur']);
		expect(kinds('Jets struck Qarnaz as well as in Sirwan on Monday.')).toEqual(['attacked qarnaz+sirwan']);
		expect(kinds('Jets struck Qarnaz, a town in the southern countryside of Halaba.')).toEqual([
			'attacked qarnaz'
		]);
	});

	it('reads a strike against a group in a place as an attack there', () => {
		expect(kinds('The army carried out a strike against militants in Halaba on Monday.')).toEqual([
			'attacked halaba'
		]);
		expect(kinds('Jets carried out strikes against rebel positions in Qarnaz.')).toEqual(['attacked qarnaz']);
		expect(kinds('Workers in Qarnaz went on strike against low pay.')).toEqual([]);
	});

	it('goes on from where some of the dead died to where the next of them died', () => {
		expect(
			kinds(
				'The bombing killed a man in Qarnaz, in addition to the killing of two children in the town of Dalbur and two girls in the village of Sirwan.'
			)
		).toEqual(['attacked qarnaz+dalbur+sirwan']);
		expect(kinds('The shelling killed two children in Qarnaz and two girls in Sirwan on Monday.')).toEqual([
			'attacked qarnaz+sirwan'
		]);
	});
});
