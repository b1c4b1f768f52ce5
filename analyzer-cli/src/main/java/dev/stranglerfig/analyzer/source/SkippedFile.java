package dev.stranglerfig.analyzer.source;

import java.nio.file.Path;

/** A source file left out of the analysis, and why: the result is partial. */
public record SkippedFile(Path file, String reason) {

	@Override
	public String toString() {
		return this.file + ": " + this.reason;
	}

}
