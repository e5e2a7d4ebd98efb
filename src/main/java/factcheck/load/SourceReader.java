package factcheck.load;

import factcheck.diag.Diagnostics;
import factcheck.model.Source;
import java.util.List;

/** Reads source records and the article each one points at under {@code seeds/}. */
final class SourceReader {

    private final ProjectFiles files;
    private final Diagnostics diagnostics;
    private final RecordReaders readers;

    SourceReader(ProjectFiles files, Diagnostics diagnostics) {
        this.files = files;
        this.diagnostics = diagnostics;
        this.readers = new RecordReaders(diagnostics);
    }

    List<Source> readAll(List<ProjectLoader.YamlRecord> records) {
        return records.parallelStream().map(r -> read(r.id(), r.fields())).toList();
    }

    private Source read(String id, Fields f) {
        String title = f.required("title");
        String textPath = f.required("text");
        // Null when it could not be read (and that was reported): the loader leaves such a source out of a project to check.
        String text = null;
        if (!textPath.isEmpty()) {
            text = files.inside("seeds", textPath, f.at("text"), diagnostics)
                    .flatMap(p -> files.read(p, f.at("text"), diagnostics))
                    .orElse(null);
        }
        Source source = new Source(id, title, textPath, text, f.optional("publisher"), f.optional("author"),
                f.optionalDate("published"), readers.url(f, "url"), readers.url(f, "archiveUrl"), f.optionalLanguage("language"),
                f.markdown("notes"), f.free("extra"), f.at());
        f.finish();
        return source;
    }
}
