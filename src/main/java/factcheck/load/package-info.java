/**
 * Reads a project's files into the model, keeping the line and column of every value so each
 * problem is reported where it stands. Reads, never writes. Entry point: {@link factcheck.load.ProjectLoader}.
 */
package factcheck.load;
