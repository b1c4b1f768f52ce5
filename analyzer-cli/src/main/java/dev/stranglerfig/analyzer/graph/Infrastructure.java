package dev.stranglerfig.analyzer.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.stranglerfig.analyzer.source.ClassFacts;
import dev.stranglerfig.analyzer.source.TypeUse;

/**
 * Classes that are not part of any bounded context, and why. Two kinds:
 * <ul>
 * <li>{@code shared kernel}: classes matching the {@code --shared} globs (by default packages named common,
 * shared, util, utils or kernel). Every context uses them; each extracted service gets its own copy or a
 * library, so grouping them with one context would only hide the contexts' real ties.</li>
 * <li>{@code bootstrap}: the application class, configuration, startup runners (e.g. a seeder), and every class
 * that only such classes use. They touch everything once at start-up; counting that as coupling would glue all
 * contexts together.</li>
 * </ul>
 */
final class Infrastructure {

	static final String SHARED_KERNEL = "shared kernel";

	static final String BOOTSTRAP = "bootstrap";

	private static final Set<String> BOOTSTRAP_ANNOTATIONS = Set.of("SpringBootApplication", "Configuration",
			"ConfigurationProperties", "AutoConfiguration");

	private static final Set<String> STARTUP_INTERFACES = Set.of("ApplicationRunner", "CommandLineRunner");

	private Infrastructure() {
	}

	/** Infrastructure class name -> its kind. */
	static Map<String, String> classify(KnownClasses known, List<ClassGlob> shared, Map<String, Set<String>> referrers) {
		Map<String, String> kinds = new TreeMap<>();
		for (ClassFacts facts : known.all().values()) {
			if (shared.stream().anyMatch(glob -> glob.matches(facts.name()))) {
				kinds.put(facts.name(), SHARED_KERNEL);
			}
			else if (facts.annotations().stream().anyMatch(BOOTSTRAP_ANNOTATIONS::contains) || startsUp(facts)) {
				kinds.put(facts.name(), BOOTSTRAP);
			}
		}
		// Grow bootstrap to the classes used by bootstrap code alone, until nothing changes.
		boolean grew = true;
		while (grew) {
			grew = false;
			for (ClassFacts facts : known.all().values()) {
				Set<String> users = referrers.getOrDefault(facts.name(), Set.of());
				if (!kinds.containsKey(facts.name()) && !users.isEmpty()
						&& users.stream().allMatch(user -> BOOTSTRAP.equals(kinds.get(user)))) {
					kinds.put(facts.name(), BOOTSTRAP);
					grew = true;
				}
			}
		}
		return kinds;
	}

	private static boolean startsUp(ClassFacts facts) {
		Set<String> supertypes = new HashSet<>();
		facts.uses().stream()
			.filter(use -> use.kind() == TypeUse.Kind.INHERITANCE)
			.forEach(use -> use.type().candidates().forEach(c -> supertypes.add(c.substring(c.lastIndexOf('.') + 1))));
		return supertypes.stream().anyMatch(STARTUP_INTERFACES::contains);
	}

}
