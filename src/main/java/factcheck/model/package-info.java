/**
 * The content model: immutable records, loaded by {@code load}, located by {@code cite},
 * read by {@code render}. Imports nothing of ours but {@code diag} positions.
 */
package factcheck.model;
