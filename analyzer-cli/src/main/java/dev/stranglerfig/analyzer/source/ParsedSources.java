package dev.stranglerfig.analyzer.source;

import java.util.List;

/** What parsing the source roots gave: the classes, the files left out, and how much source was read. */
public record ParsedSources(List<ClassFacts> classes, List<SkippedFile> skipped, int files, long lines) {

}
