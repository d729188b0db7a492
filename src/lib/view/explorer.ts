/**
 * The explorer's derived view: which places are active in a date range, how many articles mention
 * each, and which articles a place's panel lists. Pure functions over the published data, so the map,
 * the list and the panel always agree and the rules are unit-tested.
 */
import type { PublishedArticle, PlacesCollection, PublishedPlace } from '../data/dataset';
import { articleInRange, dayInRange, existsInRange, type DateRange } from './range';

/** What the map and list need to know about a place in the current range. */
export interface PlaceView {
	active: boolean;
	exists: boolean;
	count: number;
	event: boolean;
}

/** An article listed in a place's panel, with the indexes of its mentions of that place. */
export interface PanelEntry {
	article: PublishedArticle;
	mentionIndexes: number[];
	/** True when the article names only the group the place belongs to ("observation posts"). */
	viaGroup: boolean;
}

/** Ids of the places a place stands with: itself and the group it is part of. */
function linkedIds(place: PublishedPlace): string[] {
	return place.properties.partOf ? [place.id, place.properties.partOf] : [place.id];
}

/**
 * Per place: articles in range that mention it (or its group: a post is active while "the observation
 * posts" are in the news), whether it exists yet, and whether one of its dated events is in a chosen
 * range (with no dates chosen every event would be "in range", and the map would drown in labels).
 */
export function placeViews(
	places: PlacesCollection,
	articles: readonly PublishedArticle[],
	range: DateRange
): Map<string, PlaceView> {
	const inRange = new Map<string, Set<string>>();
	for (const a of articles) {
		if (!articleInRange(a, range)) continue;
		for (const m of a.mentions) {
			const set = inRange.get(m.place) ?? new Set<string>();
			set.add(a.id);
			inRange.set(m.place, set);
		}
	}
	const bounded = !!(range.from || range.to);
	const views = new Map<string, PlaceView>();
	for (const place of places.features) {
		const ids = new Set<string>();
		for (const id of linkedIds(place)) for (const a of inRange.get(id) ?? []) ids.add(a);
		const exists = existsInRange(place.properties.established, range);
		const event = bounded && (place.properties.events ?? []).some((e) => dayInRange(e.date, range));
		views.set(place.id, { active: exists && ids.size > 0, exists, count: exists ? ids.size : 0, event });
	}
	return views;
}

/** The articles a place's panel lists: in range, mentioning the place or its group, newest first. */
export function panelEntries(
	place: PublishedPlace,
	articles: readonly PublishedArticle[],
	range: DateRange
): PanelEntry[] {
	const group = place.properties.partOf;
	const entries: PanelEntry[] = [];
	for (const article of articles) {
		if (!articleInRange(article, range)) continue;
		const own: number[] = [];
		const viaGroup: number[] = [];
		article.mentions.forEach((m, i) => {
			if (m.place === place.id) own.push(i);
			else if (group && m.place === group) viaGroup.push(i);
		});
		if (own.length) entries.push({ article, mentionIndexes: own, viaGroup: false });
		else if (viaGroup.length) entries.push({ article, mentionIndexes: viaGroup, viaGroup: true });
	}
	return entries.sort(
		(a, b) =>
			b.article.published.localeCompare(a.article.published) || a.article.id.localeCompare(b.article.id)
	);
}
