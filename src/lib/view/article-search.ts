/**
 * The page's side of the sharded article index (`data/search-shards.ts` has the format): a query
 * fetches the index's manifest once, one term shard per word, the postings files of a frequent word
 * (its head, which holds its newest positions and gives its count, then its sealed pages going older),
 * and the docs files of the articles it lists; everything fetched is kept for the next query.
 *
 * Every word of a query must be in an article (whole words, folded as the index folds them), so a word
 * in no article finds nothing, and the answer comes from the shards without fetching a single article.
 * Results are the newest articles first. The rarest word's positions are walked from the newest; a
 * word in few articles narrows them by its own positions, a frequent one by the text of the article,
 * which a result needs anyway for its sentence. The outlet filter narrows them by the chosen outlets'
 * postings (`~<outlet id>` terms) before any docs file is read, so articles of other outlets cost no
 * fetch; a large outlet's head and then only the sealed page holding a position asked about are
 * read, and outlets rarer than every word drive the walk themselves.
 */
import { tokenize } from '../core/fold';
import { deltaDecode } from '../data/delta';
import {
	headArticles,
	isPaged,
	outletTerm,
	postingsPath,
	SEARCH_VERSION,
	searchDocPath,
	searchManifestPath,
	searchWords,
	shardOf,
	termShardPath,
	type PostingsHead,
	type PostingsPage,
	type SearchDoc,
	type SearchDocChunk,
	type SearchManifest,
	type TermEntry,
	type TermShard
} from '../data/search-shards';

/** A piece of a result's sentence; `mark` on a word of the query. */
export interface SentenceRun {
	text: string;
	mark?: boolean;
}

export interface ArticleHit {
	position: number;
	id: string;
	title: string;
	outlet: string;
	date: string;
	/** The sentence holding most of the query's words, clipped around the first of them when long. */
	sentence: SentenceRun[];
	/**
	 * The reader's fragment pointing at that sentence (a text fragment, `#:~:text=…`), or '' when the
	 * words are only in the title.
	 */
	fragment: string;
	/** True for a curated article, whose reader is its prerendered page (`view/reader-url.ts`). */
	curated?: true;
}

export interface ArticleAnswer {
	hits: ArticleHit[];
	/** How many articles hold the rarest word: the count of matches for one word, a bound for more. */
	total: number;
	/** Whether `total` counts the matches exactly (one word, no outlet filter). */
	exact: boolean;
	/**
	 * False when the search stopped at its budget of files before finding `limit` articles: older
	 * articles may match too ("More" continues).
	 */
	complete: boolean;
}

export interface SearchOptions {
	/** Most articles to list (the newest). */
	limit: number;
	/**
	 * The outlet filter: the ids of the outlets whose articles may be listed (explorer.json's), or
	 * undefined for every outlet. Read from their postings in the index, before any article.
	 */
	outlets?: readonly string[];
}

/**
 * Most docs files one search of 8 results reads before it answers with what it has (`complete:
 * false`); a search for more results may read proportionally more.
 */
export const DOC_FILE_BUDGET = 24;
/**
 * Most postings files (heads and sealed pages) of the rarest word one search of 8 results walks, and
 * likewise of the chosen outlets' tests (likewise). A query whose words are all frequent also reads
 * the head of each of them, to know which is the rarest.
 */
export const PAGE_BUDGET = 6;
/** A result's sentence is clipped to about this many characters around its first marked word. */
export const SENTENCE_LIMIT = 280;

/**
 * The User Timing mark `ArticleSearcher.search` sets as a query goes to the index: the benchmark times
 * the first query's articles from it as well as from the typing (`tools/bench/browser.ts`).
 */
export const SEARCH_ISSUED_MARK = 'article-search';

/** What the searcher fetches: a published file's parsed JSON by its path (the published client's `file`). */
export type FetchJson = (path: string) => Promise<unknown>;

interface Found {
	word: string;
	entry: TermEntry;
	/** The articles holding the term: its entry's count, or its head's once read. */
	articles: number;
	/** A frequent term's head, when read before the walk. */
	head?: PostingsHead;
}

const NONE: ArticleAnswer = { hits: [], total: 0, exact: true, complete: true };

function decodePositions(deltas: readonly number[]): Int32Array {
	return deltaDecode(deltas, new Int32Array(deltas.length));
}

/**
 * A term's positions as a membership test: a term with its positions inline knows them all at once; a
 * paged one reads its head first (the newest positions and the first position of every file), and
 * then only the sealed page whose span holds a position asked about, so any test costs at most two
 * files however large the outlet.
 */
