/**
 * How big a place file and a geometry may be. They are checked before anything costly (parsing the
 * geometry, checking it for crossings), so a mistaken or hostile file is refused in milliseconds with
 * an error naming it, instead of holding up `check:data` and the build. The largest curated file is
 * about 45 KB and the largest outline about 1,500 positions; the limits leave a hundredfold room.
 */

/** Bytes (UTF-8) of one `geodata/*.geojson` file. */
export const MAX_PLACE_FILE_BYTES = 5 * 1024 * 1024;

/** Positions in one Feature's geometry, all rings and parts together. */
export const MAX_GEOMETRY_VERTICES = 100_000;

/** The UTF-8 length of a string, counted without encoding it. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) bytes += 1;
		else if (c < 0x800) bytes += 2;
		else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}

/**
 * The positions in raw (not yet validated) GeoJSON coordinates, counting stopped once past `cap`, so
 * a geometry of millions of positions costs no more than one of `cap`.
 */
export function countPositions(coordinates: unknown, cap = MAX_GEOMETRY_VERTICES): number {
	let count = 0;
	const stack: unknown[] = [coordinates];
	while (stack.length && count <= cap) {
		const item = stack.pop();
		if (!Array.isArray(item)) continue;
		if (typeof item[0] === 'number') count++;
		else for (const child of item) stack.push(child);
	}
	return count;
}
