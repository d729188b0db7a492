/**
 * A force described by where it is deployed, not deployed by the sentence: "the army soldiers deployed in
 * the eastern direction of X stormed the positions", "the men deployed west of X are 40 km away". The
 * participle "deployed" right after the force's noun, with no auxiliary, is a reduced relative clause, and
 * the clause's own verb comes after the place; the sentence tells what the force did or how it stands
 * there, so the deployment is no event of its own (what the force did, such as storming, is read as
 * usual). "Troops deployed to X on Monday", with no verb after the place, is a deployment.
 */

/** A force's noun right before "deployed", with no auxiliary between ("the army men deployed"). */
const FORCE_THEN_PARTICIPLE =
	/\b(?:troops|soldiers|men|forces|units|reinforcements|personnel|fighters|servicemen)\s+$/i;

/**
 * The clause's finite verb right after the place, at most two words on ("X airbase stormed", "X are
 * 40 km away", "X were shelled", "X managed to").
 */
const VERB_AFTER_PLACE =
	/^\s+(?:[\p{L}'’-]+\s+){0,2}?(?:are|is|were|was|have|has|had|will|would|could|can|managed|stormed|repelled|launched|began|continued|continue|advanced|captured|seized|took|attacked|shelled|targeted|came|remain|remained)\b/iu;

/**
 * Whether a deployment word is a participle describing its force: `before` is the text before the word,
 * `word` the word, `afterPlace` the text after the place it would govern.
 */
export function describesForce(before: string, word: string, afterPlace: string): boolean {
	if (!/^deployed\b/i.test(word.trim())) return false;
	return FORCE_THEN_PARTICIPLE.test(before) && VERB_AFTER_PLACE.test(afterPlace);
}
