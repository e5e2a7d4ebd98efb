/**
 * Finds each citation's quote in its source's text, forgiving only whitespace runs and
 * typographic quotes, apostrophes and dashes; on a miss, finds the nearest passage so the user
 * can fix the typo. Entry point: {@link factcheck.cite.Citer}.
 */
package factcheck.cite;
