/** The patterns of slugs and classification codes: the schema's, shared with the fast row test (plain-row.ts). */
export const SLUG = /^[a-z0-9][a-z0-9-]*$/;
export const DIGITS = /^\d{1,12}$/;
