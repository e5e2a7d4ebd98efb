package factcheck.render;

import java.util.Map;
import java.util.function.Supplier;

/** One page to render: where it goes, with which template, and its variables (made when rendered). */
record PageJob(String path, String template, Supplier<Map<String, Object>> variables) {}
