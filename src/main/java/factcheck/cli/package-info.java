/** The command line (picocli): one class per command; the only place that wires the stages together. */
package factcheck.cli;
