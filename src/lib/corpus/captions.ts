import { TERMINAL, wordCount } from './words';

/**
 * Captions, photo credits and the text's own credits by their shape: a caption's marker, opening or
 * credit, a picture described in the present, a byline ("By …", "Author: …"), an agency's credit
 * and the sources a post names under its text. `caption-credit` reads a caption by how it credits
 * its picture; these are the other shapes.
 */

export const CAPTION_MARKERS =
	/©|Image copyright|^(?:image|media) caption\S|\bin this (?:file )?(?:photo|picture|image)\b|\bAFP PHOTO\b|^file photo\b|\bfile photo\s*$|^TOPSHOT\b|^Image:|\bPool via\b|\bvia REUTERS\b|\bGetty Images\b|\bAP Photo\b|\bphoto credit\b|\(Reuters\)\s*$|\(AFP\)\s*$|\(AP\)\s*$/i;
/**
 * An agency photo credit, written in capitals before the photographer: "REUTERS/Khalil Ashawi". The
 * agencies in a dateline's brackets ("Dec 7 (AFP/APP):") filed the story and are read past.
 */
export const PHOTO_CREDIT = /\b(?:REUTERS|AFP|AP|EPA)\/\p{Lu}/u;
/**
 * A picture the text tells of in the past tense ("a photo showed", "images circulated"): a sentence
 * of the article, not the picture's caption, which describes in the present.
 */
export const PICTURE_NARRATED =
	/\b(?:photo(?:graph)?|picture|image|video|footage)s?\b(?:\s+\S+){0,4}?\s+(?:showed|appeared|emerged|circulated|purported|was|were)\b/i;
export const CAPTION_VERBS =
	/\b(?:is|are) seen\b|\battends?\b|\bpictured\b|\bframe grab\b|\bposes?\b|\bgestures?\b|\bphoto\b|\bpicture\b|\bhandout\b|\b(?:looks|walks|stands|sits|holds|carries|shows|gather|gathers|inspects?|waits?)\b/i;
