/** Content problems as data: {@link factcheck.diag.Diagnostic} with file, line and column, collected in {@link factcheck.diag.Diagnostics}. */
package factcheck.diag;
