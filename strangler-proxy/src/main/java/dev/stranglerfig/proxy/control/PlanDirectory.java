package dev.stranglerfig.proxy.control;

import dev.stranglerfig.plans.InvalidPlanException;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.PlanLoader;
import dev.stranglerfig.plans.PlanSet;
import dev.stranglerfig.proxy.ProxyProperties;

import org.springframework.stereotype.Component;

/** The plan files of {@code strangler.proxy.plans-dir}. */
@Component
class PlanDirectory implements PlanSource {

	private final ProxyProperties properties;

	PlanDirectory(ProxyProperties properties) {
		this.properties = properties;
	}

	@Override
	public PlanSet load() throws InvalidPlanException {
		return PlanLoader.loadDirectory(this.properties.plansDir());
	}

	@Override
	public Plan parse(String source, String yaml) throws InvalidPlanException {
		return PlanLoader.parse(source, yaml);
	}

}
