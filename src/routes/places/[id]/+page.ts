/**
 * A share page needs no script: its tags are in the HTML and it forwards to the explorer with a meta
 * refresh and a plain link, which the Content-Security-Policy allows.
 */
export const csr = false;
