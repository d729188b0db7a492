/**
 * The kinds of outlet, in the order the filter groups them: a wire agency (its copy is republished
 * under other names), the state media of a party to the conflict (a state that fights in it), and
 * every other outlet (independent, privately owned, or state-owned by a state that is not a party).
 * Apart from the schema in `outlets.ts`, so the page can read the vocabulary without the validator.
 */
export const OUTLET_KINDS = ['wire', 'party-state-media', 'other'] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];
