/**
 * Places that share a name: reporting names the one near the article's other places. Two villages
 * of Idlib are called al-Dana, a town by Sarmada on the Turkish border and a village between Maarat
 * al-Numan and Saraqib; a report of villages taken around Maarat al-Numan means the second.
 */
import { distanceToGeometryKm } from '../places/distance';
import type { SeatReading } from './regions';
import { pointOf } from './trust';
import type { AliasIndex, Mention } from './types';

/**
 * Reads each name that several places share (`SeatReading.homonyms`) as the one nearest the towns
 * and villages the article names without doubt: for each sharer, the distance to the nearest of
 * them, and the sharer with the shortest wins. Areas are not measured from: both al-Danas lie inside
 * the Idlib governorate the report names. The other mentions of a shared name count for nothing, nor
 * does a name when a sharer has no point. With no town to measure from, or two sharers at the same
 * distance, the stand-in stays.
 */
export function nearestHomonym(mentions: Mention[], readings: SeatReading[], index: AliasIndex): void {
	if (!readings.some((r) => r.homonyms)) return;
	const shared = new Set(readings.flatMap((r) => r.homonyms ?? []));
	const others = mentions
		.filter((m, k) => !readings[k]?.homonyms && !shared.has(m.place))
		.map((m) => index.places.get(m.place)?.geometry)
		.filter((g): g is NonNullable<typeof g> => g?.type === 'Point');
	if (!others.length) return;
	readings.forEach((reading, k) => {
		const mention = mentions[k];
		if (!reading.homonyms || !mention || mention.place !== reading.id) return;
		let best: { id: string; km: number } | undefined;
		let tie = false;
		for (const id of reading.homonyms) {
			const point = pointOf(index.places.get(id));
			if (!point) return;
			let km = Infinity;
			for (const g of others) km = Math.min(km, distanceToGeometryKm(point, g) ?? Infinity);
			if (!best || km < best.km) [best, tie] = [{ id, km }, false];
			else if (km === best.km) tie = true;
		}
		if (best && best.km < Infinity && !tie) mention.place = reading.id = best.id;
	});
}
