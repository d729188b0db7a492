import { creditedCaption } from './caption-credit';
import {
	AGENCY_LIST,
	AGENCY_ONLY,
	AUTHOR_LINE,
	AUTO_ALT,
	BY_LINE,
	BY_LOGIN,
	CAPTION_MARKERS,
	CAPTION_PREFIX,
	CAPTION_VERBS,
	CREDIT,
	CREDIT_ONLY,
	CREDIT_SENTENCE,
	TRANSLATOR_CREDIT,
	PHOTO_CREDIT,
	PHOTO_CREDIT_TAIL,
	PICTURE_NARRATED,
	SOURCES_WITH_YEAR,
	WIRE_CREDITED_WORDS,
	WIRE_CREDIT_TAIL,
	unmarkedCaption
} from './captions';
import { datelineEnd } from './dateline';
import {
	CAPTION_DATE,
	captionWhereWhen,
	DATED_AGENCY_CREDIT,
	DATED_AT_END,
	DATED_HEADLINE,
	headlineWithGluedStamp,
	DATE_BYLINE,
	DATE_LINE,
	DATED_BYLINE,
	DATE_THEN_PLACES,
	LEADING_STAMP,
	SOURCE_DATE_LINE,
	STAMP_WORDS,
	TIME_STAMP,
	WEEKDAY_DATE
} from './dates';
import {
	AGE_NOTICE,
	CALL_TO_ACTION,
	CAPITALS_VERB,
	CODE_LINE,
	COMMENTS_START,
	COMMENT_NOTICE,
	COUNTER,
	DISCLAIMER,
	EMPTY_DATE_LABELS,
	AUTHOR_BOX,
	END_SHAPE,
	POST_NAVIGATION,
	FOOTNOTE,
	FORM_FIELD,
	FURNITURE,
	GLUED_WORDS,
	IMAGE_FILE,
	LANGUAGES,
	MEDIA_TEASER,
	MISSION_OPENING,
	NAVIGATION,
	PLACEHOLDER,
	POWERED_BY,
	READING_TIME,
	RELATED_PREFIX,
	SHARE_APPEAL,
	SHARE_CONTROLS,
	SITE_BEFORE_DASH,
	SITE_ICON,
	SITE_PROMOTION,
	SITE_SELF,
	SUBSCRIPTION_HEADING,
	TAG_LIST,
	TEASER_END,
	allCaps,
	fewLetters,
	isAppeal,
	isBanner,
	isCopyrightLine,
	isMenu,
	isTagRun,
	isTicker,
	PAGE_IDENTIFIER,
	RELEASE_LABEL,
	RELEASE_LABEL_WORDS,
	SHARE_BUTTON,
	SHOW_PROMOTION,
	dateAndNamesBetweenDashes,
	namesAndDates
} from './furniture';
import { LATIN, LETTER, SITE_LINE, TERMINAL, wordCount, type LineKind } from './words';

/**
 * A line's kind, read alone (furniture, caption, credit, embed, site name, headline-like, prose),
 * and for furniture the shape that made it so. The order of the tests is the rule: the first shape
 * that fits decides.
 */

/**
 * A credit by its label, perhaps naming what it credits: "Source: …", "Credit – …", "Image
 * Credit: …", "Photo source: …".
 */
const PICTURE_SOURCE = /^(?:(?:image|photo|picture|video|cover)\s+)?(?:source|credits?)\s*(?::|[–—-]\s)/i;

const BARE_LINK = /^(?:https?:\/\/|www\.)\S+$/i;
/** A link with a space or an ellipsis inside it, as pages shorten long addresses. */
const SHORTENED_LINK = /^(?:https?:\/\/|www\.)\S+(?:\s+\S+){1,4}$/i;
const SOCIAL_CHROME = /\(@\w{1,30}\)|pic\.twitter\.com\/|^—\s*\S.*@\w+|\btwitter\.com\/\w+\/status\//i;
/**
 * An embedded social post's handle on a line of its own ("@SomeAgency"), as a copied post prints it
 * between its author's name and its text.
 */
export const BARE_HANDLE = /^@\w{1,30}$/u;

/**
 * The rule that reads a short line in capitals as a site's section label ("POLITICS", "WORLD"), by
 * which `markCapitalCrossheads` finds the ones that are a report's own section heads.
 */
