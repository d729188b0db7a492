import { REPORTING, captionTwin, creditedCaption } from './caption-credit';

/**
 * Turns a raw web capture (a page's text as copied or scraped) into clean articles: the headline, the
 * article's own paragraphs, and what the page said around them (captions, credits, the outlet's name)
 * kept aside as evidence. The same function cleans the seed captures and every later ingest, so a new
 * capture gets exactly the treatment the seeds got.
 *
 * The rules are generic, not per site: lines are classified one by one (furniture, caption, credit,
 * headline-like, prose) and article boundaries are found where a headline starts a new story.
 */

/** Why a line of the capture was not kept in an article body. */
export type DropReason =
	| 'before-title'
	| 'furniture'
	| 'caption'
	| 'credit'
	| 'repeated'
	| 'related-link'
	| 'after-end'
	| 'other-script'
	| 'headline-without-text'
	| 'embed'
	| 'comment';

/** One article found in a capture. */
export interface CleanArticle {
	title: string;
	/**
	 * Set when the capture shows no headline before the text: the title is then the first sentence, for
	 * a person to check (ingest says so, and takes `--title`).
	 */
	titleInferred?: true;
	/** Paragraphs joined by a blank line; crossheads are kept as `## ` lines. */
	body: string;
	paragraphs: string[];
	/** Credit lines ("Reporting by …", "AFP contributed to this story."), joined with "; ". */
	byline?: string;
	/** Photo captions, kept because their dates are evidence for the publication date. */
	captions: string[];
	/** The outlet as the page names it ("Reuters" from a dateline, a "- Site Name" line). */
	outletHint?: string;
	/** The dateline's place words, e.g. "ISTANBUL/ANKARA". */
	dateline?: string;
}

/** A line the cleaner dropped: why, and for furniture the shape that made it so ("time stamp"). */
export interface DroppedLine {
	line: string;
	reason: DropReason;
	rule?: string;
}

/** Everything the cleaner decided, for tests and for ingest's dry-run report. */
export interface CleanResult {
	articles: CleanArticle[];
	dropped: DroppedLine[];
}

