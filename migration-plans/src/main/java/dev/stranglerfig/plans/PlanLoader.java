package dev.stranglerfig.plans;

import java.nio.file.Path;

/** Reads plan files (YAML, one per context) and validates them; nothing invalid gets out of here. */
public final class PlanLoader {

	private PlanLoader() {
	}

	/** Every {@code *.yaml} file of the directory, validated one by one and together. */
	public static PlanSet loadDirectory(Path directory) throws InvalidPlanException {
		throw new UnsupportedOperationException("being written");
	}

	/** One plan from its text; {@code source} names it in messages. */
	public static Plan parse(String source, String yaml) throws InvalidPlanException {
		throw new UnsupportedOperationException("being written");
	}

}
