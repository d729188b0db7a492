import { drawnLabels, expect, exposeMap, mapReady, shardedArticles, test } from './fixtures';

/** The event labels' layers: the selected place's and everyone else's. */
const EVENT_LABELS = ['events-label', 'events-label-broad', 'events-label-selected'];

test.beforeEach(async ({ page }) => {
	await exposeMap(page);
});

test('narrowing February 2020 to 6–7 February labels Saraqeb with its entry on the 6th', async ({ page }) => {
	await page.goto('/?from=2020-02-01&to=2020-02-29#9/35.86/36.8');
	await mapReady(page);
	await expect(async () => {
		expect((await drawnLabels(page, EVENT_LABELS)).saraqeb).toMatch(
			/^Turkish-backed rebels say .*27 Feb 2020/
		);
	}).toPass({ timeout: 15_000 });
	await page.getByLabel('From', { exact: true }).fill('2020-02-06');
	await page.getByLabel('To', { exact: true }).fill('2020-02-07');
	await expect(page).toHaveURL(/from=2020-02-06&to=2020-02-07/);
	await expect(async () => {
		expect((await drawnLabels(page, EVENT_LABELS)).saraqeb).toMatch(/^Entered .*\(6 Feb 2020\)$/);
	}).toPass({ timeout: 15_000 });
	await page.screenshot({ path: test.info().outputPath('saraqeb-6-7-february-2020.png') });
});

test('a range end that cuts a month paints twice (rounded, then exact) only until the month’s day file is here', async ({
	page,
	request
}) => {
	// Ankara's articles through 10 February 2020: by whole months (all of February) and by day.
	const named = (await shardedArticles(request)).filter((a) =>
		a.mentions.some((m) => m.place === 'ankara' && m.role !== 'dateline')
	);
	const rounded = named.filter((a) => a.published <= '2020-02-29').length;
	const exact = named.filter((a) => a.published <= '2020-02-10').length;
	expect(rounded).toBeGreaterThan(exact);
	await page.goto('/?from=2018-01-01&to=2025-12-31');
	await mapReady(page);
	// Every count the map is given for Ankara, in order, from here on.
	await page.evaluate(() => {
		const map = window.__explorerBench!.map;
		const w = window as unknown as { __ankara: number[] };
		w.__ankara = [];
		const set = map.setFeatureState.bind(map);
		map.setFeatureState = (feature, state) => {
			if (feature.id === 'ankara' && typeof state.count === 'number') w.__ankara.push(state.count);
			return set(feature, state);
		};
	});
	const counts = () => page.evaluate(() => [...(window as unknown as { __ankara: number[] }).__ankara]);
	const clear = () =>
		page.evaluate(() => void ((window as unknown as { __ankara: number[] }).__ankara.length = 0));
	const days = () => page.waitForResponse((r) => r.url().endsWith('/data/days/2020-02.json'));
	const to = page.getByLabel('To', { exact: true });

	// First time: the month-rounded count at once, the exact one when data/days/2020-02.json is here.
	const fetched = days();
	await to.fill('2020-02-10');
	await fetched;
	await expect.poll(counts).toEqual([rounded, exact]);
	await clear();
	await to.fill('2025-12-31');
	await expect.poll(counts).toEqual([named.length]);
	await clear();
	// Again: the day file is kept, so the exact count comes at once, painted once, with no fetch.
	let refetched = false;
	page.on('request', (r) => {
		if (r.url().endsWith('/data/days/2020-02.json')) refetched = true;
	});
	await to.fill('2020-02-10');
	await expect.poll(counts).toEqual([exact]);
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	expect(await counts()).toEqual([exact]);
	expect(refetched).toBe(false);
});

test('with the chronology open at the opening zoom, Saraqeb’s 6 February entry keeps its label', async ({
	page
}) => {
	await page.goto('/?from=2020-02-06&to=2020-02-07&chronology=newest');
	await mapReady(page);
	await expect(page.getByRole('region', { name: 'Chronology' })).toBeVisible();
	await expect(async () => {
		const labels = await drawnLabels(page, EVENT_LABELS);
		expect(labels.saraqeb).toMatch(/^Entered .*\(6 Feb 2020\)$/);
	}).toPass({ timeout: 15_000 });
	// The place names around it give way to event labels, not the other way round; Saraqeb keeps its name.
	expect(Object.keys(await drawnLabels(page, ['places-label']))).toContain('saraqeb');
	await page.screenshot({ path: test.info().outputPath('saraqeb-chronology-default-zoom.png') });
});

