package dev.stranglerfig.analyzer.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic Spring/JPA monolith of about a given number of lines with known domains, for the analyzer's
 * tests and {@code bench/analyzer.sh}: package {@code com.example.synth.<domain>} per domain, each with aggregates
 * of an entity, a repository, a service and a controller. Inside a domain the entities refer to its root entity
 * and the services call each other; each domain also calls the root services of two other domains, as a real
 * monolith's domains do. The same arguments always write the same files.
 *
 * <p>Run: {@code java -cp analyzer-cli/target/test-classes dev.stranglerfig.analyzer.synthetic.SyntheticMonolith
 * DIR LINES [DOMAINS]}; DIR becomes a Maven-style project ({@code DIR/src/main/java}).
 */
public final class SyntheticMonolith {

	static final String BASE_PACKAGE = "com.example.synth";

	private static final List<String> WORDS = List.of("billing", "catalog", "customers", "delivery", "fleet",
			"invoicing", "loyalty", "marketing", "orders", "pricing", "procurement", "returns", "reviews", "search",
			"stock", "support", "tax", "warehouse", "wishlist", "payroll");

	private SyntheticMonolith() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: SyntheticMonolith DIR LINES [DOMAINS]");
			System.exit(2);
		}
		int lines = Integer.parseInt(args[1]);
		int domains = (args.length > 2) ? Integer.parseInt(args[2]) : defaultDomains(lines);
		long written = write(Path.of(args[0]), lines, domains);
		System.out.println(written + " lines in " + domains + " domains under " + args[0]);
	}

	/** About one domain per 10k lines, at least 4 and at most 60: the domain count of real monoliths grows slowly. */
	static int defaultDomains(int lines) {
		return Math.max(4, Math.min(60, lines / 10_000));
	}

	/** Writes the project under {@code dir}; returns the number of lines written. */
	static long write(Path dir, int lines, int domains) throws IOException {
		List<String> names = domainNames(domains);
		int aggregates = Math.max(2, lines / domains / DomainSources.LINES_PER_AGGREGATE);
		Random random = new Random(domains * 31L + lines);
		long written = 0;
		for (int d = 0; d < domains; d++) {
			// Two other domains this one calls: the next one and one picked at random, so the calls form cycles.
			List<String> calls = new ArrayList<>(List.of(names.get((d + 1) % domains)));
			int other = random.nextInt(domains);
			if (other != d && !calls.contains(names.get(other))) {
				calls.add(names.get(other));
			}
			written += new DomainSources(names.get(d), aggregates, calls, random).write(dir.resolve("src/main/java"));
		}
		Path app = dir.resolve("src/main/java/" + BASE_PACKAGE.replace('.', '/') + "/SynthApplication.java");
		Files.writeString(app, "package " + BASE_PACKAGE + ";\n\nimport org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
				+ "@SpringBootApplication\npublic class SynthApplication {\n}\n");
		return written + 5;
	}

	static List<String> domainNames(int domains) {
		List<String> names = new ArrayList<>();
		for (int d = 0; d < domains; d++) {
			names.add(WORDS.get(d % WORDS.size()) + ((d < WORDS.size()) ? "" : String.valueOf(d / WORDS.size())));
		}
		return names;
	}

}
