package dev.stranglerfig.proxy.control;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.stranglerfig.plans.Canary;
import dev.stranglerfig.plans.Endpoint;
import dev.stranglerfig.plans.Guards;
import dev.stranglerfig.plans.InvalidPlanException;
import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.PlanProblem;
import dev.stranglerfig.plans.PlanSet;
import dev.stranglerfig.plans.Shadow;
import dev.stranglerfig.plans.ServiceTarget;

/**
 * Plans built in code, standing in for the plan files: tests decide what a load returns (or that it fails) and
 * which YAML texts parse into which plan.
 */
public final class FixedPlanSource implements PlanSource {

	private volatile List<Plan> plans;

	private volatile List<PlanProblem> loadProblems;

	private final Map<String, Plan> parsed = new ConcurrentHashMap<>();

	public FixedPlanSource(Plan... plans) {
		this.plans = List.of(plans);
	}

	public static Plan plan(String context, Phase phase, int canaryPercent, String... endpoints) {
		List<Endpoint> list = Arrays.stream(endpoints).map(id -> id.split(" ", 2))
			.map(parts -> new Endpoint(parts[0], parts[1], null))
			.toList();
		return new Plan(context, new ServiceTarget(context + "-service", URI.create("http://127.0.0.1:1")), list,
				phase, new Canary(canaryPercent, List.of()), Shadow.DEFAULT,
				new Guards(0.01, 2.0, 0.001, Duration.ofSeconds(60), 20), Plan.DEFAULT_READ_YOUR_WRITES, List.of(),
				context + ".yaml");
	}

	/** The next loads return these plans. */
	public void serve(Plan... next) {
		this.plans = List.of(next);
		this.loadProblems = null;
	}

	/** The next loads fail with these problems, as a broken plan directory does. */
	public void breakWith(PlanProblem... problems) {
		this.loadProblems = List.of(problems);
	}

	/** {@link #parse} turns this text into that plan; any other text is rejected. */
	public void parses(String yaml, Plan plan) {
		this.parsed.put(yaml, plan);
	}

	@Override
	public PlanSet load() throws InvalidPlanException {
		List<PlanProblem> problems = this.loadProblems;
		if (problems != null) {
			throw new InvalidPlanException(problems);
		}
		return new PlanSet(this.plans);
	}

	@Override
	public Plan parse(String source, String yaml) throws InvalidPlanException {
		Plan plan = this.parsed.get(yaml);
		if (plan == null) {
			throw new InvalidPlanException(List.of(new PlanProblem(source, 1, "unknown key 'bogus'; remove it")));
		}
		return plan;
	}

}
