package factcheck.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files {@code factcheck init} writes besides the templates: a small, made-up fact-check
 * that builds as it is, so that a desk starts from something that works and changes it, one
 * record at a time. Every quote in it stands, word for word, in its article.
 */
final class ExampleProject {

    private ExampleProject() {}

    static final Map<String, String> FILES = files();

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/site.yaml", """
                # The site: its name, and the verdicts it gives (best first). See docs/content.md in the factcheck folder.
                title: Our fact-checks
                description: Claims checked against the articles that report them.
                language: en
                # baseUrl: https://example.org/checks/   # where the site will be published: canonical links, feed, sitemap
                # publisher:
                #   name: Our newsroom
                #   url: https://example.org/
                ratings:
                  - id: accurate
                    label: Accurate
                    description: The articles support the claim, and none contradicts it.
                  - id: mostly-accurate
                    label: Mostly accurate
                    description: The articles support the core of the claim, but a detail is off or unsupported.
                  - id: misleading
                    label: Misleading
                    description: The claim rests on something true but gives an impression the articles do not support.
                  - id: false
                    label: False
                    description: The articles show the claim to be wrong.
                  - id: unproven
                    label: Unproven
                    description: The articles cannot settle the claim either way.
                    tone: grey
                """);
        files.put("seeds/riverton-bus-lanes.txt", """
                Riverton council approves bus lanes on Main Street

                (An example article, made up for this project: replace it with the articles you check.)

                The Riverton city council voted on Tuesday to build bus lanes on Main Street. Seven of the nine councillors voted in favour.

                Mayor Jane Doe said the lanes would cut bus journeys to the town centre by ten minutes.

                The council's own transport study, published last year, estimates a saving of four to six minutes at peak times.

                Work is due to start in the autumn.
                """);
        files.put("content/sources/riverton-bus-lanes.yaml", """
                # An article under check: its text is seeds/riverton-bus-lanes.txt, word for word as published.
                title: Riverton council approves bus lanes on Main Street
                text: seeds/riverton-bus-lanes.txt
                publisher: Riverton Gazette (made up)
                published: 2025-03-04
                language: en
                notes: |
                  An example. Record here where the text came from and what is unknown about it.
                """);
        files.put("content/actors/jane-doe.yaml", """
                # Someone who makes claims, or whom claims are about.
                name: Jane Doe
                kind: person
                role: Mayor of Riverton (in the example article)
                """);
        files.put("content/claims/bus-lanes-save-ten-minutes.yaml", """
                # One claim, its verdict, and the passages it rests on. `factcheck new claim ID` writes a blank one.
                claim: The new bus lanes will cut bus journeys to the town centre by ten minutes.
                claimant: jane-doe
                appearance: riverton-bus-lanes
                date: 2025-03-04
                topics: [transport]
                rating: misleading
                summary: The council's own study, reported in the same article, estimates four to six minutes, not ten.
                analysis: |
                  The mayor's figure appears only in her own words. The article also reports the council's
                  transport study, which estimates a saving of four to six minutes at peak times: less than
                  the ten minutes claimed. The study's method is not described, so its figure is an estimate too.
                reviewed: 2025-03-05
                citations:
                  - source: riverton-bus-lanes
                    quote: Mayor Jane Doe said the lanes would cut bus journeys to the town centre by ten minutes.
                    stance: context
                    note: The claim as the article reports it.
                  - source: riverton-bus-lanes
                    quote: estimates a saving of four to six minutes at peak times
                    stance: contradicts
                """);
        files.put(".gitignore", """
                # What factcheck keeps beside a build: its record of the last build, and the output's lock and
                # temporary folders. site/ is the built site: commit it to publish from the repository, or list it here.
                .factcheck/
                /.site.lock
                /.site.new-*
                /.site.old-*
                /.site.previous
                /.site.trash-*
                """);
        files.put("README.md", """
                # Our fact-checks

                A fact-check site made with factcheck. It starts as a made-up example: one article, its
                source record, one actor and one claim. Replace them with your own.

                    factcheck build     # content -> site/; open site/index.html in a browser
                    factcheck serve     # http://127.0.0.1:1313/, rebuilt and reloaded as you save
                    factcheck check     # every error, with file, line and column; writes nothing

                (Run `path/to/factcheck/factcheck`, or put a link to it on your PATH.)

                - `seeds/`: the articles you check, as plain UTF-8 text, word for word.
                - `content/sources/`: one record per article: title, publisher, date, where it came from.
                - `content/actors/`: who makes claims, and whom they are about.
                - `content/claims/`: one record per claim: the verdict, the summary and analysis, and the
                  passages it rests on. Every quote is checked against its article on every build.
                - `content/site.yaml`: the site's name and its rating scale.
                - `templates/`: the pages' Thymeleaf templates and the stylesheet, yours to change.

                `factcheck new claim ID` (or `actor`, `source`) writes a record with every field to fill in.
                The record format is in docs/content.md in the factcheck folder.
                """);
        return java.util.Collections.unmodifiableMap(files);
    }
}
