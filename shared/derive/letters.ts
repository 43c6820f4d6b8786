/**
 * Character classes the derivation tests in its inner loops, compiled once. (A regular-expression
 * literal with \p{…} inside a function is rebuilt on every call once esbuild has bundled it.)
 */
export const STARTS_UPPER = /^\p{Lu}/u;
export const STARTS_LOWER = /^\p{Ll}/u;
export const HAS_LETTER = /\p{L}/u;
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
export const DOTTED_ABBREVIATION = /^(?:\p{L}\.)+\p{L}$/u;
