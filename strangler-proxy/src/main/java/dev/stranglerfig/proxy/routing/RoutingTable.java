package dev.stranglerfig.proxy.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.stranglerfig.plans.Endpoint;
import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.Plan;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which plan and endpoint a request belongs to; requests no plan claims belong to legacy. The endpoint patterns
 * are compiled once per table, grouped by method and ordered most specific first, because matching runs on every
 * request.
 */
public final class RoutingTable {

	private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

	private final List<Plan> plans;

	private final Map<String, List<Entry>> byMethod;

	private RoutingTable(List<Plan> plans) {
		this.plans = List.copyOf(plans);
		Map<String, List<Entry>> entries = new HashMap<>();
		for (Plan plan : this.plans) {
			for (Endpoint endpoint : plan.endpoints()) {
				entries.computeIfAbsent(endpoint.method(), method -> new ArrayList<>())
					.add(new Entry(PARSER.parse(endpoint.path()), plan, endpoint));
			}
		}
		entries.values().forEach(list -> list.sort(Comparator.comparing(Entry::pattern, PathPattern.SPECIFICITY_COMPARATOR)));
		this.byMethod = Map.copyOf(entries);
	}

	/** @param plans the plans with their live phase and canary share applied */
	public static RoutingTable of(List<Plan> plans) {
		return new RoutingTable(plans);
	}

	public List<Plan> plans() {
		return this.plans;
	}

	/**
	 * The plan, endpoint and effective phase claiming this request, or empty when legacy keeps it. A HEAD request
	 * follows the GET endpoint of its path unless a plan names HEAD itself, as Spring MVC answers HEAD from GET.
	 */
	public Optional<RouteMatch> match(String method, String path) {
		PathContainer container = PathContainer.parsePath(path);
		Optional<RouteMatch> match = find(method, container);
		return (match.isEmpty() && "HEAD".equals(method)) ? find("GET", container) : match;
	}

	/** One line per endpoint, {@code METHOD /path -> context (phase, service url)}, sorted by path then method. */
	public List<String> describe() {
		return this.plans.stream()
			.flatMap(plan -> plan.endpoints().stream().map(endpoint -> describe(plan, endpoint)))
			.sorted(Comparator.comparing((String line) -> line.substring(line.indexOf(' ') + 1)).thenComparing(line -> line))
			.toList();
	}

	private Optional<RouteMatch> find(String method, PathContainer path) {
		for (Entry entry : this.byMethod.getOrDefault(method, List.of())) {
			if (entry.pattern().matches(path)) {
				return Optional.of(new RouteMatch(entry.plan(), entry.endpoint(), entry.endpoint().phaseIn(entry.plan())));
			}
		}
		return Optional.empty();
	}

	private static String describe(Plan plan, Endpoint endpoint) {
		Phase phase = endpoint.phaseIn(plan);
		String phaseText = (phase == Phase.CANARY && plan.canary() != null)
				? phase.value() + " " + plan.canary().percent() + "%" : phase.value();
		String target = (phase == Phase.LEGACY) ? "" : ", " + plan.service().name() + " " + plan.service().url();
		return endpoint.id() + " -> " + plan.context() + " (" + phaseText + target + ")";
	}

	private record Entry(PathPattern pattern, Plan plan, Endpoint endpoint) {
	}

}
