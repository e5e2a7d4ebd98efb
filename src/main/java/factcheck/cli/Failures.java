package factcheck.cli;

import factcheck.render.RenderException;
import factcheck.site.UsageException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns the failures a command may meet into one line and an exit status, never a stack trace:
 * usage problems exit 2; a template error or an I/O failure exits 1 (the previous site is kept).
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        var err = cl.getErr();
        if (e instanceof UsageException) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        if (e instanceof RenderException) {
            err.println("error: template failed: " + e.getMessage());
            err.println("the previous site was left as it was");
            return 1;
        }
        if (e instanceof UncheckedIOException) {
            err.println("error: " + e.getMessage());
            err.println("the previous site was left as it was");
            return 1;
        }
        err.println("internal error (please report it): " + e);
        return 70;
    }
}
