package factcheck.cli;

import picocli.CommandLine;

/** The version from the jar's manifest ("dev" when run from classes). */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"factcheck " + (v == null ? "dev" : v)};
    }
}