const FURNITURE = new Set(
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

/** Lines after which the page's own text is over (comment widgets, related-article lists, footers). */
const END_MARKERS = new Set([
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
const LINK_LIST_MARKERS = new Set(['read more', 'read also', 'see also', 'more on this', 'related']);

const MONTH =
	'(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
/** A day, its month and its year in either order, as pages print them: "Feb 19, 2020", "19 February 2020". */
const DAY_MONTH_YEAR = `(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4})`;
const CAPTION_DATE = new RegExp(
	`\\b${MONTH}\\s+\\d{1,2},?\\s+\\d{4}\\b|\\b\\d{1,2}\\s+${MONTH}\\s+\\d{4}\\b`
);
const CAPTION_MARKERS =
	/©|Image copyright|^(?:image|media) caption\S|\bin this (?:file )?(?:photo|picture|image)\b|\bAFP PHOTO\b|^file photo\b|\bfile photo\s*$|^TOPSHOT\b|^Image:|\bPool via\b|\bvia REUTERS\b|\bGetty Images\b|\bAP Photo\b|\bphoto credit\b|\(Reuters\)\s*$|\(AFP\)\s*$|\(AP\)\s*$/i;
/**
 * An agency photo credit, written in capitals before the photographer: "REUTERS/Khalil Ashawi". The
 * agencies in a dateline's brackets ("Dec 7 (AFP/APP):") filed the story and are read past.
 */
const PHOTO_CREDIT = /\b(?:REUTERS|AFP|AP|EPA)\/\p{Lu}/u;
/**
 * A picture the text tells of in the past tense ("a photo showed", "images circulated"): a sentence of
 * the article, not the picture's caption, which describes in the present.
 */
const PICTURE_NARRATED =
	/\b(?:photo(?:graph)?|picture|image|video|footage)s?\b(?:\s+\S+){0,4}?\s+(?:showed|appeared|emerged|circulated|purported|was|were)\b/i;
const CAPTION_VERBS =
	/\b(?:is|are) seen\b|\battends?\b|\bpictured\b|\bframe grab\b|\bposes?\b|\bgestures?\b|\bphoto\b|\bpicture\b|\bhandout\b|\b(?:looks|walks|stands|sits|holds|carries|shows|gather|gathers|inspects?|waits?)\b/i;
/** A page's own date line ("Published 12 March 2020", "Updated: Feb 19, 2020 10:12 GMT"), or a bare date. */
const DATE_LINE = new RegExp(
	`^(?:(?:first |last )?(?:published|updated|posted)(?: on)?:?\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:${DAY_MONTH_YEAR}|\\d{4}-\\d{2}-\\d{2})(?:\\s*[|,-]?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*(?:am|pm))?(?:\\s*[A-Z]{2,4})?)?$`,
	'i'
);
/** A short "By Name" line: the byline as pages print it above the text. */
const BY_LINE = /^By \p{Lu}[\p{L}.'’ -]{1,60}(?:,\s*[\p{L} ]{1,40})?(?:\s*\([\p{L} ]{1,20}\))?$/u;
const CREDIT =
	/^(?:[-–—]\s*)?(?:Reporting by|Writing by|Editing by|Additional reporting|Compiled by|With reporting by)\b|\bcontributed to this (?:story|report|article)\.?$/i;
const DATELINE = /^([A-Z][A-Z.'/ ,-]{1,60}?)\s*\(([A-Za-z][\w .&-]{1,40})\)\s*[-–—]{1,2}\s*/u;
/**
 * A dateline in any of the forms reporting uses: the place in capitals (with another spelling in
 * brackets), then optionally a country, a date or a time after a comma, an agency or a time in
 * brackets, and a dash (Xinhua's doubled: "--"), a colon or TASS's slashed credit ("BEIRUT (Reuters)
 * -", "ISTANBUL/ANKARA (Reuters) –", "DAMASCUS, Feb 7 (Reuters) -", "DAMASCUS, Aug. 7 (Xinhua) --",
 * "BEIRUT, LEBANON (8:00 P.M.) –", "ERBIL, Kurdistan Region —", "EDLEB (IDLIB), Syria –", "MOSCOW, May
 * 26. /TASS/.", "Damascus:"). A title-case place may carry a capital inside it, as a name romanised
 * without its article's hyphen does ("AlBara, Syria, Dec 7 (AFP/APP):").
 */
const ANY_DATELINE =
	/^(?:\p{Lu}{2}[\p{Lu}.'’/ -]{0,40}?|\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?)(?:\s*\(\p{Lu}{2}[\p{Lu} ]{0,30}\))?(?:,\s*[^–—(\n:]{1,40}?)?\s*(?:\([^)\n]{1,60}\))?\s*(?:[-–—]{1,2}\s+|:\s*(?=\S)|(?<=\/\p{Lu}{2,10}\/)\.?\s+(?=\p{Lu}))/u;
/**
 * A title-case place opens a dateline only in the wire forms that cannot be a sentence: before a
 * colon ("Damascus:"), or with a date or an agency credit before the dash ("Damascus, Jan 21, 2018
 * (AFP) -", "Beirut, Aug 8 (Xinhua) -", SANA's "Hama, SANA- ").
 */
const TITLE_CASE_DATELINE =
	/(?::\s*$|,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})(?:,?\s*\d{4})?\.?\s*(?:\([^)\n]{1,60}\))?\s*[-–—]{1,2}\s*$|\(\p{Lu}[\p{L}\d .,/&-]{1,40}\)\s*[-–—]{1,2}\s*$|,\s*\p{Lu}{2,10}[-–—]{1,2}\s*$)/u;
/**
 * A place in capitals and the credit in brackets, with no dash after them: syndicators write
 * "ANTAKYA (UrduPoint News / Sputnik - 22nd August, 2019) Turkey will …".
 */
const BRACKET_DATELINE =
	/^\p{Lu}{2}[\p{Lu}.'’/ -]{0,40}?(?:,\s*[^–—(\n:]{1,40}?)?\s*\([^)\n]{1,60}\)\s+(?=\p{Lu})/u;

/** A dateline standing on its own line above the text: "BEIRUT", "IDLIB, Syria". */
const DATELINE_ONLY = /^\p{Lu}{3,}(?:[ /-]\p{Lu}{3,})*(?:,\s*\p{Lu}[\p{L} ]{1,30})?$/u;
/**
 * A dateline on its own line that names the place, its larger units and the day, joined by dashes:
 * "Saraqib – Idlib Governorate – Syria 27/02/2020". Read alone, its numeric date would make it a time
 * stamp; a place and its governorate or country before the date make it the story's dateline.
 */
const DATED_PLACE_LINE =
	/^\p{Lu}[\p{L}'’ .-]{1,30}?(?:\s+[–—-]\s+\p{Lu}[\p{L}'’ .-]{1,30}?){1,3}\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/u;

/** Whether a line standing alone above the text is the story's dateline. */
function datelineLine(line: string): boolean {
	return DATELINE_ONLY.test(line) || DATED_PLACE_LINE.test(line);
}

/**
 * Where the dateline at the start of a body ends (0 when there is none). A place named there says where
 * the story was filed, not what it is about.
 */
export function datelineEnd(body: string): number {
	const firstParagraph = body.split('\n\n', 1)[0]!;
	if (datelineLine(firstParagraph) && firstParagraph.length < body.length) return firstParagraph.length;
	const stamp = LEADING_STAMP.exec(body)?.[0].length ?? 0;
	const text = body.slice(stamp);
	const bracketed = BRACKETED_DATELINE.exec(text) ?? DOTTED_DATELINE.exec(text);
	if (bracketed) return stamp + bracketed[0].length;
	const m = ANY_DATELINE.exec(text) ?? BRACKET_DATELINE.exec(text);
	if (!m) return 0;
	const head = m[0];
	if (/^\p{Lu}\p{Ll}/u.test(head) && !TITLE_CASE_DATELINE.test(head)) return 0;
	return stamp + head.length;
}

/**
 * A dateline printed as a line of its own, the place and then the agency or outlet that filed it
 * ("Idlib - SMART", "ALEPPO — SANA"): the outlet's first word in capitals, so that a crosshead
 * such as "Idlib - the last stronghold" is not read as one.
 */
const AGENCY_LINE = /^\p{Lu}[\p{L}'’ -]{1,30}?\s+[-–—]\s+\p{Lu}{2,}(?:\s+\p{Lu}[\p{L}.&]*){0,3}$/u;

/**
 * A dateline under a standfirst or a photo caption that the capture prints above the text: only the
 * capitals forms with a country, a date or an agency ("EHSIM, SYRIA -", "BEIRUT (AFP) -"), the
 * syndicators' credit in brackets with no dash ("BEIRUT (UrduPoint News / Sputnik - 24th February,
 * 2020) Syrian …"), or a place in capitals and a dash before a capitalised sentence ("LONDON - The
 * Syrian Army …"), which no sentence opens with ("NATO - the alliance" goes on in lowercase).
 */
const LATER_DATELINE =
	/^\p{Lu}{3,}[\p{Lu}/ -]{0,30}?(?:(?:,\s*[^–—(\n:]{1,40}?\s*(?:\([^)\n]{1,60}\))?|\s*\([^)\n]{1,60}\))\s*[-–—]{1,2}\s+|\s*\([^)\n]{1,60}\)\s+(?=\p{Lu}\p{Ll})|\s+[-–—]\s+(?=\p{Lu}\p{Ll}))/u;

/** How many paragraphs from the top a dateline may stand: under a standfirst or a caption or two. */
const DATELINE_PARAGRAPHS = 4;

/**
 * Where the dateline of a body stands, when it has one. It opens the text, which may come under a
 * standfirst or crosshead (a `## ` paragraph) that the page prints above the dateline, or stands as
 * a line of its own (`AGENCY_LINE`); under a standfirst or a caption that is not a crosshead only the
 * forms of `LATER_DATELINE` count.
 */
export function datelineSpan(body: string): { start: number; end: number } | undefined {
	let start = 0;
	let prose = 0;
	for (let n = 0; n < DATELINE_PARAGRAPHS && start < body.length; n++) {
		const next = body.indexOf('\n\n', start);
		const end = next < 0 ? body.length : next;
		const crosshead = body.startsWith('## ', start);
		const from = crosshead ? start + 3 : start;
		if (AGENCY_LINE.test(body.slice(from, end))) return { start: from, end };
		if (!crosshead) {
			const rest = body.slice(start);
			const head = prose === 0 ? datelineEnd(rest) : (LATER_DATELINE.exec(rest)?.[0].length ?? 0);
			if (head) return { start, end: start + head };
			prose++;
		}
		if (next < 0) return undefined;
		start = next + 2;
	}
	return undefined;
}

/**
 * A dateline of full stops, the place, the day and the agency's name in capitals with a slash, as
 * Azerbaijani agencies write it: "Baku. 7 April. REPORT.AZ/ Turkish troops …".
 */
const DOTTED_DATELINE = /^\p{Lu}\p{Ll}+\.\s+\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.\s+\p{Lu}[\p{Lu}.]{1,20}\/\s*/u;

/** A dateline in brackets, as some NGOs write it: "(Beirut) – The Russian-Syrian …". */
const BRACKETED_DATELINE = /^\(\p{Lu}[\p{L}'’ ,-]{1,40}\)\s*[-–—]\s+/u;

const SITE_LINE = /^[-–—|]\s*(\p{Lu}[\p{L}\p{N} .&'-]{1,60})$/u;
const TERMINAL = /[.!?…:;]["”’'»)\]]*$/u;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

/** How a single line reads, before any context is applied. */
type LineKind =
	'blank' | 'furniture' | 'embed' | 'other-script' | 'caption' | 'credit' | 'site' | 'headline' | 'prose';

function wordCount(line: string): number {
	return line.split(/\s+/).filter(Boolean).length;
}

/**
 * Page furniture by its shape rather than by a site's wording: widgets and counters (few letters, or
 * counts beside UI words), section labels in capitals, reading times, bare links, date and time stamps,
 * calls to click or read on, cookie, privacy and subscription banners, and the chrome of an embedded
 * social post (its handle and date, its link).
 */
const COUNTER =
	/^\d[\d\s.,kKmM]*\s+(?:\d[\d\s.,kKmM]*\s+)?(?:votes?|comments?|shares?|views?|likes?|reads?|article rating|replies|reactions?)\b/i;
const READING_TIME = /^\d+\s*(?:min(?:ute)?s?)\s+read$/i;
const BARE_LINK = /^(?:https?:\/\/|www\.)\S+$/i;
const TIME_STAMP =
	/\b\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\b|\b\d+\s+(?:seconds?|minutes?|hours?|days?)\s+ago\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/;
/**
 * A live report's update heading: "UPDATE, 1430 GMT:", "UPDATE 2: 09:15 GMT". It heads the text
 * reported at that hour, so the cleaner keeps it as a crosshead, though `classify` reads it alone as a
 * time stamp or a label in capitals. "Updated …" is when the page was last changed, and stays a stamp.
 */
const UPDATE_STAMP = /^update(?:\s+\d{1,2})?\s*[,:–—-]?\s*\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC)?\s*:?$/i;
/** A link to another story, however long its title: "READ ALSO: …", "See also - …". */
const RELATED_PREFIX =
	/^(?:read (?:also|more)|also read|see also|related|recommended|more on this)\s*[:\-–—]/i;
/** A line that is only an agency's or a desk's name, or an editor's initials ("ah/hkb"): a credit. */
const AGENCY_ONLY =
	/^(?:the )?(?:associated press|reuters|afp|agence france-presse|ap|anadolu(?: agency)?|dpa|xinhua|sputnik|tass)$|^[a-z]{2,4}(?:\/[a-z]{2,4})+(?:\s*\([\p{L} ,.&-]{2,40}\))?$/iu;
/**
 * The wire credit that closes a republished agency story's last paragraph, two or more agencies and
 * nothing else: "… in Idlib. (dpa/NAN)", "(Xinhua/APP)". A picture's credit in brackets names a
 * photographer or a picture agency ("(Osman Orsal/Reuters)", "(AFP/Getty)"), so the line before it is
 * a caption; this one closes text, and the sentence before it stays.
 */
const WIRE_CREDIT_TAIL =
	/[.!?]["”’]?\s*\((?:\p{Lu}{2,6}|dpa|Reuters|Xinhua|Anadolu|Sputnik|Bernama)(?:\s*\/\s*(?:\p{Lu}{2,6}|dpa|Reuters|Xinhua|Anadolu|Sputnik|Bernama))+\)\s*$/u;
/** Words a sentence needs before a wire credit to be read as the story's text, not a short caption. */
const WIRE_CREDITED_WORDS = 15;

/** "Ammon News -": an outlet's name with the dash pages put after it. */
const SITE_BEFORE_DASH = /^\p{Lu}[\p{L}\p{N} .&'-]{1,60}\s[-–—|]$/u;
/** A caption by its credit at the end: "… shown in October. (Osman Orsal/Reuters)". */
const PHOTO_CREDIT_TAIL =
	/\((?:[^()/]{2,60}\/)+[^()/]{2,40}\)\s*$|\[(?:[^[\]/]{2,60}\/)+[^[\]/]{2,40}\]\s*$/u;
/** A caption whose last sentence credits the picture or map: "… on Sunday. Photo by Aaref Watad/AFP." */
const CREDIT_SENTENCE =
	/(?:^|[.!?]\s+)(?:Photos?|Photograph|Picture|Image|Map|Graphic|Video|Illustration) (?:by|courtesy of|credit:?)\s+\p{Lu}[^.!?]{1,60}\.?$/u;
/** A picture's text written for screen readers by the platform: "May be an image of 2 people and outdoors". */
const AUTO_ALT = /^may be an? (?:image|photo|picture|graphic|illustration|cartoon|video|meme)\b/i;
/** A teaser cut short with an ellipsis in brackets: the page's own excerpt of a caption or a story. */
const TEASER_END = /\[(?:…|\.{3})\]$/u;
/** The tags, categories or sections a post is filed under. */
const TAG_LIST =
	/^(?:filed under|tags?|tagged(?: with| in)?|topics?|categories|category|posted in|keywords?)\s*:/i;
/** A file name left where a picture was: "_108374850_gettyimages-1162662754.jpg". */
const IMAGE_FILE = /^\S+\.(?:jpe?g|png|gif|webp|svg|avif)$/i;
/** A link with a space or an ellipsis inside it, as pages shorten long addresses. */
const SHORTENED_LINK = /^(?:https?:\/\/|www\.)\S+(?:\s+\S+){1,4}$/i;
/**
 * An appeal for money or support with no quotation in it: "Do you like this content? Consider helping
 * us!", "Support our journalism", "Donate".
 */
const APPEAL =
	/\b(?:donate|donations?|support (?:us|our (?:work|journalism|reporting))|consider (?:helping|supporting)|help(?:ing)? us (?:keep|continue|grow|stay)|become a (?:patron|member|supporter)|patreon|paypal)\b/i;
/** Agencies credited together: "IPA, Reuters", "AFP/dpa", "Reuters & AP". */
const AGENCY_LIST =
	/^(?:\p{Lu}{2,6}|Reuters|Anadolu|Xinhua|Sputnik|dpa)(?:\s*[,/&]\s*(?:\p{Lu}{2,6}|Reuters|Anadolu|Xinhua|Sputnik|dpa))+$/u;
/**
 * A widget's credit to the service behind it, with perhaps its version: "Beta V.1.0 - Powered by
 * automated translation", "Comments powered by Disqus". Reporting says "a plant powered by gas" in a
 * sentence, which ends with a stop; the credit is a short label.
 */
const POWERED_BY = /(?:^|[\s\-–—|•·])powered by\s+\S/i;
/** A list bullet before a line: a page repeats its headline as the first item of a summary. */
const LEADING_BULLET = /^[•·▪◦‣]\s*/u;

/** The line without a leading list bullet ("• Troops enter the town" is the line "Troops enter the town"). */
function withoutBullet(line: string): string {
	return line.replace(LEADING_BULLET, '');
}
/** A widget's unfilled placeholder: "%d bloggers like this:". */
const PLACEHOLDER = /%[ds]\b|\{\{\s*\w+\s*\}\}/;
/** A row of sharing and printing controls and nothing else: "Print Friendly, PDF & Email". */
const SHARE_CONTROLS =
	/^(?:(?:print(?:er)?|friendly|pdf|e-?mail|share|tweet|facebook|twitter|whatsapp|telegram|linkedin|reddit|pinterest|copy link)(?:\s*[,&|/•·]\s*|\s+|$)){2,}$/i;
/** A language switcher: "This text available in … and …", "Also available in French". */
const LANGUAGES = /^(?:this (?:text|article|page|story) (?:is )?(?:also )?|also )available in\b/i;

/** An appeal is short, quotes nobody, and asks: a question, an exclamation, an imperative, no full stop. */
function isAppeal(line: string): boolean {
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
const END_SHAPE =
	/^(?:check also$|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|more (?:on|about) this (?:topic|story|subject|issue)|(?:explore )?(?:related|recent|popular|latest|similar|other) (?:posts|stories|articles|news|content|coverage|reads|questions|topics)|more (?:stories|news|articles|posts) (?:from|on|like this)\b)/i;
/** A caption by its opening: "FILE: …", "* Photo: …", "In this photo …". */
const CAPTION_PREFIX =
	/^(?:[*•]\s*)?(?:file(?: photo)?|photo|image|picture|in this (?:photo|image|picture))\s*[:\-–]/i;
const CALL_TO_ACTION =
	/^(?:click|tap|skip to|continue reading|read (?:the )?(?:full|more|article|story)|show (?:more|less|all|news(?: ?feed)?|comments|replies)|load more|see more|view (?:more|all|comments)|watch|listen|download|follow us|share (?:it|this|on)|placeholder while)\b/i;
/**
 * A row of the page's navigation links and nothing else: "Go to home page", "Back to top Go to home
 * page clear". Text that goes "back to" somewhere says more.
 */
const NAVIGATION =
	/^(?:(?:back to (?:the )?(?:top|home ?page|homepage|home)|go to (?:the )?(?:top|home ?page|homepage|main menu)|home|top|clear|close|menu)\s*(?:[|•·»]\s*)?)+$/i;
const BANNER =
	/\b(?:cookies?|privacy (?:policy|settings)|terms of (?:use|service)|subscribe|subscription|newsletters?|sign (?:up|in)|log ?in|javascript|ad ?blocker|your browser|all rights reserved)\b/i;
const SOCIAL_CHROME = /\(@\w{1,30}\)|pic\.twitter\.com\/|^—\s*\S.*@\w+|\btwitter\.com\/\w+\/status\//i;
/**
 * An embedded social post's handle on a line of its own ("@SomeAgency"), as a copied post prints it
 * between its author's name and its text.
 */
const BARE_HANDLE = /^@\w{1,30}$/u;
/**
 * The text a site puts on its icon or logo, copied as a line ("Site icon The Valley Courier", "Site
 * logo"): the page's chrome, never a headline.
 */
const SITE_ICON = /^(?:site (?:icon|logo)|logo)(?:\s|$)/i;
/**
 * A subscription box under the text by its heading ("Discover more from The Valley Courier"), and a
 * site's promotion of itself ("Don't miss a beat! The Courier delivers the latest news …"): what a
 * reporter writes neither asks the reader not to miss anything nor says that it delivers the latest.
 */
const SUBSCRIPTION_HEADING = /^discover more from\s+\S/iu;
const SITE_PROMOTION =
	/^(?:don['’]?t|never) miss (?:a beat|out|a story|an update)\b|\b(?:delivers|brings you|gives you) the latest\b/i;
/** A page's date labels printed without their dates: "Issued on: Modified:". */
const EMPTY_DATE_LABELS = /^(?:(?:issued|published|updated|modified|posted)(?: on)?\s*:\s*)+$/i;
/** An author's credit by its label: "Author: Sam Reed", "Written by: Sam Reed". */
const AUTHOR_LINE =
	/^(?:[Aa]uthor|[Ww]ritten by|[Ww]ords)\s*:\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})$/u;
/**
 * Comment sections, their notices and their widget's controls ("View all comments", "Notify of new
 * replies"): the article is over where one starts.
 */
const COMMENTS_START =
	/^(?:[•*]\s*)?(?:please enter your (?:comment|name|email)|you must be logged in to (?:post a )?comment|leave a (?:reply|comment)|no comments|post a comment|add (?:a )?comment|join the (?:discussion|conversation)|be civil|comment policy|this is a civilized place for public discussion|your email address will not be published|all comments are (?:reviewed|moderated)|view all comments$|notify (?:me )?of (?:new|follow-up)|notify of$)\b/i;

/**
 * A photo credit standing alone under its caption: capitalised names and agencies joined by slashes
 * ("ABDULAZIZ KETAZ/AFP/Getty Images", "Osman Orsal/Reuters").
 */
const CREDIT_ONLY =
	/^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*(?: ?\/ ?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*)+$/u;

/**
 * The sources a post credits under its text, names joined by slashes and the year: "Almasdar / Flash
 * Point News 2020.". A picture's credit carries no year.
 */
const SOURCES_WITH_YEAR =
	/^\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*)*(?: ?\/ ?\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*)*)+,? (?:19|20)\d{2}\.?$/u;

/**
 * A caption that carries no credit or marker: it says what a picture shows, opening on an indefinite
 * subject with a verb of the picture in the present ("A woman … walks through a deserted street with a
 * child"), and, being no sentence of the text, has no full stop. Headlines are shorter and seldom open
 * on "A".
 */
function unmarkedCaption(line: string): boolean {
	return (
		/^An? \p{Ll}/u.test(line) && !TERMINAL.test(line) && wordCount(line) >= 10 && CAPTION_VERBS.test(line)
	);
}

/**
 * The words outlets and organisations are named with ("The Washington Post", "Syrian Observatory"); a
 * word glued to the next one counts too, as a logo's name runs into its tagline when a page is copied
 * ("PostDemocracy Dies in Darkness").
 */
const OUTLET_WORD =
	/\b(?:Post|Times|News|Herald|Tribune|Journal|Gazette|Observer|Observatory|Agency|Monitor|Network|Daily|Press|Telegraph|Chronicle|Radio|TV|Television|Media|Today|Online)(?=$|\p{Lu})|^The (?:\p{Lu}\p{L}* )*?(?:Post|Times|News|Herald|Tribune|Journal|Gazette|Observer|Observatory|Agency|Monitor|Network|Daily|Press|Telegraph|Chronicle|Radio|Media)\b/u;

/**
 * A masthead: the outlet's name (and tagline) at the top of the page, a short line in title case (every
 * word of four letters or more capitalised, no full stop) that either opens with "The" and holds an
 * outlet word, or ends on one. It is never the headline.
 */
function isMasthead(line: string): boolean {
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
function isTextMasthead(line: string): boolean {
	const words = line.split(/\s+/);
	return (
		words.length <= TEXT_MASTHEAD_WORDS &&
		words.every((w) => /^\p{Lu}/u.test(w)) &&
		OUTLET_NAME_END.test(line)
	);
}

/**
 * A site's statement of what it is for, printed under its articles: a purpose or a first person plural
 * ("To deliver …", "Our mission …", "We are …") describing the site as news or media.
 */
const MISSION_OPENING = /^(?:To \p{Ll}+ |Our (?:mission|aim|goal|vision)\b|We (?:are|aim|strive|seek)\b)/u;
const SITE_SELF =
	/\b(?:news (?:portal|site|website|platform|outlet|agency)|non-?profit|independent (?:news|media|journalism)|journalism)\b/i;

/** At most three letters: a widget ("A+ A-"), a separator, a count. */
function fewLetters(line: string): boolean {
	let letters = 0;
	for (const ch of line) if (/\p{L}/u.test(ch) && ++letters > 3) return false;
	return true;
}

/** Capitals and no lowercase letter: a section label when short ("POLITICS", "RECOMMENDED"). */
function allCaps(line: string): boolean {
	return /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}

function isBanner(line: string): boolean {
	return BANNER.test(line) && wordCount(line) <= 40;
}

/**
 * Words a crosshead in capitals carries when it is a sentence of the report ("17 CIVILIANS WERE
 * KILLED"): a section label names a section and never has an auxiliary verb.
 */
const CAPITALS_VERB = /\b(?:IS|ARE|WAS|WERE|HAS|HAVE|HAD|WILL|BEEN|SAYS|SAID)\b/u;
/** A page telling its own age: "This article is more than 3 years old". */
const AGE_NOTICE =
	/^this (?:article|story|page|post) is (?:more than |over )?(?:\d+|an?|one|two|three) (?:years?|months?|days?) old$/i;
/** A form's field: "Your e-mail (optional)", "Name (required) *". */
const FORM_FIELD = /\((?:optional|required)\)\s*\*?$/i;
/** A notice that comments are closed or have rules, wherever it stands in its line. */
const COMMENT_NOTICE =
	/\bcomments? (?:have been|has been|are|is) (?:closed|disabled)\b|\b(?:read|see) our comment policy\b/i;
/**
 * An outlet's note on copy it did not write or check: "(This story has not been edited by … staff
 * and is auto-generated from a syndicated feed.)", "… has not verified the content of this story".
 */
const DISCLAIMER =
	/\bhas not been edited by\b|\bauto-generated from\b|\bsyndicated feed\b|\bhas not verified the (?:content|information)\b|\b(?:views|opinions) (?:expressed|set out) in this (?:article|story|piece)\b|\bdo(?:es)? not necessarily reflect\b/i;
/** A request to pass the page on: "If you enjoy the post … kindly Share it with friends." */
const SHARE_APPEAL = /\bshare (?:it|this(?: post| article| story)?) with (?:your )?friends\b/i;
/** A video or a gallery that the page embeds, by its label: "Video: How the army …". */
const MEDIA_TEASER = /^(?:video|gallery|watch|photos)\s*:\s*\S/i;
/** A footnote marked by an asterisk glued to its first word: "*Al-Qaeda is … banned in Russia". */
const FOOTNOTE = /^\*\p{Lu}/u;
/**
 * Tags or categories copied with no space between them ("HamaKafr NabudahSyriaregime forces"): a
 * lowercase letter run straight into a capital at least twice.
 */
const GLUED_WORDS = /\p{Ll}{2}\p{Lu}/gu;
/**
 * A line of names and dates between pipes ("Cii Radio| Ayesha Ismail| 10 October 2017"): the page's
 * outlet, author and dates, with no lowercase word that a headline's segment would carry.
 */
function namesAndDates(line: string): boolean {
	const parts = line.split('|').map((p) => p.trim());
	if (parts.length < 3 || parts.some((p) => !p || /(?:^|\s)\p{Ll}/u.test(p))) return false;
	return parts.some((p) => CAPTION_DATE.test(p));
}
/** The words a headline in title case holds and a menu or a toolbar does not. */
const TITLE_FUNCTION_WORDS = /^(?:a|an|the|in|on|at|to|of|for|by|with|from|as|and|or|is|are|after|over)$/i;
/** Words a menu or a toolbar runs to at least; shorter title-case lines may be headlines. */
const MENU_WORDS = 12;
/**
 * A menu or an editor's toolbar: twelve words or more, every one capitalised, none of them a
 * function word ("Bold Italic Underline Strike Bullet Blockquote Small Big Link Squish Foto Photo").
 * A headline in title case seldom runs that long without one.
 */
function isMenu(line: string): boolean {
	const words = line.split(/\s+/).filter(Boolean);
	if (words.length < MENU_WORDS || TERMINAL.test(line)) return false;
	return words.every((w) => /^\p{Lu}/u.test(w) && !TITLE_FUNCTION_WORDS.test(w));
}
/** A date and then a byline: "3 Jul 2021 By AFP". */
const DATE_BYLINE = new RegExp(`^${DAY_MONTH_YEAR}\\s+By\\s+\\p{Lu}[\\p{L}.'’ -]{1,40}$`, 'u');
/**
 * A date and then the places of the story, each closed by a full stop, as some blogs print it under
 * the headline: "February 24th, 2020. Syria. Nayrab, Idlib province.".
 */
const DATE_THEN_PLACES = new RegExp(
	`^${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\.(?:\\s+\\p{Lu}[\\p{L}'’ ,-]{1,40}\\.){1,3}$`,
	'u'
);
/** A weekday and a day of a month, with no year: "Wednesday, November 29". */
const WEEKDAY_DATE = new RegExp(
	`^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})$`,
	'i'
);
/**
 * A caption printed without its credit but with the picture's date at the end, which no headline
 * carries: "A family flees … amid attacks, December 23, 2019".
 */
const DATED_AT_END = new RegExp(`,\\s*${DAY_MONTH_YEAR}$`);
/**
 * A full stop inside a line with more after it ("… entered Syria. The first was in 2016 during"):
 * a line of text broken by the page, not a headline, which is one sentence (or two that exclaim).
 */
const INNER_SENTENCE_END = /\p{Ll}{3,}\.["”’]?\s+\p{Lu}/u;

/**
 * A headline that a blog dates after a dash, as it titles a day's report: "Battle for the Plain –
 * 23/1/18". Read alone its numeric date makes it a time stamp, but three words or more of title stand
 * before the dash, and a stamp's words (`STAMP_WORDS`) are not among them.
 */
const DATED_HEADLINE =
	/^\p{Lu}[\p{L}'’,-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’,-]*){2,}\s+[–—-]\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/u;
/** The words a page's stamp holds beside its date: who posted it, when it was updated. */
const STAMP_WORDS = /\b(?:posted|published|updated|modified|by|ago|last)\b/i;

/** A date stamp some captures put before a line ("date 2019-12-02 …"): read the line without it. */
const LEADING_STAMP = /^(?:date\s+)?\d{4}-\d{2}-\d{2}\s+(?=\S)/i;

/**
 * A line's kind, read alone. When it is furniture, `why.rule` names the shape that made it so, for the
 * report of dropped lines.
 */
function classify(raw: string, siteName: string | undefined, why?: { rule?: string }): LineKind {
	const furniture = (rule: string): LineKind => {
		if (why) why.rule = rule;
		return 'furniture';
	};
	if (!raw) return 'blank';
	const line = raw.replace(LEADING_STAMP, '');
	const lower = line.toLowerCase().replace(/[\s:]+$/, '');
	if (FURNITURE.has(lower) || /^\d+$/.test(line)) return furniture('page control or count');
	if (AGE_NOTICE.test(line)) return furniture('age notice');
	if (COMMENTS_START.test(line) && wordCount(line) <= 20) return furniture('comment section');
	if (COMMENT_NOTICE.test(line) && wordCount(line) <= 20) return furniture('comment notice');
	if (FORM_FIELD.test(line) && wordCount(line) <= 6) return furniture('form field');
	if (DISCLAIMER.test(line) && wordCount(line) <= 60) return furniture('editorial disclaimer');
	if (SHARE_APPEAL.test(line) && wordCount(line) <= 30 && !/["“”]/.test(line))
		return furniture('appeal to share');
	if (MEDIA_TEASER.test(line) && !TERMINAL.test(line)) return furniture('video or gallery teaser');
	if (FOOTNOTE.test(line) && wordCount(line) <= 20) return furniture('footnote');
	if (!TERMINAL.test(line) && (line.match(GLUED_WORDS)?.length ?? 0) >= 2 && wordCount(line) <= 12)
		return furniture('tags run together');
	if (namesAndDates(line)) return furniture('names and dates');
	if (isMenu(line)) return furniture('menu or toolbar');
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
	if (SHARE_CONTROLS.test(line)) return furniture('sharing controls');
	if (LANGUAGES.test(line) && wordCount(line) <= 12) return furniture('language switcher');
	if (AUTO_ALT.test(line) && !TERMINAL.test(line)) return 'caption';
	if (TEASER_END.test(line) && wordCount(line) <= 40) return furniture('teaser');
	if (CREDIT_SENTENCE.test(line) && wordCount(line) <= 40) return 'caption';
	if (fewLetters(line)) return furniture('three letters or fewer');
	if (COUNTER.test(line)) return furniture('counter');
	if (READING_TIME.test(line)) return furniture('reading time');
	if (CALL_TO_ACTION.test(line) && wordCount(line) <= 12) return furniture('call to click or read on');
	if (NAVIGATION.test(line)) return furniture('navigation links');
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
	if (LETTER.test(line) && !LATIN.test(line)) return 'other-script';
	if (SITE_LINE.test(line) && wordCount(line) <= 6) return 'site';
	if (CREDIT.test(line) || BY_LINE.test(line)) return 'credit';
	if (DATE_LINE.test(line)) return furniture('date line');
	if (/^(?:source|credit)\s*(?::|[–—-]\s)/i.test(line) && wordCount(line) <= 12) return 'credit';
	if (DATED_HEADLINE.test(line) && !STAMP_WORDS.test(line)) return 'headline';
	if (!TERMINAL.test(line) && wordCount(line) <= 16 && TIME_STAMP.test(line)) return furniture('time stamp');
	if (allCaps(line) && wordCount(line) <= 4 && !TERMINAL.test(line) && !CAPITALS_VERB.test(line))
		return furniture('section label in capitals');
	if (CAPTION_MARKERS.test(line) || PHOTO_CREDIT.test(line.slice(datelineEnd(line)))) return 'caption';
	if (siteName && line.endsWith(` - ${siteName}`)) return 'caption';
	if (CAPTION_DATE.test(line) && CAPTION_VERBS.test(line) && !PICTURE_NARRATED.test(line)) return 'caption';
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

/**
 * The text of an embedded social post: the first line under a handle printed on its own line
 * ("@SomeAgency" above the post's words), in whatever language or case the post was written. It is
 * the post, not the report, as the handle above it says.
 */
function markSocialPostText(lines: string[], kinds: LineKind[]): void {
	lines.forEach((line, i) => {
		if (!BARE_HANDLE.test(line)) return;
		for (let k = i + 1; k < lines.length; k++) {
			if (!lines[k]) continue;
			const kind = kinds[k];
			if (kind === 'prose' || kind === 'headline' || kind === 'other-script') kinds[k] = 'embed';
			return;
		}
	});
}

/** How many times a capture must show a line broken mid-sentence to be read as hard-wrapped. */
const WRAPS_TO_TRUST = 2;
/** The shortest line a hard wrap leaves: wire copy wraps near 70 characters, not at a few words. */
const WRAPPED_LINE_CHARACTERS = 40;

/**
 * Lines of a hard-wrapped paragraph (wire copy broken near 70 characters, its paragraphs set
 * apart by blank lines): read alone, a line that stops mid-sentence looks like a headline or a
 * crosshead. A line without a sentence's end with the next line right under it, that next line
 * opening in lower case ("... Syrian rebels have completed the" over "withdrawal of heavy
 * weapons ..."), is a wrapped line of text. Where a capture shows `WRAPS_TO_TRUST` such breaks
 * it is hard-wrapped, and every long line without a sentence's end with text right under it is
 * text too, whatever case the next line opens in ("... Russian counterpart Vladimir" over
 * "Putin agreed on ..."). A line with a blank under it is left alone: a headline stands apart
 * from its text.
 */
function markWrappedLines(lines: string[], kinds: LineKind[]): void {
	const broken = (i: number) =>
		kinds[i] === 'headline' &&
		lines[i]!.length >= WRAPPED_LINE_CHARACTERS &&
		!TERMINAL.test(lines[i]!) &&
		!!lines[i + 1] &&
		(kinds[i + 1] === 'prose' || kinds[i + 1] === 'headline');
	const wraps = lines.filter((_, i) => broken(i) && /^\p{Ll}/u.test(lines[i + 1]!)).length;
	if (wraps < WRAPS_TO_TRUST) return;
	lines.forEach((_, i) => {
		if (broken(i)) kinds[i] = 'prose';
	});
}

/** The most words a source's name over a time stamp has ("Iran Front Page"). */
const SOURCE_NAME_WORDS = 4;

/**
 * A short name right above a time stamp, no blank line between ("Iran Front Page" over "20th
 * May 2019, 22:13 GMT+10"): the byline of a syndicated report, its source and when it was
 * filed, not a crosshead. Every word is capitalised and nothing ends it.
 */
function markSourcesOverTimeStamps(
	lines: string[],
	kinds: LineKind[],
	rules: readonly (string | undefined)[]
): void {
	lines.forEach((line, i) => {
		if (kinds[i] !== 'headline' || !lines[i + 1] || rules[i + 1] !== 'time stamp') return;
		const words = line.split(' ');
		if (words.length <= SOURCE_NAME_WORDS && words.every((w) => /^\p{Lu}/u.test(w)) && !TERMINAL.test(line))
			kinds[i] = 'credit';
	});
}

/** A page's title as the browser shows it: the headline, a dash or a bar, and the site's short name. */
const PAGE_TITLE = /^(.+?)\s+[-–—|]\s+\p{Lu}[\p{L}\p{N}.&'’]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’]*){0,3}$/u;
/** How many non-blank lines below a page's title its headline may stand. */
const PAGE_TITLE_REACH = 6;

/**
 * The page's title copied above its headline ("Troops take the village - Valley Courier" over "Troops
 * take the village"): the headline with the site's name after a dash or a bar. The headline below is
 * the article's title, and the page's title is furniture.
 */
function markPageTitles(lines: string[], kinds: LineKind[], rules: (string | undefined)[]): void {
	lines.forEach((line, i) => {
		const m = kinds[i] === 'headline' ? PAGE_TITLE.exec(line) : null;
		if (!m || wordCount(m[1]!) < 3) return;
		for (let k = i + 1, seen = 0; k < lines.length && seen < PAGE_TITLE_REACH; k++) {
			if (!lines[k]) continue;
			seen++;
			if (lines[k] === m[1]) {
				kinds[i] = 'furniture';
				rules[i] = 'page title';
				return;
			}
		}
	});
}

/** A note on an article's author: the credited name, then "is" ("Sam Reed is news editor of …"). */
const AUTHOR_NOTE_WORDS = 30;

/**
 * An author's note under the text: a short line that opens with a name the page credits elsewhere
 * ("By Sam Reed", "Author: Sam Reed") followed by "is" or "was". It says who wrote the report, so it
 * is a credit, not a sentence of the report; a name credited nowhere on the page is left alone.
 */
function markAuthorNotes(lines: string[], kinds: LineKind[]): void {
	const names = new Set<string>();
	for (const line of lines) {
		const name =
			AUTHOR_LINE.exec(line)?.[1] ?? (BY_LINE.test(line) ? line.slice(3).split(',')[0] : undefined);
		if (name) names.add(name.replace(/\s*\(.*$/u, '').trim());
	}
	if (!names.size) return;
	lines.forEach((line, i) => {
		if (kinds[i] !== 'prose' || wordCount(line) > AUTHOR_NOTE_WORDS) return;
		for (const name of names)
			if (line.startsWith(`${name} is `) || line.startsWith(`${name} was `)) kinds[i] = 'credit';
	});
}

/**
 * A line that a bare photo credit follows is that photo's caption, when it reads like one: it has a
 * date, a verb of the picture, or no full stop ("Members of the Civil Defence recover a victim … on Dec.
 * 2, 2019 …" above "ABDULAZIZ KETAZ/AFP/Getty Images").
 */
function markCreditedCaptions(lines: string[], kinds: LineKind[]): void {
	let previous = -1;
	lines.forEach((line, i) => {
		if (!line) return;
		const credit = CREDIT_ONLY.test(line) && line.includes('/') && wordCount(line) <= 8;
		if (credit && previous >= 0 && (kinds[previous] === 'prose' || kinds[previous] === 'headline')) {
			const before = lines[previous]!;
			if (CAPTION_DATE.test(before) || CAPTION_VERBS.test(before) || !TERMINAL.test(before))
				kinds[previous] = 'caption';
		}
		previous = i;
	});
}

/**
 * Captions the credit did not mark, found by the caption beside them (`captionTwin`: the same
 * picture's text printed again, with or without its credit), by a copy cut short with an ellipsis
 * right above the whole caption (a gallery's excerpt, then the caption with its date), or by their
 * shape: a dated description that is no sentence (no full stop, at least 12 words, no verb of
 * reporting, not a quotation or a sentence running on after a comma) with more of the capture after
 * it, so that a line cut off at the end stays text. A dateline never becomes a caption.
 */
function markCaptionTwins(lines: string[], kinds: LineKind[]): void {
	const around = (i: number, step: 1 | -1): number => {
		for (let k = i + step; k >= 0 && k < lines.length; k += step) if (lines[k]) return k;
		return -1;
	};
	const eligible = (i: number) => kinds[i] === 'prose' && datelineEnd(lines[i]!) === 0;
	for (let pass = 0; pass < 2; pass++)
		lines.forEach((line, i) => {
			if (!eligible(i)) return;
			const before = around(i, -1);
			const after = around(i, 1);
			const twinOf = (k: number) => k >= 0 && kinds[k] === 'caption' && captionTwin(line, lines[k]!);
			if (twinOf(before) || twinOf(after)) kinds[i] = 'caption';
			else if (
				after >= 0 &&
				eligible(after) &&
				/(?:…|\.{3})$/u.test(line) &&
				lines[after]!.startsWith(line.replace(/\s*(?:…|\.{3})$/u, '')) &&
				CAPTION_DATE.test(lines[after]!) &&
				!REPORTING.test(lines[after]!)
			) {
				kinds[i] = 'caption';
				kinds[after] = 'caption';
			} else if (
				after >= 0 &&
				!TERMINAL.test(line) &&
				!/[,"“”]$|^["“]/u.test(line) &&
				wordCount(line) >= 12 &&
				CAPTION_DATE.test(line) &&
				!REPORTING.test(line)
			)
				kinds[i] = 'caption';
		});
}

/** A sentence in the first person singular: "I suspect …", "… . I think …". */
const FIRST_PERSON = /(?:^|[.!?]\s+)I \p{Ll}/u;

/** A paragraph in the first person that quotes nobody: a reader speaking, not the report. */
function speaksForItself(paragraph: string): boolean {
	return !paragraph.startsWith('## ') && FIRST_PERSON.test(paragraph) && !/["“”]/.test(paragraph);
}

/**
 * A reader's comment copied with the page reads on from the article's last paragraph: the first
 * person, no quotation, under a report that never spoke so. Such trailing paragraphs are taken off
 * `paragraphs` and returned; an article written in the first person keeps all of its own.
 */
function trailingComments(paragraphs: string[]): string[] {
	let from = paragraphs.length;
	while (from > 1 && speaksForItself(paragraphs[from - 1]!)) from--;
	if (from === paragraphs.length || paragraphs.slice(0, from).some(speaksForItself)) return [];
	if (!paragraphs.slice(0, from).some((p) => !p.startsWith('## '))) return [];
	return paragraphs.splice(from);
}

/** Splits a capture into lines the way the cleaner reads them (BOM, line endings and spaces normalised). */
export function normaliseLines(raw: string): string[] {
	return raw
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.replace(/[\u00a0\u2007\u202f]/g, ' ')
		.split('\n')
		.map((l) => l.replace(/[ \t]+/g, ' ').trim());
}

/** True when `title` appears again among the next few non-blank lines: the way pages repeat a headline. */
function repeatsSoon(lines: string[], from: number, title: string): boolean {
	let seen = 0;
	for (let k = from + 1; k < lines.length && seen < 10; k++) {
		if (!lines[k]) continue;
		seen++;
		if (lines[k] === title) return true;
	}
	return false;
}

/** The index of the nearest non-blank line before line `index`, or -1. */
function previousNonBlank(lines: string[], index: number): number {
	for (let k = index - 1; k >= 0; k--) if (lines[k]) return k;
	return -1;
}

/** The nearest line before line `index` that is not blank and not furniture. */
function previousText(lines: string[], kinds: LineKind[], index: number): string | undefined {
	for (let k = index - 1; k >= 0; k--) if (lines[k] && kinds[k] !== 'furniture') return lines[k];
	return undefined;
}

/**
 * Whether the next non-blank line after line `index` reads as text though it has no sentence's end:
 * many words, or a comma and lowercase words (a paragraph the capture cut short).
 */
function textFollows(lines: string[], index: number): boolean {
	for (let k = index + 1; k < lines.length; k++) if (lines[k]) return TEXT_LIKE.test(lines[k]!);
	return false;
}

function blankRunBefore(lines: string[], index: number): number {
	let n = 0;
	for (let k = index - 1; k >= 0 && !lines[k]; k--) n++;
	return n;
}

/**
 * The first sentence of a line, for a title when the capture shows no headline. A capture's date stamp
 * ("date 2018-09-17 President …") is no part of the sentence.
 */
function firstSentence(line: string): string {
	const body = line.slice(datelineEnd(line) || (LEADING_STAMP.exec(line)?.[0].length ?? 0));
	const m = /^.+?[.!?…](?=["”’')\]]*(?:\s|$))/u.exec(body);
	const sentence = (m ? m[0] : body).trim();
	return sentence.length > 160 ? `${sentence.slice(0, 157).replace(/\s+\S*$/, '')}…` : sentence;
}

/** A line cut off mid-sentence reads like text: lowercase words joined by commas, many words. */
const TEXT_LIKE = /^\S+(?:\s+\S+){11,}$|,\s+\p{Ll}/u;

/** What a page puts between a dateline and its text: the agency's credit, a picture. */
const ASIDE: ReadonlySet<LineKind> = new Set(['credit', 'caption']);

/** How many non-blank lines of furniture may stand between a headline and the text it heads. */
const HEADLINE_REACH = 8;

/** A breaking-news flag before a headline: "URGENT: Syrian Army seizes …", "BREAKING: …". */
const FLASH_LABEL = /^\p{Lu}{4,}:\s+\p{Lu}/u;

/**
 * Whether a headline-like line below line `h`, before any text, opens with a breaking-news flag: that
 * line is the headline, and `h` (a site's name, a section) is above it. A standfirst never opens so.
 */
function flashHeadlineFollows(lines: string[], kinds: LineKind[], h: number): boolean {
	for (let k = h + 1, seen = 0; k < lines.length && seen < HEADLINE_REACH; k++) {
		if (!lines[k]) continue;
		seen++;
		if (kinds[k] === 'prose' && wordCount(lines[k]!) >= 8) return false;
		if (kinds[k] === 'headline' && FLASH_LABEL.test(lines[k]!)) return true;
	}
	return false;
}

/** A line that is a quotation whole: it opens on a quotation mark and closes on one. */
const WHOLE_QUOTATION = /^["“‘'].*["”’']$/u;
/** The most words a quotation's attribution has: a name and a work ("Khalil Gibran (The Prophet)"). */
const ATTRIBUTION_WORDS = 8;

/**
 * Whether line `h` is the attribution of a quotation right above it, as a blog prints an epigraph
 * at the top of its pages: a short line under a line that is a quotation whole. It credits the
 * quotation and heads no text.
 */
function attributesQuotation(lines: string[], h: number): boolean {
	const above = previousNonBlank(lines, h);
	return above >= 0 && WHOLE_QUOTATION.test(lines[above]!) && wordCount(lines[h]!) <= ATTRIBUTION_WORDS;
}

/**
 * Where the first article of a capture begins. Pages put menus, taglines, sharing buttons and other
 * stories' teasers above the headline, so the headline is the first headline-like line that text
 * follows, with only furniture, captions, credits and dates between them. A capture cut off below its
 * headline (it opens with two or more lines of text, or shows no headline at all) starts at its first
 * line of text, and its title is inferred.
 */
function firstArticle(lines: string[], kinds: LineKind[]): { line: number; inferred: boolean } | undefined {
	const isText = (i: number) => kinds[i] === 'prose' && wordCount(lines[i]!) >= 8;
	const firstText = lines.findIndex((_, i) => isText(i));
	let textSeen = 0;
	for (let h = 0; h < lines.length; h++) {
		if (isText(h) && ++textSeen >= 2) break;
		if (kinds[h] !== 'headline' || wordCount(lines[h]!) < 3 || COMMENTS_START.test(lines[h]!)) continue;
		if (isMasthead(lines[h]!) || flashHeadlineFollows(lines, kinds, h)) continue;
		if (attributesQuotation(lines, h)) continue;
		let seen = 0;
		let standfirst = false;
		for (let k = h + 1; k < lines.length && seen < HEADLINE_REACH; k++) {
			const kind = kinds[k]!;
			if (kind === 'blank') continue;
			seen++;
			if (isText(k)) return { line: h, inferred: false };
			if (kind === 'prose' && !isControlLabel(lines[k]!)) break;
			// A short headline-like line under a headline is a byline or a label ("Zein Al RIFAI"); one
			// longer one may be its standfirst.
			if (kind === 'headline' && wordCount(lines[k]!) > 4) {
				// The headline again without what led it (a wire's story code, "BFF-54 Syrian
				// rebels …" above "Syrian rebels …"): that copy is the headline.
				if (lines[h]!.endsWith(` ${lines[k]!}`)) break;
				if (standfirst) break;
				standfirst = true;
			}
		}
	}
	if (firstText >= 0) {
		// A live report cut off above its first update heading starts at that heading.
		const update = previousNonBlank(lines, firstText);
		return { line: update >= 0 && UPDATE_STAMP.test(lines[update]!) ? update : firstText, inferred: true };
	}
	const headline = kinds.findIndex((k, i) => k === 'headline' && wordCount(lines[i]!) >= 3);
	return headline < 0 ? undefined : { line: headline, inferred: false };
}

function finish(
	title: string,
	paragraphs: string[],
	credits: string[],
	captions: string[],
	site: string | undefined
): CleanArticle {
	const article: CleanArticle = { title, body: paragraphs.join('\n\n'), paragraphs, captions };
	if (credits.length) article.byline = credits.join('; ');
	const first = paragraphs[0];
	const dateline = first ? DATELINE.exec(first) : null;
	if (dateline) {
		article.dateline = dateline[1]!.trim();
		article.outletHint = dateline[2]!.trim();
	} else if (site) article.outletHint = site;
	return article;
}

/**
 * The opening of a sentence the capture's end cut short: it ends on a comma ("Last year,"), it has an
 * auxiliary verb and lowercase words ("A ceasefire agreement was reached bet"), or it is one
 * participle ("Bordering"). A teaser for another story has no auxiliary; a label is a noun.
 */
function cutShort(line: string): boolean {
	return (
		/,$/u.test(line) ||
		/^\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)*\s+(?:was|were|is|are|has|have|had|will)\s+\p{Ll}/u.test(line) ||
		/^\p{Lu}\p{Ll}{3,}ing$/u.test(line)
	);
}

/** A line that is one quotation and nothing else: "'We were in the middle'", "“We have nowhere to go”". */
const QUOTED_CROSSHEAD = /^['‘"“][^'‘’"“”]+['’"”]$/u;

/** A line of text that opens a list: it ends with a colon ("The villages taken are:"). */
const LIST_OPENER = /:["”’')\]]*$/u;

/**
 * A short line ending with a colon between a headline and its text: a page's control ("Adjust font
 * size:", "Share:"), not text, since no text has started for it to introduce a list of.
 */
function isControlLabel(line: string): boolean {
	return LIST_OPENER.test(line) && wordCount(line) < 8;
}

/** The longest item of a list under a line of text, in words: a name or a short phrase. */
const LIST_ITEM_WORDS = 8;

/**
 * Whether line `i`, under a line of text that ends with a colon and its list's items so far, is the
 * next item: a short line without a sentence's end (what the classifier calls a headline), in the
 * same block (one blank line at most before it). Pages list the villages taken or the names of the
 * dead this way; read alone, each item looks like a heading or a menu entry, and dropping them loses
 * the article's text.
 */
function isTextListItem(lines: string[], i: number, kind: LineKind): boolean {
	const line = lines[i]!;
	return (
		kind === 'headline' &&
		wordCount(line) <= LIST_ITEM_WORDS &&
		blankRunBefore(lines, i) < 2 &&
		!COMMENTS_START.test(line)
	);
}

/**
 * Cleans one capture into its articles. Every line is either kept in exactly one article or reported
 * in `dropped` with a reason, so nothing disappears silently.
 */
export function cleanCapture(raw: string): CleanResult {
	const lines = normaliseLines(raw);
	const dropped: CleanResult['dropped'] = [];
	const articles: CleanArticle[] = [];
	let site: string | undefined;
	for (const line of lines) {
		const m = SITE_LINE.exec(line);
		if (m && wordCount(line) <= 6) {
			site = m[1]!.trim();
			break;
		}
	}

	/** For each line read as furniture, the shape that made it so. */
	const rules: (string | undefined)[] = [];
	const kinds = lines.map((l, i) => {
		const why: { rule?: string } = {};
		const kind = classify(l, site, why);
		rules[i] = why.rule;
		return kind;
	});
	markCreditedCaptions(lines, kinds);
	markCaptionTwins(lines, kinds);
	markSocialPostText(lines, kinds);
	markAuthorNotes(lines, kinds);
	markWrappedLines(lines, kinds);
	markSourcesOverTimeStamps(lines, kinds, rules);
	markPageTitles(lines, kinds, rules);
	/** The kind of the nearest non-blank line after (1) or before (-1) line `i`. */
	const kindAround = (i: number, step: 1 | -1): LineKind | undefined => {
		for (let k = i + step; k >= 0 && k < lines.length; k += step) if (lines[k]) return kinds[k];
		return undefined;
	};
	/** The kind of the nearest non-blank line after line `i` whose kind is not in `skip`. */
	const kindPast = (i: number, skip: ReadonlySet<LineKind>): LineKind | undefined => {
		for (let k = i + 1; k < lines.length; k++) if (lines[k] && !skip.has(kinds[k]!)) return kinds[k];
		return undefined;
	};
	/** Whether nothing but furniture follows line `i` up to an end marker or a comment section. */
	const endsHere = (i: number): boolean => {
		for (let k = i + 1; k < lines.length; k++) {
			const line = lines[k]!;
			if (!line) continue;
			const lower = line.toLowerCase().replace(/[\s:]+$/, '');
			if (END_MARKERS.has(lower) || END_SHAPE.test(lower) || COMMENTS_START.test(line)) return true;
			if (kinds[k] !== 'furniture' && kinds[k] !== 'embed' && kinds[k] !== 'credit') return false;
		}
		// A capture cut off after a line of text ("… as battles have escalated si") ends on text.
		return false;
	};
	const first = firstArticle(lines, kinds);
	let title: string | undefined;
	let titleInferred = false;
	let paragraphs: string[] = [];
	let credits: string[] = [];
	let captions: string[] = [];
	let ended = false;
	/** Past the start of a comment section: nothing after it is a new story. */
	let inComments = false;
	let inLinkList = false;
	/** After a line of text that ends with a colon: the short lines under it are its list's items. */
	let inTextList = false;
	const drop = (line: string, reason: DropReason, rule?: string) =>
		dropped.push(rule ? { line, reason, rule } : { line, reason });
	const closeArticle = () => {
		if (!title) return;
		for (const comment of trailingComments(paragraphs)) drop(comment, 'comment');
		if (paragraphs.length) {
			const article = finish(title, paragraphs, credits, captions, site);
			if (titleInferred) article.titleInferred = true;
			articles.push(article);
		} else drop(title, 'headline-without-text');
	};
	const startArticle = (headline: string, inferred = false) => {
		closeArticle();
		title = headline;
		titleInferred = inferred;
		paragraphs = [];
		credits = [];
		captions = [];
		ended = false;
		inLinkList = false;
		inTextList = false;
	};

	lines.forEach((line, i) => {
		const kind = kinds[i]!;
		if (kind === 'blank') return;
		if (!title && (!first || i < first.line))
			return drop(line, kind === 'caption' ? 'caption' : kind === 'embed' ? 'embed' : 'before-title');
		if (!title && first?.inferred) {
			const update = UPDATE_STAMP.test(line);
			const text = update ? lines.find((l, k) => k > i && kinds[k] === 'prose') : line;
			startArticle(firstSentence(text ?? line), true);
			paragraphs.push(update ? `## ${line}` : line);
			return;
		}
		if (inTextList && isTextListItem(lines, i, kind)) {
			paragraphs.push(line);
			return;
		}
		inTextList = false;
		const isHeadline = kind === 'headline' && wordCount(line) >= 3;
		if (title && paragraphs.length && COMMENTS_START.test(line) && wordCount(line) <= 20)
			ended = inComments = true;
		if (isHeadline && line !== title && !inComments) {
			const opensStory =
				!title ||
				repeatsSoon(lines, i, line) ||
				(paragraphs.length > 0 && blankRunBefore(lines, i) >= 2 && !inLinkList);
			if (opensStory) {
				startArticle(line);
				return;
			}
		}
		if (!title) return drop(line, kind === 'caption' ? 'caption' : 'before-title');
		if (!titleInferred && withoutBullet(line) === title) return drop(line, 'repeated');
		// A live report's update heading dates the text under it: a crosshead, though read alone it looks
		// like a time stamp or a label in capitals, and it does not open another story.
		if (!ended && UPDATE_STAMP.test(line)) {
			paragraphs.push(`## ${line}`);
			return;
		}
		// A dateline on its own line stands above the text, under the headline and any standfirst;
		// a credit or a picture may come between it and the text.
		const noTextYet = paragraphs.every((p) => p.startsWith('## '));
		if (noTextYet && datelineLine(line) && kindPast(i, ASIDE) === 'prose') {
			paragraphs.push(line);
			return;
		}
		// Under the headline, before any text, a short line ending with a colon is a page's control
		// ("Adjust font size:"), as `firstArticle` reads it.
		if (noTextYet && kind === 'prose' && isControlLabel(line)) return drop(line, 'furniture', 'page control');
		switch (kind) {
			case 'furniture': {
				const lower = line.toLowerCase();
				// Before any text the marker is a page's topic tags ("Related Topics" under a headline),
				// not the end of the text: ending there would lose the whole article.
				if (!noTextYet && (END_MARKERS.has(lower) || END_SHAPE.test(lower))) ended = true;
				if (LINK_LIST_MARKERS.has(lower)) inLinkList = true;
				return drop(line, 'furniture', rules[i]);
			}
			case 'other-script':
				return drop(line, 'other-script');
			case 'embed':
				return drop(line, 'embed');
			case 'site':
				return drop(line, 'furniture', 'site name');
			case 'caption':
				captions.push(line);
				return drop(line, 'caption');
			case 'credit':
				credits.push(line);
				return drop(line, 'credit');
		}
		if (ended) return drop(line, 'after-end');
		if (kind === 'headline') {
			// The capture's last line opening a sentence that a comma leaves unfinished ("Last year,") is
			// the text cut short where the copy ended, not a label.
			if (paragraphs.length && cutShort(line) && lines.slice(i + 1).every((l) => !l)) {
				paragraphs.push(line);
				return;
			}
			if (isTextMasthead(line)) return drop(line, 'furniture', 'masthead');
			const nextKind = kindAround(i, 1);
			const words = wordCount(line);
			// A standfirst stands right under its headline, and a short crosshead ("Summary") right above
			// its text: a picture beside either does not make it a teaser.
			const standfirst = !paragraphs.length && previousText(lines, kinds, i) === title && words > 4;
			const crosshead = words < 3 && (nextKind === 'prose' || textFollows(lines, i));
			const besideCaption =
				!standfirst && !crosshead && (kindAround(i, -1) === 'caption' || nextKind === 'caption');
			// A crosshead that quotes someone in the report ("'We were in the middle'") heads the text under
			// it, whatever that line's shape: pages print other stories' teasers unquoted.
			if (!inLinkList && paragraphs.length && QUOTED_CROSSHEAD.test(line) && words <= 12) {
				paragraphs.push(`## ${line}`);
				return;
			}
			if (inLinkList || besideCaption || /\S: \S/.test(line)) return drop(line, 'related-link');
			// A crosshead heads text, and there is no section to head before the first paragraph: a short
			// line there, or one that no text follows, is a label (a byline's "International Editor",
			// a section's name); a run of headline-like lines is a list of teasers.
			if (words < 3 && ((nextKind !== 'prose' && !textFollows(lines, i)) || !paragraphs.length))
				return drop(line, 'furniture', 'short label');
			if (nextKind === 'headline' && !TEXT_LIKE.test(line) && !textFollows(lines, i))
				return drop(line, 'related-link');
			// Under the text, a headline that no text follows before the page's lists of other stories
			// or its comments heads nothing: it is a teaser for another story.
			if (paragraphs.length && !TEXT_LIKE.test(line) && endsHere(i)) return drop(line, 'related-link');
			if (paragraphs.includes(`## ${line}`)) return drop(line, 'repeated');
			paragraphs.push(`## ${line}`);
			return;
		}
		inLinkList = false;
		inTextList = !ended && LIST_OPENER.test(line);
		// A paragraph printed twice (a page's summary and its first paragraph) is the article's text both
		// times: it is not furniture, so it stays.
		paragraphs.push(line);
	});
	closeArticle();
	return { articles, dropped };
}
