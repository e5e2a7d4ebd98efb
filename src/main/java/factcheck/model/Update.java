package factcheck.model;

import java.time.LocalDate;

/** One entry of a claim's corrections log; {@code note} is Markdown. */
public record Update(LocalDate date, String note) {}