class TermPositions {
	readonly #known = new Set<number>();
	readonly #head: (() => Promise<PostingsHead>) | undefined;
	readonly #page: (page: number) => Promise<PostingsPage>;
	/** The first position of every file, oldest first (sealed pages, then the head), once read. */
	#firsts: Int32Array | undefined;
	/** The number of each sealed file in the same order (`PostingsHead.numbers`). */
	#numbers: readonly number[] = [];
	readonly #read = new Set<number>();

	constructor(
		entry: TermEntry,
		head: () => Promise<PostingsHead>,
		page: (page: number) => Promise<PostingsPage>
	) {
		this.#page = page;
		if (isPaged(entry)) this.#head = head;
		else {
			for (const p of decodePositions(entry[2])) this.#known.add(p);
			this.#head = undefined;
		}
	}

	/** Whether the term holds `position`; undefined when that needs a file beyond `budget.pages`. */
	async has(position: number, budget: { pages: number }): Promise<boolean | undefined> {
		if (!this.#head) return this.#known.has(position);
		if (!this.#firsts) {
			if (budget.pages <= 0) return undefined;
			budget.pages--;
			const head = await this.#head();
			for (const p of decodePositions(head.positions)) this.#known.add(p);
			this.#firsts = decodePositions(head.pages);
			this.#numbers = head.numbers;
		}
		const firsts = this.#firsts;
		let file = firsts.length - 1;
		while (file >= 0 && firsts[file]! > position) file--;
		if (file < 0 || file === firsts.length - 1 || this.#read.has(file)) return this.#known.has(position);
		if (budget.pages <= 0) return undefined;
		budget.pages--;
		this.#read.add(file);
		for (const p of decodePositions((await this.#page(this.#numbers[file]!)).positions)) this.#known.add(p);
		return this.#known.has(position);
	}
}

/**
 * The text directive of a URL fragment (`#:~:text=`) that finds `sentence` in the reader: the whole
 * sentence when short, else its first and last five words. `-`, `,` and `&` mean something there, so
 * they are escaped too.
 */
export function textFragment(sentence: string): string {
	const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
	const words = sentence.split(' ').filter(Boolean);
	if (!words.length) return '';
	const directive =
		words.length <= 10
			? enc(words.join(' '))
			: `${enc(words.slice(0, 5).join(' '))},${enc(words.slice(-5).join(' '))}`;
	return `#:~:text=${directive}`;
}

/** Any UTF-16 unit past ASCII. */
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Whether `sentence` may hold one of `words` as a token. An ASCII character folds to itself in
 * lowercase or separates tokens, so an ASCII sentence's tokens are pieces of its lowercase text, and
 * one in which no word is a piece holds none: the first query's results skipped tokenizing most of
 * their sentences this way. Any other sentence may hold them (folding "Sarāqib" gives "saraqib").
 */
function mayHold(sentence: string, words: ReadonlySet<string>): boolean {
	if (NON_ASCII.test(sentence)) return true;
	const lower = sentence.toLowerCase();
	for (const w of words) if (lower.includes(w)) return true;
	return false;
}

/**
 * The sentence of `doc` with the most of `words` (the first such), its words marked, clipped around the
 * first mark when longer than `SENTENCE_LIMIT`. Undefined when no sentence holds any of them.
 */
export function matchingSentence(
	doc: SearchDoc,
	words: ReadonlySet<string>
): { runs: SentenceRun[]; sentence: string } | undefined {
	let best: { sentence: string; tokens: ReturnType<typeof tokenize>; score: number } | undefined;
	for (const sentence of doc.sentences) {
		if (!mayHold(sentence, words)) continue;
		const tokens = tokenize(sentence);
		const score = new Set(tokens.filter((t) => words.has(t.text)).map((t) => t.text)).size;
		if (score > (best?.score ?? 0)) best = { sentence, tokens, score };
	}
	if (!best) return undefined;
	const { sentence, tokens } = best;
	const marks = tokens.filter((t) => words.has(t.text));
	let from = 0;
	let to = sentence.length;
	if (to > SENTENCE_LIMIT) {
		const first = marks[0]!;
		from = Math.max(0, first.start - Math.floor(SENTENCE_LIMIT / 3));
		if (from > 0) {
			const space = sentence.indexOf(' ', from);
			from = space >= 0 && space < first.start ? space + 1 : first.start;
		}
		to = Math.min(sentence.length, from + SENTENCE_LIMIT);
		const cut = sentence.lastIndexOf(' ', to);
		if (to < sentence.length && cut > first.end) to = cut;
	}
	const runs: SentenceRun[] = [];
	if (from > 0) runs.push({ text: '…' });
	let at = from;
	for (const m of marks) {
		if (m.start < from || m.end > to) continue;
		if (m.start > at) runs.push({ text: sentence.slice(at, m.start) });
		runs.push({ text: sentence.slice(m.start, m.end), mark: true });
		at = m.end;
	}
	if (at < to) runs.push({ text: sentence.slice(at, to) });
	if (to < sentence.length) runs.push({ text: '…' });
	return { runs, sentence };
}

/** Searches the sharded index through `fetchJson`, keeping every file it fetched. */
export class ArticleSearcher {
	readonly #fetch: FetchJson;
	readonly #files = new Map<string, Promise<unknown>>();
	readonly #docWords = new Map<number, Set<string>>();

	constructor(fetchJson: FetchJson) {
		this.#fetch = fetchJson;
	}

	/** Paths fetched so far (each once), for measuring what a query costs. */
	get fetched(): string[] {
		return [...this.#files.keys()];
	}

	#file<T>(path: string): Promise<T> {
		let p = this.#files.get(path);
		if (!p) {
			p = this.#fetch(path);
			this.#files.set(path, p);
			p.catch(() => this.#files.delete(path));
		}
		return p as Promise<T>;
	}

	/**
	 * Fetches the manifest ahead of a query (the search box does when it gets focus), so the query's
	 * first round trip is its term shards. A failure is left to the query to report.
	 */
	warm(): void {
		this.#file(searchManifestPath).catch(() => {});
	}

	async #find(manifest: SearchManifest, word: string): Promise<Found | undefined> {
		const prefix = shardOf(manifest.shards, word);
		if (prefix === undefined) return undefined;
		const shard = await this.#file<TermShard>(termShardPath(prefix));
		let lo = 0;
		let hi = shard.terms.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (shard.terms[mid]![0] < word) lo = mid + 1;
			else hi = mid;
		}
		const entry = shard.terms[lo];
		if (!entry || entry[0] !== word) return undefined;
		return { word, entry, articles: isPaged(entry) ? Number.POSITIVE_INFINITY : entry[1] };
	}

	/** Reads a frequent term's head, and its count with it. */
	async #readHead(manifest: SearchManifest, found: Found): Promise<void> {
		found.head = await this.#file<PostingsHead>(postingsPath(found.word, 'head'));
		found.articles = headArticles(found.head);
	}

	async #doc(manifest: SearchManifest, position: number): Promise<SearchDoc> {
		const chunk = position >> manifest.docBits;
		const file = await this.#file<SearchDocChunk>(searchDocPath(chunk));
		const doc = file.articles[position - chunk * 2 ** manifest.docBits];
		if (!doc) throw new Error(`${searchDocPath(chunk)}: no article at position ${position}`);
		return doc;
	}

	#wordsOf(position: number, doc: SearchDoc): Set<string> {
		let words = this.#docWords.get(position);
		if (!words) {
			words = new Set(searchWords(`${doc.title}\n${doc.sentences.join('\n')}`));
			this.#docWords.set(position, words);
		}
		return words;
	}

	/** The newest `limit` articles holding every word of `query` (and of the chosen `outlets`). */
	async search(query: string, { limit, outlets }: SearchOptions): Promise<ArticleAnswer> {
		performance.clearMarks(SEARCH_ISSUED_MARK);
		performance.mark(SEARCH_ISSUED_MARK);
		const words = searchWords(query);
		if (!words.length || limit <= 0) return NONE;
		const manifest = await this.#file<SearchManifest>(searchManifestPath);
		if (manifest.version !== SEARCH_VERSION)
			throw new Error(
				`${searchManifestPath.slice(1)}: version ${String(manifest.version)}, where this page reads ${SEARCH_VERSION}`
			);
		const [found, outletFound] = await Promise.all([
			Promise.all(words.map((w) => this.#find(manifest, w))),
			outlets && Promise.all(outlets.map((o) => this.#find(manifest, outletTerm(o))))
		]);
		if (found.some((f) => !f)) return NONE;
		const chosen = outletFound?.filter((f): f is Found => !!f);
		if (chosen && !chosen.length) return NONE;
		/**
		 * A term with its positions inline is in at most `manifest.inline` articles, a frequent one in
		 * more, so the frequent words' heads are not needed to choose what drives when the query has
		 * an inline word, or chosen outlets all inline and together no more frequent than that; else
		 * the heads of its words (and of the chosen frequent outlets) are read together, to count them.
		 */
		const inlineOutlets =
			!!chosen &&
			chosen.every((f) => !isPaged(f.entry)) &&
			chosen.reduce((n, f) => n + f.articles, 0) <= manifest.inline;
		if (!inlineOutlets && (found as Found[]).every((f) => isPaged(f.entry)))
			await Promise.all(
				[...(found as Found[]), ...(chosen ?? [])]
					.filter((f) => isPaged(f.entry))
					.map((f) => this.#readHead(manifest, f))
			);
		const terms = (found as Found[]).sort((a, b) => a.articles - b.articles);
		const outletCount = chosen?.reduce((n, f) => n + f.articles, 0) ?? Number.POSITIVE_INFINITY;
		/**
		 * Outlets rarer than every word, all with their positions inline, drive the walk: their few
		 * positions are the candidates and every word narrows them. Otherwise the rarest word drives,
		 * and the outlets are a membership test.
		 */
		const byOutlet = !!chosen && outletCount < terms[0]!.articles && chosen.every((f) => !isPaged(f.entry));
		const driver = byOutlet ? undefined : terms[0]!;
		const inlinePositions = (t: Found) => decodePositions((t.entry as [string, number, number[]])[2]);
		const rest = byOutlet ? terms : terms.slice(1);
		const sets = rest.filter((t) => !isPaged(t.entry)).map((t) => new Set(inlinePositions(t)));
		const byText = rest.filter((t) => isPaged(t.entry)).map((t) => t.word);
		const outletTests =
			chosen && !byOutlet
				? chosen.map(
						(f) =>
							new TermPositions(
								f.entry,
								() =>
									f.head ? Promise.resolve(f.head) : this.#file<PostingsHead>(postingsPath(f.word, 'head')),
								(page) => this.#file<PostingsPage>(postingsPath(f.word, page))
							)
					)
				: undefined;
		const wordSet = new Set(words);
		const answer: ArticleAnswer = {
			hits: [],
			total: Math.min(terms[0]!.articles, outletCount),
			exact: terms.length === 1 && !chosen,
			complete: true
		};

		const scale = Math.ceil(limit / 8);
		const docFiles = new Set<number>();
		const outletBudget = { pages: PAGE_BUDGET * scale };
		/** Whether a chosen outlet holds the position; undefined when its pages ran past the budget. */
		const ofOutlet = async (position: number): Promise<boolean | undefined> => {
			if (!outletTests) return true;
			for (const test of outletTests) {
				const has = await test.has(position, outletBudget);
				if (has !== false) return has;
			}
			return false;
		};
		const take = async (positions: number[]): Promise<boolean> => {
			for (let i = 0; i < positions.length && answer.hits.length < limit;) {
				const batch: number[] = [];
				for (; i < positions.length && batch.length < limit - answer.hits.length; i++) {
					const kept = await ofOutlet(positions[i]!);
					if (kept === undefined) return false;
					if (!kept) continue;
					const chunk = positions[i]! >> manifest.docBits;
					if (!docFiles.has(chunk) && docFiles.size >= DOC_FILE_BUDGET * scale) return false;
					docFiles.add(chunk);
					batch.push(positions[i]!);
				}
				const docs = await Promise.all(batch.map((p) => this.#doc(manifest, p)));
				batch.forEach((position, k) => {
					const doc = docs[k]!;
					if (answer.hits.length >= limit) return;
					if (byText.length) {
						const has = this.#wordsOf(position, doc);
						if (!byText.every((w) => has.has(w))) return;
					}
					const match = matchingSentence(doc, wordSet);
					answer.hits.push({
						position,
						id: doc.id,
						title: doc.title,
						outlet: doc.outlet,
						date: doc.date,
						sentence: match?.runs ?? [],
						fragment: match ? textFragment(match.sentence) : '',
						...(doc.curated ? { curated: true as const } : {})
					});
				});
			}
			return true;
		};
		const candidates = (positions: Int32Array): number[] => {
			const out: number[] = [];
			for (let i = positions.length - 1; i >= 0; i--) {
				const p = positions[i]!;
				if (sets.every((s) => s.has(p))) out.push(p);
			}
			return out;
		};

		if (!driver) {
			const union = Int32Array.from(chosen!.flatMap((f) => [...inlinePositions(f)])).sort();
			answer.complete = await take(candidates(union));
			return answer;
		}
		if (!isPaged(driver.entry)) {
			answer.complete = await take(candidates(inlinePositions(driver)));
			return answer;
		}
		/**
		 * The driver's files newest first: its head (read above), then its sealed files from the newest
		 * down in key order, each by its number.
		 */
		let sealed = driver.head!.pages.length - 2;
		for (let file = 0; answer.hits.length < limit && (file === 0 || sealed >= 0); file++) {
			if (file >= PAGE_BUDGET * scale) {
				answer.complete = false;
				break;
			}
			let list: Int32Array;
			if (file === 0) list = decodePositions(driver.head!.positions);
			else {
				const number = driver.head!.numbers[sealed]!;
				list = decodePositions((await this.#file<PostingsPage>(postingsPath(driver.word, number))).positions);
				sealed--;
			}
			if (!(await take(candidates(list)))) {
				answer.complete = false;
				break;
			}
		}
		return answer;
	}
}
