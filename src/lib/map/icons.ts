/**
 * Map symbols drawn on a canvas at start-up, so the offline style needs no sprite sheet. Each group has
 * its own shape (triangle for observation posts, square for air and naval bases: the legend symbols of their
 * registry entries in `src/lib/view/layers.ts`, in the registry's colours), so colour is never the only
 * way to tell layers apart; a withdrawn post is the same triangle hollow and crossed out (the
 * registry's `crossed` mark), drawn by `crossedTriangle` here and in the legend alike.
 */
import { LAYERS, STYLE_COLORS } from '../view/layers';

export interface IconSpec {
	id: string;
	draw: (ctx: CanvasRenderingContext2D, size: number) => void;
}

const STROKE = '#ffffff';
/** The cross through a withdrawn post. */
const CROSS_COLOR = STYLE_COLORS.cross;

/** The triangle of a post, as a path over a square of side `s`. */
function triangle(ctx: CanvasRenderingContext2D, s: number): void {
	ctx.beginPath();
	ctx.moveTo(s / 2, s * 0.1);
	ctx.lineTo(s * 0.92, s * 0.88);
	ctx.lineTo(s * 0.08, s * 0.88);
	ctx.closePath();
}

export const ICONS: IconSpec[] = [
	{
		id: 'icon-post',
		draw(ctx, s) {
			triangle(ctx, s);
			ctx.fillStyle = LAYERS['observation-posts'].color;
			ctx.fill();
			ctx.lineWidth = s * 0.08;
			ctx.strokeStyle = STROKE;
			ctx.stroke();
		}
	},
	{
		id: 'icon-post-crossed',
		draw(ctx, s) {
			triangle(ctx, s);
			ctx.fillStyle = 'rgba(255,255,255,0.85)';
			ctx.fill();
			ctx.lineWidth = s * 0.09;
			ctx.strokeStyle = LAYERS['observation-posts'].color;
			ctx.stroke();
			ctx.beginPath();
			ctx.moveTo(s * 0.2, s * 0.2);
			ctx.lineTo(s * 0.8, s * 0.95);
			ctx.moveTo(s * 0.8, s * 0.2);
			ctx.lineTo(s * 0.2, s * 0.95);
			ctx.lineWidth = s * 0.1;
			ctx.strokeStyle = CROSS_COLOR;
			ctx.stroke();
		}
	},
	{
		id: 'icon-air-base',
		draw(ctx, s) {
			const pad = s * 0.1;
			ctx.fillStyle = LAYERS['air-bases'].color;
			ctx.strokeStyle = STROKE;
			ctx.lineWidth = s * 0.08;
			ctx.beginPath();
			ctx.rect(pad, pad, s - 2 * pad, s - 2 * pad);
			ctx.fill();
			ctx.stroke();
			ctx.beginPath();
			ctx.moveTo(s / 2, s * 0.22);
			ctx.lineTo(s / 2, s * 0.78);
			ctx.moveTo(s * 0.24, s * 0.5);
			ctx.lineTo(s * 0.76, s * 0.5);
			ctx.moveTo(s * 0.38, s * 0.74);
			ctx.lineTo(s * 0.62, s * 0.74);
			ctx.lineWidth = s * 0.09;
			ctx.stroke();
		}
	},
	{
		// The air bases' square with an anchor: a naval base shares their layer, not their symbol.
		id: 'icon-naval-base',
		draw(ctx, s) {
			const pad = s * 0.1;
			ctx.fillStyle = LAYERS['air-bases'].color;
			ctx.strokeStyle = STROKE;
			ctx.lineWidth = s * 0.08;
			ctx.beginPath();
			ctx.rect(pad, pad, s - 2 * pad, s - 2 * pad);
			ctx.fill();
			ctx.stroke();
			ctx.lineWidth = s * 0.08;
			ctx.beginPath();
			ctx.arc(s / 2, s * 0.27, s * 0.06, 0, 2 * Math.PI);
			ctx.moveTo(s / 2, s * 0.33);
			ctx.lineTo(s / 2, s * 0.76);
			ctx.moveTo(s * 0.34, s * 0.42);
			ctx.lineTo(s * 0.66, s * 0.42);
			ctx.moveTo(s * 0.27, s * 0.58);
			ctx.quadraticCurveTo(s * 0.3, s * 0.76, s / 2, s * 0.76);
			ctx.quadraticCurveTo(s * 0.7, s * 0.76, s * 0.73, s * 0.58);
			ctx.stroke();
		}
	}
];

/** Draws one icon at twice its display size for sharp edges on dense screens. */
export function renderIcon(icon: IconSpec, cssSize = 18): { data: ImageData; pixelRatio: number } {
	const size = cssSize * 2;
	const canvas = document.createElement('canvas');
	canvas.width = size;
	canvas.height = size;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('2D canvas is not available to draw map icons');
	icon.draw(ctx, size);
	return { data: ctx.getImageData(0, 0, size, size), pixelRatio: 2 };
}
