import { describe, expect, it } from 'vitest';
import { htmlToText } from './html';

describe('htmlToText', () => {
	const page = `<!doctype html><html><head>
		<title>Fallback title | Site</title>
		<meta property="og:site_name" content="Levant Monitor">
		<meta property="article:published_time" content="2020-03-05T09:30:00+02:00">
		<link rel="canonical" href="https://example.org/story">
		<script>window.__pwned = 1</script><style>p{}</style></head>
		<body><nav>Home Syria Opinion</nav>
		<article><h1>Convoy reaches the town</h1>
		<p>First paragraph of the story, long enough to count as the article's own text for the reader.</p>
		<p>Escaped markup stays text: &lt;img src=x onerror=alert(1)&gt; &amp;amp; done.</p>
		<p>More text<br>on a new line, and enough of it to pass the two hundred characters a real article has.</p></article>
		<aside>Most read: another story</aside><footer>© Levant Monitor</footer></body></html>`;

	it('keeps the article text, a line per block, and drops scripts, styles and furniture landmarks', () => {
		const { text } = htmlToText(page);
		const lines = text.split('\n').filter(Boolean);
		expect(lines[0]).toBe('Convoy reaches the town');
		expect(lines).toContain('More text');
		expect(lines).toContain(
			'on a new line, and enough of it to pass the two hundred characters a real article has.'
		);
		expect(text).not.toMatch(/__pwned|Home Syria|Most read|©/);
	});

	it('decodes entities exactly once, so escaped markup is shown as the literal text', () => {
		expect(htmlToText(page).text).toContain('<img src=x onerror=alert(1)> &amp; done.');
	});

	it('reads the facts the head states', () => {
		expect(htmlToText(page).meta).toEqual({
			title: 'Fallback title | Site',
			siteName: 'Levant Monitor',
			published: { value: '2020-03-05T09:30:00+02:00', source: '<meta article:published_time>' },
			url: 'https://example.org/story'
		});
	});

	it('falls back to JSON-LD and <time>, and survives broken JSON-LD', () => {
		const ld = htmlToText(
			`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2019-08-20","headline":"H","publisher":{"name":"Ledger"}}]}</script>
			 <script type="application/ld+json">{broken</script><p>Text.</p>`
		).meta;
		expect(ld).toMatchObject({
			siteName: 'Ledger',
			title: 'H',
			published: { value: '2019-08-20', source: 'JSON-LD datePublished' }
		});
		expect(htmlToText('<time datetime="2019-08-21">Aug 21</time><p>Text.</p>').meta.published).toEqual({
			value: '2019-08-21',
			source: '<time datetime>'
		});
	});

	it('uses the whole body when there is no article element', () => {
		expect(htmlToText('<div>Headline here</div><div><p>Body text.</p></div>').text).toBe(
			'Headline here\n\nBody text.'
		);
	});
});
