/**
 * The sentence that reports each event (an article's sentence, or an outside page's quote), which
 * `explorer.json` leaves out: `data/events/reviewed.json` is fetched once, the first time a list shows events,
 * and kept. Until it arrives, or if it cannot be fetched, entries show their source without the text;
 * a later `want` tries again.
 */
import { SvelteMap } from 'svelte/reactivity';
import type { EventsFile } from '../data/events';

export class EventTexts {
	readonly #texts = new SvelteMap<string, string>();
	#loaded = false;
	#pending: Promise<void> | undefined;
	readonly #load: () => Promise<EventsFile>;

	/** `load` fetches `data/events/reviewed.json` (the published client's `events`). */
	constructor(load: () => Promise<EventsFile>) {
		this.#load = load;
	}

	/** The sentence or quote of event `id`, once the file has arrived. */
	text(id: string): string | undefined {
		return this.#texts.get(id);
	}

	/** Fetches the file unless it is here or on its way. */
	want(): void {
		if (this.#loaded || this.#pending) return;
		this.#pending = this.#load().then(
			(file) => {
				for (const e of file.events)
					this.#texts.set(e.id, e.source.type === 'article' ? e.source.sentence : e.source.quote);
				this.#loaded = true;
			},
			() => {
				this.#pending = undefined;
			}
		);
	}
}
