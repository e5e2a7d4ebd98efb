package factcheck.cli;

import factcheck.diag.Diagnostics;
import factcheck.model.CheckedProject;
import factcheck.site.Build;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code factcheck check}: every check of a build, nothing written. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Validate the content and every quote; write nothing.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    RootOption root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Diagnostics diagnostics = new Diagnostics();
        Optional<CheckedProject> checked = new Build(root.root).check(diagnostics);
        if (checked.isEmpty()) {
            spec.commandLine().getErr().print(diagnostics.report());
            spec.commandLine().getErr().flush();
            return 1;
        }
        var p = checked.get().project();
        int quotes = p.claims().stream().mapToInt(c -> c.citations().size()).sum();
        spec.commandLine().getOut().printf("ok: %s, %s, %s, %s; %s found%n", Counted.of(p.claims().size(), "claim"),
                Counted.of(p.actors().size(), "actor"), Counted.of(p.sources().size(), "source"), Counted.of(p.pages().size(), "page"),
                (quotes == 1 ? "the " : "all ") + Counted.of(quotes, "quote"));
        return 0;
    }
}
