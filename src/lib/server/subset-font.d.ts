/** The part of `subset-font` (no types of its own) that the base-map generator uses. */
declare module 'subset-font' {
	export default function subsetFont(
		font: Buffer,
		text: string,
		options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt' }
	): Promise<Buffer>;
}
