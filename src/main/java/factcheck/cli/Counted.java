package factcheck.cli;

/**
 * English counts for the command line's messages: "1 claim", "2 claims", "an actor". The site's
 * own words come from its templates; these are the tool's, which speaks English.
 */
final class Counted {

    private Counted() {}

    /** {@code n} and the noun, plural unless one: the nouns here all take an s. */
    static String of(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The noun with its indefinite article. */
    static String a(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
