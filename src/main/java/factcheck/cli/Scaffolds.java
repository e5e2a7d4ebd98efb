package factcheck.cli;

import java.time.LocalDate;

/**
 * The text of a new record: every field of the format (docs/content.md), each with a comment;
 * required fields hold a {@code TODO} placeholder, optional ones are commented out.
 */
final class Scaffolds {

    private Scaffolds() {}

    /** The record of {@code kind} (claim, actor, source) with id {@code id}; a claim is reviewed {@code today}. */
    static String of(String kind, String id, LocalDate today) {
        return switch (kind) {
            case "claim" -> header("Claim", id, "claims") + """
                    claim: "TODO: the claim as stated, one sentence"
                    claimant: TODO-actor-id          # required: who made it, an actor id (content/actors/<id>.yaml)
                    # appearance: source-id          # optional: where it was made, a source id (content/sources/<id>.yaml)
                    # date: 2022-01-10               # optional: when it was made (YYYY-MM-DD)
                    # about: [actor-id]              # optional: ids of the actors it is about
                    # topics: [topic]                # optional: topic words (lowercase letters, digits and -)
                    rating: TODO-rating-id           # required: a rating id from the `ratings` of content/site.yaml
                    summary: "TODO: one or two sentences: why this rating"
                    # analysis: |                    # optional Markdown: the argument
                    #   What the sources say, and why they settle the claim or not.
                    reviewed: %s               # required: date of the check (YYYY-MM-DD)
                    citations:                       # required: at least one
                      - source: TODO-source-id       # a source id (content/sources/<id>.yaml)
                        quote: "TODO: exact words from the source's text"
                        # prefix: the words just before the quote   # optional: picks one of several matches
                        # suffix: the words just after the quote    # optional: likewise
                        stance: supports             # supports | contradicts | context
                        # note: why this passage matters           # optional
                    # updates:                       # optional: corrections log
                    #   - date: 2022-01-11
                    #     note: What changed and why (Markdown).
                    """.formatted(today);
            case "actor" -> header("Actor", id, "actors") + """
                    name: "TODO: the name, as the articles write it"
                    kind: TODO-kind                  # required: person, organisation, government, media or other
                    # role: President of Kazakhstan  # optional: what they are
                    # aliases: [another spelling]    # optional: other names the articles use
                    # bio: |                         # optional Markdown
                    #   Who they are, in a sentence or two.
                    # links:                         # optional
                    #   - title: Official site
                    #     url: https://example.org/
                    """;
            case "source" -> header("Source", id, "sources") + """
                    title: "TODO: the article's title"
                    text: seeds/TODO-article.txt     # required: the article as plain UTF-8 text, under seeds/
                    # publisher: Example News        # optional, as are all below
                    # author: A. Writer
                    # published: 2022-01-14          # YYYY-MM-DD
                    # url: https://example.org/article
                    # archiveUrl: https://web.archive.org/web/2022/https://example.org/article
                    # language: en
                    # notes: |                       # Markdown: provenance, what is unknown and why
                    #   The text names no author.
                    """;
            default -> throw new IllegalArgumentException("unknown record kind " + kind);
        };
    }

    private static String header(String what, String id, String folder) {
        return "# " + what + " `" + id + "` (the file name is the id), published at " + folder + "/" + id + "/.\n"
                + "# Replace every TODO; optional fields are commented out: remove the `# ` to use one.\n"
                + "# The format, field by field: docs/content.md. Then run: ./factcheck check\n\n";
    }
}
