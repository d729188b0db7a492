import { CAPTION_DATE } from './dates';
import { TERMINAL, wordCount } from './words';

/**
 * Page furniture by its shape rather than by a site's wording: widgets and counters, section
 * labels, reading times, calls to click, navigation, cookie, privacy and subscription banners,
 * appeals, comment sections and their notices, tags, menus, mastheads and a site's statements about
 * itself, and the markers after which a page lists other stories.
 */

export const FURNITURE = new Set(
	[
		'subscribe',
		'subscribe now',
		'sign up',
		'share',
		'share this',
		'share this article',
		'print',
		'email',
		'comments',
		'comment',
		'advertisement',
		'sponsored',
		'loader',
		'loading',
		'chats',
		'newsfeed',
		'tt',
		'read more',
		'read also',
		'see also',
		'more on this',
		'related',
		'related articles',
		'related stories',
		'related news',
		'back to top',
		'back to top button',
		'to participate in the discussion',
		'log in or register',
		'follow us',
		'most read',
		'trending',
		'skip to content',
		'menu',
		'search',
		'close',
		'advertising',
		'image caption'
	].map((s) => s.toLowerCase())
);

/**
 * Lines after which the page's own text is over (comment widgets, related-article lists, footers).
 */
export const END_MARKERS = new Set([
	'newsfeed',
	'related articles',
	'related stories',
	'related news',
	'back to top',
	'back to top button',
	'to participate in the discussion',
	'most read',
	'recommended',
	'explore',
	'more stories',
	'you may also like',
	'trending now',
	'latest news'
]);

/** Markers that introduce a short list of links inside an article ("Read more"). */
export const LINK_LIST_MARKERS = new Set(['read more', 'read also', 'see also', 'more on this', 'related']);

/**
 * Page furniture by its shape rather than by a site's wording: widgets and counters (few letters,
 * or counts beside UI words), section labels in capitals, reading times, bare links, date and time
 * stamps, calls to click or read on, cookie, privacy and subscription banners, and the chrome of an
 * embedded social post (its handle and date, its link).
 */
export const COUNTER =
	/^\d[\d\s.,kKmM]*\s+(?:\d[\d\s.,kKmM]*\s+)?(?:votes?|comments?|shares?|views?|likes?|reads?|article rating|replies|reactions?)\b/i;
export const READING_TIME = /^\d+\s*(?:min(?:ute)?s?)\s+read$/i;
/** A link to another story, however long its title: "READ ALSO: …", "See also - …". */
export const RELATED_PREFIX =
	/^(?:read (?:also|more)|also read|see also|related|recommended|more on this)\s*[:\-–—]/i;