/** What the map says of the twelve posts follows the range's last day, on a wide screen and on a phone. */
for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test.describe(`at ${viewport.width}x${viewport.height}`, () => {
		test.use({ viewport });

		test('in 2021 the posts evacuated in 2020 are withdrawn and drawn crossed out', async ({ page }) => {
			await page.goto('/?from=2021-01-01&to=2021-12-31#8.3/35.8/36.8');
			await mapReady(page);
			const evacuated = [
				'9-morek',
				'11-shir-mughar',
				'3-sheikh-aqil',
				'6-surman',
				'5-tell-tuqan',
				'4-al-eis',
				'7-anadan',
				'10-rashidin'
			].map((p) => `turkish-observation-post-${p}`);
			await expect(async () => {
				const drawn = await page.evaluate((ids) => {
					const map = window.__explorerBench!.map;
					const crossed = new Set(
						map.queryRenderedFeatures({ layers: ['posts-icon-crossed'] }).map((f) => f.properties.placeId)
					);
					return ids.map((id) => [id, map.getFeatureState({ source: 'places', id }).status, crossed.has(id)]);
				}, evacuated);
				expect(drawn).toEqual(evacuated.map((id) => [id, 'withdrawn', true]));
			}).toPass({ timeout: 15_000 });
			// The four posts Turkey kept in rebel-held ground (SOHR's lists of December 2020 and January
			// 2021) have no withdrawal event: they are still manned, so the layers draw them filled. (The
			// crossed layer lays out every post, transparent unless withdrawn, so it cannot tell them apart.)
			const kept = ['1-salwa', '2-qalaat-samaan', '8-zaytuna', '12-ishtabraq'].map(
				(p) => `turkish-observation-post-${p}`
			);
			expect(
				await page.evaluate(
					(ids) =>
						ids.map((id) => window.__explorerBench!.map.getFeatureState({ source: 'places', id }).status),
					kept
				)
			).toEqual(kept.map(() => 'manned'));
			await page.screenshot({ path: test.info().outputPath(`posts-2021-${viewport.width}.png`) });
		});

		test('at the end of February 2020 the eight posts behind the government line are ringed, the rest manned', async ({
			page
		}) => {
			await page.goto('/?from=2020-02-01&to=2020-02-29#8.3/35.8/36.8');
			await mapReady(page);
			const post = (p: string) => `turkish-observation-post-${p}`;
			const surrounded = [
				'9-morek',
				'6-surman',
				'5-tell-tuqan',
				'4-al-eis',
				'10-rashidin',
				'7-anadan',
				'3-sheikh-aqil',
				'11-shir-mughar'
			].map(post);
			const manned = ['1-salwa', '2-qalaat-samaan', '8-zaytuna', '12-ishtabraq'].map(post);
			const statuses = (ids: string[]) =>
				page.evaluate(
					(ids) =>
						ids.map((id) => window.__explorerBench!.map.getFeatureState({ source: 'places', id }).status),
					ids
				);
			await expect
				.poll(() => statuses(surrounded), { timeout: 15_000 })
				.toEqual(surrounded.map(() => 'surrounded'));
			expect(await statuses(manned)).toEqual(manned.map(() => 'manned'));
			// On 20 February Shir Mughar's ground had not yet fallen: it is still manned.
			await page.goto('/?from=2020-02-01&to=2020-02-20#8.3/35.8/36.8');
			await mapReady(page);
			await expect
				.poll(() => statuses([post('11-shir-mughar'), post('3-sheikh-aqil')]))
				.toEqual(['manned', 'surrounded']);
			await page.goto('/?from=2020-02-01&to=2020-02-29#8.3/35.8/36.8');
			await mapReady(page);
			await expect.poll(() => statuses(surrounded)).toEqual(surrounded.map(() => 'surrounded'));
			await page.screenshot({ path: test.info().outputPath(`posts-february-2020-${viewport.width}.png`) });
		});
	});
}

