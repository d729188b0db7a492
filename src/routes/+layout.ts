/** Every page and data file is prerendered: the explorer is a static site with no server at run time. */
export const prerender = true;