/** "Ammon News -": an outlet's name with the dash pages put after it. */
export const SITE_BEFORE_DASH = /^\p{Lu}[\p{L}\p{N} .&'-]{1,60}\s[-–—|]$/u;
/**
 * A teaser cut short with an ellipsis in brackets: the page's own excerpt of a caption or a story.
 */
export const TEASER_END = /\[(?:…|\.{3})\]$/u;
/**
 * The tags, categories or sections a post is filed under, and the label of the archive page a post
 * was copied from ("Category Archives: …", "Monthly Archives: …").
 */
const TAG_LABEL = 'filed under|tags?|tagged(?: with| in)?|topics?|categories|category|posted in|keywords?';
const ARCHIVE_LABEL = '(?:category |tag |monthly |yearly |author )?archives?';
export const TAG_LIST = new RegExp(`^(?:${TAG_LABEL}|${ARCHIVE_LABEL})\\s*:`, 'i');
/** A file name left where a picture was: "_108374850_gettyimages-1162662754.jpg". */
export const IMAGE_FILE = /^\S+\.(?:jpe?g|png|gif|webp|svg|avif)$/i;
/**
 * An appeal for money or support with no quotation in it: "Do you like this content? Consider
 * helping us!", "Support our journalism", "Donate".
 */
const APPEAL =
	/\b(?:donate|donations?|support (?:us|our (?:work|journalism|reporting))|consider (?:helping|supporting)|help(?:ing)? us (?:keep|continue|grow|stay)|become a (?:patron|member|supporter)|patreon|paypal)\b/i;
/**
 * A widget's credit to the service behind it, with perhaps its version: "Beta V.1.0 - Powered by
 * automated translation", "Comments powered by Disqus". Reporting says "a plant powered by gas" in
 * a sentence, which ends with a stop; the credit is a short label.
 */
export const POWERED_BY = /(?:^|[\s\-–—|•·])powered by\s+\S/i;
/** A widget's unfilled placeholder: "%d bloggers like this:". */
export const PLACEHOLDER = /%[ds]\b|\{\{\s*\w+\s*\}\}/;
/**
 * A style sheet's rule or a script's statement left in the page's text when it was copied ("@page {
 * margin: 0.79in }", "p { margin-bottom: 0.1in; … }", "__ATA.cmd.push(function() { …"): a selector
 * and a brace before a property and its value, a method called with a function, a function's or an
 * arrow's body opening, a call closed with a semicolon. Prose writes none of these shapes.
 */
export const CODE_LINE =
	/(?:^|\s)[@#.]?[\w-]+\s*\{\s*[\w-]+\s*:\s*[^\s;{}]+|[\w$]+\.[\w$]+\s*\(\s*function\s*\(|\bfunction\s*\([^)]*\)\s*\{|\)\s*=>\s*\{|\}\s*\)\s*;\s*$/u;
/**
 * A row of sharing and printing controls and nothing else: "Print Friendly, PDF & Email"; also the
 * controls a story's page prints beside them, to comment, save it or adjust its font ("Adjust Save
 * Comment").
 */
export const SHARE_CONTROLS =
	/^(?:(?:print(?:er)?|friendly|pdf|e-?mail|share|tweet|facebook|twitter|whatsapp|telegram|linkedin|reddit|pinterest|copy link|comments?|save|adjust|font|size)(?:\s*[,&|/•·]\s*|\s+|$)){2,}$/i;
/** A language switcher: "This text available in … and …", "Also available in French". */
export const LANGUAGES = /^(?:this (?:text|article|page|story) (?:is )?(?:also )?|also )available in\b/i;

/**
 * An appeal is short, quotes nobody, and asks: a question, an exclamation, an imperative, no full
 * stop.
 */
export function isAppeal(line: string): boolean {
	if (!APPEAL.test(line) || wordCount(line) > 15 || /["“”]/.test(line)) return false;
	return (
		/[?!]/.test(line) ||
		/^(?:please )?(?:donate|support|help|become|consider)\b/i.test(line) ||
		!TERMINAL.test(line)
	);
}

/**
 * Lines after which a page lists other stories: "You might also like", "More on this topic:",
 * "Related posts", "More stories from …".
 */
export const END_SHAPE =
	/^(?:check also$|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|more (?:on|about) this (?:topic|story|subject|issue)|(?:explore )?(?:related|recent|popular|latest|similar|other) (?:posts|stories|articles|news|content|coverage|reads|questions|topics)|more (?:stories|news|articles|posts) (?:from|on|like this)\b)/i;
/**
 * Links to the posts before and after this one ("« Previous Post", "Next article", "Up next"): what
 * follows them is other posts' headlines, so the text is over where they stand.
 */
export const POST_NAVIGATION =
	/^(?:[«‹<←]\s*)?(?:(?:previous|next|prev|older|newer)(?: (?:article|post|story|entry))?|up next|read next|next up)(?:\s*[»›>→])?:?$/i;
/** The heading of an author's box under the text: "About the author". */
export const AUTHOR_BOX = /^about the (?:authors?|writers?|reporters?|contributors?):?$/i;

/**
 * Whether a line ends the text: post navigation, or an author's box, whose biography under it is no
 * part of the report.
 */
export function endsText(line: string): boolean {
	return POST_NAVIGATION.test(line) || AUTHOR_BOX.test(line);
}

export const CALL_TO_ACTION =
	/^(?:click|tap|skip to|(?:see|read|view) the (?:full|complete|original|whole) (?:article|story|report|post|piece) (?:at|on)\b|(?:go to|visit|view) (?:the )?(?:source|original)\b|continue reading|read (?:the )?(?:full|more|article|story)|show (?:more|less|all|news(?: ?feed)?|comments|replies)|load more|see more|view (?:more|all|comments)|watch|listen|download|follow us|share (?:it|this|on)|placeholder while)\b/i;
/**
 * A row of the page's navigation links and nothing else: "Go to home page", "Back to top Go to home
 * page clear". Text that goes "back to" somewhere says more.
 */
export const NAVIGATION =
	/^(?:(?:back to (?:the )?(?:top|home ?page|homepage|home)|go to (?:the )?(?:top|home ?page|homepage|main menu)|home|top|clear|close|menu)\s*(?:[|•·»]\s*)?)+$/i;
const BANNER =
	/\b(?:cookies?|privacy (?:policy|settings)|terms of (?:use|service)|subscribe|subscription|newsletters?|mailing list|sign (?:up|in)|log ?in|javascript|ad ?blocker|your browser|all rights reserved)\b/i;
/**
 * The text a site puts on its icon or logo, copied as a line ("Site icon The Valley Courier", "Site
 * logo"): the page's chrome, never a headline.
 */
export const SITE_ICON = /^(?:site (?:icon|logo)|logo)(?:\s|$)/i;
/**
 * A subscription box under the text by its heading ("Discover more from The Valley Courier"), and a
 * site's promotion of itself ("Don't miss a beat! The Courier delivers the latest news …"): what a
 * reporter writes neither asks the reader not to miss anything nor says that it delivers the
 * latest.
 */
export const SUBSCRIPTION_HEADING = /^discover more from\s+\S/iu;
export const SITE_PROMOTION =
	/^(?:don['’]?t|never) miss (?:a beat|out|a story|an update)\b|\b(?:delivers|brings you|gives you) the latest\b/i;
/** A page's date labels printed without their dates: "Issued on: Modified:". */
export const EMPTY_DATE_LABELS = /^(?:(?:issued|published|updated|modified|posted)(?: on)?\s*:\s*)+$/i;
/**
 * Comment sections, their notices and their widget's controls ("View all comments", "Notify of new
 * replies"): the article is over where one starts.
 */
export const COMMENTS_START =
	/^(?:[•*]\s*)?(?:please enter your (?:comment|name|email)|you must be logged in to (?:post a )?comment|leave a (?:reply|comment)|no comments|post a comment|add (?:a )?comment|join the (?:discussion|conversation)|be civil|comment policy|this is a civilized place for public discussion|your email address will not be published|all comments are (?:reviewed|moderated)|view all comments$|notify (?:me )?of (?:new|follow-up)|notify of$)\b/i;

/**
 * The words outlets and organisations are named with ("The Washington Post", "Syrian Observatory");
 * a word glued to the next one counts too, as a logo's name runs into its tagline when a page is
 * copied ("PostDemocracy Dies in Darkness").
 */
const OUTLET_WORD =
	/\b(?:Post|Times|News|Herald|Tribune|Journal|Gazette|Observer|Observatory|Agency|Monitor|Network|Daily|Press|Telegraph|Chronicle|Radio|TV|Television|Media|Today|Online)(?=$|\p{Lu})|^The (?:\p{Lu}\p{L}* )*?(?:Post|Times|News|Herald|Tribune|Journal|Gazette|Observer|Observatory|Agency|Monitor|Network|Daily|Press|Telegraph|Chronicle|Radio|Media)\b/u;

/**
 * A masthead: the outlet's name (and tagline) at the top of the page, a short line in title case
 * (every word of four letters or more capitalised, no full stop) that either opens with "The" and
 * holds an outlet word, or ends on one. It is never the headline.
 */
export function isMasthead(line: string): boolean {
	if (TERMINAL.test(line) || wordCount(line) > 7) return false;
	if (line.split(/\s+/).some((w) => /^\p{Ll}{4,}/u.test(w))) return false;
	return OUTLET_WORD.test(line);
}

/**
 * An outlet's name ending on an outlet word or on its edition's language ("Valley News", "Coast
 * English").
 */
const OUTLET_NAME_END =
	/\b(?:Post|Times|News|Herald|Tribune|Journal|Gazette|Observer|Agency|Network|Daily|Press|Telegraph|Chronicle|Radio|TV|Media|Online|English)$/u;
/** The most words a masthead printed inside the text has: the outlet's name alone. */
const TEXT_MASTHEAD_WORDS = 3;

/**
 * The outlet's name printed again between paragraphs (a logo over the rest of the story, "Coast
 * English"): a line of at most three capitalised words ending on an outlet word or on an edition's
 * language. A crosshead names a topic, and one ending on "News" or "Press" is rarer than a logo.
 */
export function isTextMasthead(line: string): boolean {
	const words = line.split(/\s+/);
	return (
		words.length <= TEXT_MASTHEAD_WORDS &&
		words.every((w) => /^\p{Lu}/u.test(w)) &&
		OUTLET_NAME_END.test(line)
	);
}

/**
 * A site's statement of what it is for, printed under its articles: a purpose or a first person
 * plural ("To deliver …", "Our mission …", "We are …") describing the site as news or media.
 */
export const MISSION_OPENING =
	/^(?:To \p{Ll}+ |Our (?:mission|aim|goal|vision)\b|We (?:are|aim|strive|seek)\b)/u;
export const SITE_SELF =
	/\b(?:news (?:portal|site|website|platform|outlet|agency)|non-?profit|independent (?:news|media|journalism)|journalism)\b/i;

/** At most three letters: a widget ("A+ A-"), a separator, a count. */
export function fewLetters(line: string): boolean {
	let letters = 0;
	for (const ch of line) if (/\p{L}/u.test(ch) && ++letters > 3) return false;
	return true;
}

/** Capitals and no lowercase letter: a section label when short ("POLITICS", "RECOMMENDED"). */
export function allCaps(line: string): boolean {
	return /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}

/**
 * An outlet's or an agency's copyright notice and nothing else: "Copyright Levant Wire, 2019", "©
 * 2020 The Valley Courier". The name is in capitals and a year is there: a sentence about copyright
 * goes on in lowercase, and a headline in capitals has a preposition ("… Goes To Court In 2019").
 */
const COPYRIGHT_LINE =
	/^(?:(?:[Cc]opyright|COPYRIGHT)\s*(?:©\s*)?|©\s*|\([Cc]\)\s*)(?:(?:19|20)\d{2}\s+)?(?:(?!(?:In|On|At|To|Of|For|Since)\b)\p{Lu}[\p{L}.&'’-]*\s*){1,6},?\s*(?:(?:19|20)\d{2})?\.?$/u;

/** Whether a line is only a copyright notice: a name and a year after "Copyright" or "©". */
export function isCopyrightLine(line: string): boolean {
	return COPYRIGHT_LINE.test(line) && /\b(?:19|20)\d{2}\b/.test(line) && wordCount(line) <= 9;
}

export function isBanner(line: string): boolean {
	return BANNER.test(line) && wordCount(line) <= 40;
}

/**
 * Words a crosshead in capitals carries when it is a sentence of the report ("17 CIVILIANS WERE
 * KILLED"): a section label names a section and never has an auxiliary verb.
 */
export const CAPITALS_VERB = /\b(?:IS|ARE|WAS|WERE|HAS|HAVE|HAD|WILL|BEEN|SAYS|SAID)\b/u;
/** A page telling its own age: "This article is more than 3 years old". */
export const AGE_NOTICE =
	/^this (?:article|story|page|post) is (?:more than |over )?(?:\d+|an?|one|two|three) (?:years?|months?|days?) old$/i;
/** A form's field: "Your e-mail (optional)", "Name (required) *". */
export const FORM_FIELD = /\((?:optional|required)\)\s*\*?$/i;
/** A notice that comments are closed or have rules, wherever it stands in its line. */
export const COMMENT_NOTICE =
	/\bcomments? (?:have been|has been|are|is) (?:closed|disabled)\b|\b(?:read|see) our comment policy\b/i;
/**
 * An outlet's note on copy it did not write or check: "(This story has not been edited by … staff
 * and is auto-generated from a syndicated feed.)", "… has not verified the content of this story".
 */
export const DISCLAIMER =
	/\bhas not been edited by\b|\bauto-generated from\b|\bsyndicated feed\b|\bhas not verified the (?:content|information)\b|\b(?:views|opinions) (?:expressed|set out) in this (?:article|story|piece)\b|\bdo(?:es)? not necessarily reflect\b/i;
/** A request to pass the page on: "If you enjoy the post … kindly Share it with friends." */
export const SHARE_APPEAL = /\bshare (?:it|this(?: post| article| story)?) with (?:your )?friends\b/i;
/** A video or a gallery that the page embeds, by its label: "Video: How the army …". */
export const MEDIA_TEASER = /^(?:video|gallery|watch|photos)\s*:\s*\S/i;
/** A footnote marked by an asterisk glued to its first word: "*Al-Qaeda is … banned in Russia". */
export const FOOTNOTE = /^\*\p{Lu}/u;
/**
 * Tags or categories copied with no space between them ("HamaKafr NabudahSyriaregime forces"): a
 * lowercase letter run straight into a capital at least twice.
 */
export const GLUED_WORDS = /\p{Ll}{2}\p{Lu}/gu;
/**
 * A line of names and dates between pipes ("Cii Radio| Ayesha Ismail| 10 October 2017"): the page's
 * outlet, author and dates, with no lowercase word that a headline's segment would carry.
 */
export function namesAndDates(line: string): boolean {
	const parts = line.split('|').map((p) => p.trim());
	if (parts.length < 3 || parts.some((p) => !p || /(?:^|\s)\p{Ll}/u.test(p))) return false;
	return parts.some((p) => CAPTION_DATE.test(p));
}

/** A day written with its ordinal ("July 28th, 2017"), read as the same date. */
const ORDINAL_DAY = /\b(\d{1,2})(?:st|nd|rd|th)\b/g;

/**
 * A date and the outlet's name between spaced dashes, as a blog prints its post's date line under
 * the headline ("July 28th, 2017 – Valley News –"): every part a date or capitalised words, one of
 * them a date, at most eight words. A headline's dash sets a clause apart, with lowercase words.
 */
export function dateAndNamesBetweenDashes(line: string): boolean {
	if (wordCount(line) > 8 || !/\s[-–—]\s|\s[-–—]$/u.test(line)) return false;
	const parts = line
		.replace(ORDINAL_DAY, '$1')
		.split(/\s+[-–—](?:\s+|$)/u)
		.map((p) => p.trim())
		.filter(Boolean);
	if (parts.length < 2 || parts.some((p) => /(?:^|\s)\p{Ll}/u.test(p))) return false;
	return parts.some((p) => new RegExp(`^(?:${CAPTION_DATE.source})$`).test(p));
}
/** The words a headline in title case holds and a menu or a toolbar does not. */
const TITLE_FUNCTION_WORDS = /^(?:a|an|the|in|on|at|to|of|for|by|with|from|as|and|or|is|are|after|over)$/i;
/** Words a menu or a toolbar runs to at least; shorter title-case lines may be headlines. */
const MENU_WORDS = 12;
/**
 * A menu or an editor's toolbar: twelve words or more, every one capitalised, none of them a
 * function word ("Bold Italic Underline Strike Bullet Blockquote Small Big Link Squish Foto
 * Photo"). A headline in title case seldom runs that long without one.
 */
export function isMenu(line: string): boolean {
	const words = line.split(/\s+/).filter(Boolean);
	if (words.length < MENU_WORDS || TERMINAL.test(line)) return false;
	return words.every((w) => /^\p{Lu}/u.test(w) && !TITLE_FUNCTION_WORDS.test(w));
}

/**
 * A sharing button's label, as a copy of the page keeps its alternative text: a network's name,
 * perhaps with the button's style, and "sharing button" or "share icon" ("<network>-white sharing
 * button"). A sentence about a button says more than its label.
 */
export const SHARE_BUTTON =
	/^(?:[\p{L}\d.+-]+\s+){0,2}(?:shar(?:e|ing)|social(?:\s+media)?)\s+(?:buttons?|icons?)$/iu;

/** The fewest headlines a ticker runs together, and the fewest words each of them has. */
const TICKER_HEADLINES = 3;
const TICKER_HEADLINE_WORDS = 4;

/**
 * A news ticker: other stories' headlines run together on one line between bars ("<headline> |
 * <headline> | <headline>"). A paragraph of text never sets three clauses of four words or more
 * apart with bars; a line of names and dates between bars has shorter parts.
 */
export function isTicker(line: string): boolean {
	const parts = line.split(/\s+\|\s+/u);
	return (
		parts.length >= TICKER_HEADLINES &&
		parts.filter((p) => wordCount(p) >= TICKER_HEADLINE_WORDS).length >= TICKER_HEADLINES
	);
}

/**
 * A page's identifier for the story, a label and a long number ("News ID : 48213", "Item code:
 * 48213"): at most three words before the colon, five digits or more after it, which no date or
 * count in a report's text takes alone on its line.
 */
export const PAGE_IDENTIFIER = /^\p{L}+(?:\s+\p{L}+){0,2}\s*:\s*#?\d{5,}$/u;

/**
 * A press release's label for when it may be printed ("For Immediate Release", "Embargoed until
 * 10:00 GMT"): the release's own furniture, never its headline.
 */
export const RELEASE_LABEL = /^(?:for (?:immediate |general )?release\b|embargoed (?:until|till|to)\b)/i;
/** The most words a release label has, with its time ("Embargoed until 10:00 GMT, 5 March"). */
export const RELEASE_LABEL_WORDS = 8;

/**
 * A podcast's promotion by its label: a name in capitals, "podcast" or "episode" and its number,
 * then a dash or a colon ("<Name> podcast - <tagline>: 'In Episode One …'").
 */
export const SHOW_PROMOTION = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,5}(?:[Pp]odcast|[Ee]pisode \d+)\s*[-–—:]\s/u;

/**
 * Words that English prose of any length uses: a line of a dozen words or more with none of them
 * is a list of tags copied as words ("Valley Orontes regime forces … Valley conflict …"), not a
 * sentence.
 */
const FUNCTION_WORDS = new Set(
	(
		'a an the of in on at to for by with from into and or but is are was were be been has have had ' +
		'that this as it its not who which after over than'
	).split(' ')
);
/** The fewest words a run of tags has before it is read by its lack of function words. */
const TAG_RUN_WORDS = 12;

/**
 * Whether a line is a run of tags: many words, no function word, no sentence's end and no digit (a
 * line of names, dates and times is read by its dates).
 */
export function isTagRun(line: string): boolean {
	const words = line.split(/\s+/).filter(Boolean);
	if (words.length < TAG_RUN_WORDS || TERMINAL.test(line) || /\d/.test(line)) return false;
	return !words.some((w) => FUNCTION_WORDS.has(w.replace(/^\W+|\W+$/gu, '').toLowerCase()));
}

/**
 * A comment section's count heading ("1 Comment", "12 Responses", "3 thoughts on “…”"): under
 * the text, the readers' comments follow it.
 */
export const COMMENT_COUNT = /^\d+\s+(?:comments?|responses?|replies|thoughts? on\b.*)$/i;
