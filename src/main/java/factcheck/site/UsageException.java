package factcheck.site;

/** The command was asked something it must refuse (a bad --out, a missing root): exit status 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