export const SECTION_LABEL_RULE = 'section label in capitals';
/**
 * A full stop inside a line with more after it ("… entered Syria. The first was in 2016 during"):
 * a line of text broken by the page, not a headline, which is one sentence (or two that exclaim).
 */
const INNER_SENTENCE_END = /\p{Ll}{3,}\.["”’]?\s+\p{Lu}/u;

/**
 * A line's kind, read alone. When it is furniture, `why.rule` names the shape that made it so, for
 * the report of dropped lines.
 */
export function classify(raw: string, siteName: string | undefined, why?: { rule?: string }): LineKind {
	const furniture = (rule: string): LineKind => {
		if (why) why.rule = rule;
		return 'furniture';
	};
	if (!raw) return 'blank';
	const line = raw.replace(LEADING_STAMP, '');
	const lower = line.toLowerCase().replace(/[\s:]+$/, '');
	if (FURNITURE.has(lower) || /^\d+$/.test(line)) return furniture('page control or count');
	if (CODE_LINE.test(line) && !/["“”]/.test(line)) return furniture('style sheet or script');
	if (AGE_NOTICE.test(line)) return furniture('age notice');
	if (RELEASE_LABEL.test(line) && wordCount(line) <= RELEASE_LABEL_WORDS)
		return furniture('press release label');
	if (PAGE_IDENTIFIER.test(line)) return furniture('page identifier');
	if (COMMENTS_START.test(line) && wordCount(line) <= 20) return furniture('comment section');
	if (COMMENT_NOTICE.test(line) && wordCount(line) <= 20) return furniture('comment notice');
	if (FORM_FIELD.test(line) && wordCount(line) <= 6) return furniture('form field');
	if (DISCLAIMER.test(line) && wordCount(line) <= 60) return furniture('editorial disclaimer');
	if (SHARE_APPEAL.test(line) && wordCount(line) <= 30 && !/["“”]/.test(line))
		return furniture('appeal to share');
	if (MEDIA_TEASER.test(line) && !TERMINAL.test(line)) return furniture('video or gallery teaser');
	if (SHOW_PROMOTION.test(line) && !/^["“]/u.test(line)) return furniture('podcast or show promotion');
	if (FOOTNOTE.test(line) && wordCount(line) <= 20) return furniture('footnote');
	if (!TERMINAL.test(line) && (line.match(GLUED_WORDS)?.length ?? 0) >= 2 && wordCount(line) <= 12)
		return furniture('tags run together');
	if (namesAndDates(line) || dateAndNamesBetweenDashes(line)) return furniture('names and dates');
	if (isTicker(line)) return furniture('news ticker');
	if (TRANSLATOR_CREDIT.test(line) && wordCount(line) <= 14) return 'credit';
	if (isMenu(line)) return furniture('menu or toolbar');
	if (isTagRun(line)) return furniture('tag list');
	if (DATE_THEN_PLACES.test(line) || WEEKDAY_DATE.test(line)) return furniture('date line');
	if (DATE_BYLINE.test(line)) return 'credit';
	if (SOCIAL_CHROME.test(line) || BARE_LINK.test(line) || SHORTENED_LINK.test(line)) return 'embed';
	if (BARE_HANDLE.test(line)) return 'embed';
	if (SITE_ICON.test(line) && wordCount(line) <= 6 && !TERMINAL.test(line))
		return furniture('site icon or logo');
	if (SUBSCRIPTION_HEADING.test(line) && wordCount(line) <= 8) return furniture('subscription box');
	if (SITE_PROMOTION.test(line) && wordCount(line) <= 40 && !/["“”]/.test(line))
		return furniture('site promotion');
	if (AUTHOR_LINE.test(line)) return 'credit';
	if (EMPTY_DATE_LABELS.test(line)) return furniture('date line');
	if (IMAGE_FILE.test(line)) return furniture('picture file name');
	if (END_SHAPE.test(lower) && wordCount(line) <= 8) return furniture('list of other stories');
	if (TAG_LIST.test(line) && wordCount(line) <= 30) return furniture('tag list');
	if (isAppeal(line)) return furniture('appeal for support');
	if (AGENCY_LIST.test(line)) return 'credit';
	if (PLACEHOLDER.test(line) && wordCount(line) <= 16) return furniture('widget placeholder');
	if (POWERED_BY.test(line) && wordCount(line) <= 10 && !TERMINAL.test(line))
		return furniture('widget credit');
	if (SHARE_CONTROLS.test(line) || SHARE_BUTTON.test(line)) return furniture('sharing controls');
	if (LANGUAGES.test(line) && wordCount(line) <= 12) return furniture('language switcher');
	if (AUTO_ALT.test(line) && !TERMINAL.test(line)) return 'caption';
	if (TEASER_END.test(line) && wordCount(line) <= 40) return furniture('teaser');
	if (CREDIT_SENTENCE.test(line) && wordCount(line) <= 40) return 'caption';
	if (fewLetters(line)) return furniture('three letters or fewer');
	if (COUNTER.test(line)) return furniture('counter');
	if (READING_TIME.test(line)) return furniture('reading time');
	if (CALL_TO_ACTION.test(line) && wordCount(line) <= 12) return furniture('call to click or read on');
	if (NAVIGATION.test(line)) return furniture('navigation links');
	if (POST_NAVIGATION.test(line)) return furniture('post navigation');
	if (AUTHOR_BOX.test(line)) return furniture('author box');
	if (RELATED_PREFIX.test(line)) return furniture('link to another story');
	if (AGENCY_ONLY.test(line)) return 'credit';
	if (SITE_BEFORE_DASH.test(line) && wordCount(line) <= 6) return furniture('site name');
	if (WIRE_CREDIT_TAIL.test(line) && wordCount(line) > WIRE_CREDITED_WORDS && !CAPTION_PREFIX.test(line))
		return 'prose';
	if (CAPTION_PREFIX.test(line) || PHOTO_CREDIT_TAIL.test(line)) return 'caption';
	if (creditedCaption(line) && datelineEnd(line) === 0) return 'caption';
	if (wordCount(line) <= 4 && (line.match(/\d+/g)?.length ?? 0) >= 2)
		return furniture('date or count in numbers');
	if (isBanner(line)) return furniture('cookie or subscription banner');
	if (isCopyrightLine(line)) return furniture('copyright notice');
	if (LETTER.test(line) && !LATIN.test(line)) return 'other-script';
	if (SITE_LINE.test(line) && wordCount(line) <= 6) return 'site';
	if (CREDIT.test(line) || BY_LINE.test(line) || BY_LOGIN.test(line)) return 'credit';
	if (DATE_LINE.test(line) || SOURCE_DATE_LINE.test(line)) return furniture('date line');
	if (DATED_BYLINE.test(line)) return 'credit';
	if (PICTURE_SOURCE.test(line) && wordCount(line) <= 12) return 'credit';
	if (DATED_HEADLINE.test(line) && !STAMP_WORDS.test(line)) return 'headline';
	if (headlineWithGluedStamp(line)) return 'headline';
	if (!TERMINAL.test(line) && wordCount(line) <= 16 && TIME_STAMP.test(line)) return furniture('time stamp');
	if (allCaps(line) && wordCount(line) <= 4 && !TERMINAL.test(line) && !CAPITALS_VERB.test(line))
		return furniture(SECTION_LABEL_RULE);
	if (CAPTION_MARKERS.test(line) || PHOTO_CREDIT.test(line.slice(datelineEnd(line)))) return 'caption';
	if (DATED_AGENCY_CREDIT.test(line)) return 'caption';
	if (siteName && line.endsWith(` - ${siteName}`)) return 'caption';
	if (CAPTION_DATE.test(line) && CAPTION_VERBS.test(line) && !PICTURE_NARRATED.test(line)) return 'caption';
	if (captionWhereWhen(line) && !PICTURE_NARRATED.test(line)) return 'caption';
	if (CREDIT_ONLY.test(line) && line.includes('/') && wordCount(line) <= 8) return 'caption';
	if (SOURCES_WITH_YEAR.test(line) && wordCount(line) <= 12) return 'credit';
	if (unmarkedCaption(line)) return 'caption';
	if (MISSION_OPENING.test(line) && SITE_SELF.test(line) && !/["“”]/.test(line))
		return furniture("site's statement of purpose");
	if (!TERMINAL.test(line) && wordCount(line) <= 20) {
		if (DATED_AT_END.test(line)) return 'caption';
		if (INNER_SENTENCE_END.test(line)) return 'prose';
		return 'headline';
	}
	return 'prose';
}