test("each of the twelve posts' status follows its own sourced events, from 2018 to 2021", async ({
	page
}) => {
	const posts = [
		'1-salwa',
		'2-qalaat-samaan',
		'3-sheikh-aqil',
		'4-al-eis',
		'5-tell-tuqan',
		'6-surman',
		'7-anadan',
		'8-zaytuna',
		'9-morek',
		'10-rashidin',
		'11-shir-mughar',
		'12-ishtabraq'
	];
	const M = 'manned';
	const S = 'surrounded';
	const W = 'withdrawn';
	/** The range's last day, and each post's status then, in the order of `posts`. */
	const expected: [string, string[]][] = [
		// All twelve set up by 16 May 2018.
		['2018-06-30', [M, M, M, M, M, M, M, M, M, M, M, M]],
		// Morek cut off on 23 Aug 2019.
		['2019-09-30', [M, M, M, M, M, M, M, M, S, M, M, M]],
		// Eight behind the government line by the March 2020 ceasefire.
		['2020-03-31', [M, M, S, S, S, S, S, M, S, S, S, M]],
		// Morek (19 Oct), Shir Mughar (2 Nov) and Sheikh Aqil (10 Nov) evacuated; the other five still ringed.
		['2020-11-15', [M, M, W, S, S, S, S, M, W, S, W, M]],
		// Surman and Rashidin out on 10 Dec; al-Eis and Tell Tuqan being emptied from 16 Dec; Anadan out on 27 Dec.
		['2020-12-31', [M, M, W, W, W, W, W, M, W, W, W, M]]
	];
	const statuses = () =>
		page.evaluate(
			(ids) =>
				ids.map(
					(id) =>
						window.__explorerBench!.map.getFeatureState({
							source: 'places',
							id: `turkish-observation-post-${id}`
						}).status
				),
			posts
		);
	for (const [to, want] of expected) {
		await page.goto(`/?from=${to.slice(0, 8)}01&to=${to}#8.3/35.8/36.8`);
		await mapReady(page);
		await expect.poll(statuses, { timeout: 15_000, message: to }).toEqual(want);
	}
});

test('a link whose range runs backwards is read with its ends swapped and written back the right way', async ({
	page
}) => {
	await page.goto('/?from=2020-02-29&to=2020-02-01');
	await mapReady(page);
	await expect(page.getByLabel('From', { exact: true })).toHaveValue('2020-02-01');
	await expect(page.getByLabel('To', { exact: true })).toHaveValue('2020-02-29');
	await expect(page).toHaveURL(/\?from=2020-02-01&to=2020-02-29/);
	await expect(page.getByRole('button', { name: 'February 2020' })).toHaveAttribute('aria-pressed', 'true');
});

test('playback steps the range from the keyboard, and the URL follows in place', async ({ page }) => {
	await page.goto('/?from=2020-01-01&to=2020-01-31');
	await mapReady(page);
	const entries = await page.evaluate(() => history.length);
	const play = page.getByRole('button', { name: /Play|Pause/ });
	await page.keyboard.press('Alt+KeyP');
	await expect(play).toHaveText(/Pause/);
	await expect(page).toHaveURL(/from=2020-02-01&to=2020-02-29/, { timeout: 10_000 });
	await page.keyboard.press('Alt+KeyP');
	await expect(play).toHaveText(/Play/);
	const forward = page.getByRole('button', { name: 'Step forward a month' });
	await forward.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/from=2020-03-01&to=2020-03-31/);
	await expect(page.getByLabel('From', { exact: true })).toHaveValue('2020-03-01');
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Shift+Tab');
	await expect(page.getByRole('button', { name: 'Step back a month' })).toBeFocused();
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/from=2020-02-01&to=2020-02-29/);
	expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('Later steps February 2020 to the whole of March', async ({ page }) => {
	await page.goto('/?from=2020-02-01&to=2020-02-29');
	await mapReady(page);
	await page.getByRole('button', { name: 'Later ▶' }).click();
	await expect(page).toHaveURL(/from=2020-03-01&to=2020-03-31/);
});

test('the Sochi zone is drawn from September 2018, not before', async ({ page }) => {
	const exists = () =>
		page.evaluate(
			() =>
				window.__explorerBench!.map.getFeatureState({ source: 'places', id: 'sochi-demilitarised-zone' })
					.exists
		);
	await page.goto('/?from=2018-01-01&to=2018-03-31');
	await mapReady(page);
	await expect.poll(exists).toBe(false);
	await page.getByRole('button', { name: 'Autumn 2018' }).click();
	await expect.poll(exists).toBe(true);
});

test('with reduced motion playback offers only the slow speed', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/?from=2020-01-01&to=2020-01-31');
	await mapReady(page);
	const speed = page.getByLabel('Speed');
	await expect(speed).toHaveValue('slow');
	await expect(speed.locator('option[value="fast"]')).toBeDisabled();
	await expect(page.locator('.player')).toContainText('Reduced motion: one step every 4 seconds at most.');
});
