package dev.stranglerfig.analyzer.waves;

import java.util.List;

/**
 * One wave of the extraction: contexts that can be cut out once the earlier waves are out, least coupled first.
 */
public record Wave(int number, List<Step> contexts) {

	/** One context of a wave, with what makes it hard: class ties to other contexts and shared tables. */
	public record Step(String context, double coupling, int sharedTables) {

	}

}