/** A short "By Name" line: the byline as pages print it above the text. */
export const BY_LINE = /^By \p{Lu}[\p{L}.'’ -]{1,60}(?:,\s*[\p{L} ]{1,40})?(?:\s*\([\p{L} ]{1,20}\))?$/u;
/**
 * A byline naming the author by a site's login, as blogs print it: "by wael.m", "by admin". A login
 * is one word in lowercase (dots, underscores and digits allowed), which no sentence or name is.
 */
export const BY_LOGIN = /^[Bb]y @?\p{Ll}[\p{Ll}\p{N}._-]*$/u;
export const CREDIT =
	/^(?:[-–—]\s*)?(?:Reporting by|Writing by|Editing by|Additional reporting|Compiled by|With reporting by)\b|\bcontributed to this (?:story|report|article)\.?$/i;
/**
 * A translator's credit, alone or beside the source's name between dashes ("– Source – – translated
 * by Jane Doe –", "Translated from Arabic by Jane Doe"): a short line naming who translated, no
 * sentence's end. A sentence that says something was translated goes on after the name.
 */
export const TRANSLATOR_CREDIT =
	/(?:^|[\s\-–—|(])[Tt]ranslated (?:(?:from|into) \p{Lu}\p{L}+ )?by:?\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*[-–—)|]?\s*$/u;
/**
 * A line that is only an agency's or a desk's name, or an editor's initials ("ah/hkb"): a credit.
 */
export const AGENCY_ONLY =
	/^(?:the )?(?:associated press|reuters|afp|agence france-presse|ap|anadolu(?: agency)?|dpa|xinhua|sputnik|tass)$|^[a-z]{2,4}(?:\/[a-z]{2,4})+(?:\s*\([\p{L} ,.&-]{2,40}\))?$/iu;
/**
 * The wire credit that closes a republished agency story's last paragraph, two or more agencies and
 * nothing else: "… in Idlib. (dpa/NAN)", "(Xinhua/APP)". A picture's credit in brackets names a
 * photographer or a picture agency ("(Osman Orsal/Reuters)", "(AFP/Getty)"), so the line before it
 * is a caption; this one closes text, and the sentence before it stays.
 */
export const WIRE_CREDIT_TAIL =
	/[.!?]["”’]?\s*\((?:\p{Lu}{2,6}|dpa|Reuters|Xinhua|Anadolu|Sputnik|Bernama)(?:\s*\/\s*(?:\p{Lu}{2,6}|dpa|Reuters|Xinhua|Anadolu|Sputnik|Bernama))+\)\s*$/u;
/**
 * Words a sentence needs before a wire credit to be read as the story's text, not a short caption.
 */
export const WIRE_CREDITED_WORDS = 15;

/** A caption by its credit at the end: "… shown in October. (Osman Orsal/Reuters)". */
export const PHOTO_CREDIT_TAIL =
	/\((?:[^()/]{2,60}\/)+[^()/]{2,40}\)\s*$|\[(?:[^[\]/]{2,60}\/)+[^[\]/]{2,40}\]\s*$/u;
/**
 * A caption whose last sentence credits the picture or map: "… on Sunday. Photo by Aaref
 * Watad/AFP."
 */
export const CREDIT_SENTENCE =
	/(?:^|[.!?]\s+)(?:Photos?|Photograph|Picture|Image|Map|Graphic|Video|Illustration) (?:by|courtesy of|credit:?)\s+\p{Lu}[^.!?]{1,60}\.?$/u;
/**
 * A picture's text written for screen readers by the platform: "May be an image of 2 people and
 * outdoors".
 */
export const AUTO_ALT = /^may be an? (?:image|photo|picture|graphic|illustration|cartoon|video|meme)\b/i;
/** Agencies credited together: "IPA, Reuters", "AFP/dpa", "Reuters & AP". */
export const AGENCY_LIST =
	/^(?:\p{Lu}{2,6}|Reuters|Anadolu|Xinhua|Sputnik|dpa)(?:\s*[,/&]\s*(?:\p{Lu}{2,6}|Reuters|Anadolu|Xinhua|Sputnik|dpa))+$/u;
/** A caption by its opening: "FILE: …", "* Photo: …", "In this photo …". */
export const CAPTION_PREFIX =
	/^(?:[*•]\s*)?(?:file(?: photo)?|photo|image|picture|in this (?:photo|image|picture))\s*[:\-–]/i;
/** An author's credit by its label: "Author: Sam Reed", "Written by: Sam Reed". */
export const AUTHOR_LINE =
	/^(?:[Aa]uthor|[Ww]ritten by|[Ww]ords)\s*:\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})$/u;
/**
 * A photo credit standing alone under its caption: capitalised names and agencies joined by slashes
 * ("ABDULAZIZ KETAZ/AFP/Getty Images", "Osman Orsal/Reuters").
 */
export const CREDIT_ONLY =
	/^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*(?: ?\/ ?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*)+$/u;

/**
 * The sources a post credits under its text, names joined by slashes and the year: "Almasdar /
 * Flash Point News 2020.". A picture's credit carries no year.
 */
export const SOURCES_WITH_YEAR =
	/^\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*)*(?: ?\/ ?\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*)*)+,? (?:19|20)\d{2}\.?$/u;

/**
 * A caption that carries no credit or marker: it says what a picture shows, opening on an
 * indefinite subject with a verb of the picture in the present ("A woman … walks through a deserted
 * street with a child"), and, being no sentence of the text, has no full stop. Headlines are
 * shorter and seldom open on "A".
 */
export function unmarkedCaption(line: string): boolean {
	return (
		/^An? \p{Ll}/u.test(line) && !TERMINAL.test(line) && wordCount(line) >= 10 && CAPTION_VERBS.test(line)
	);
}
