package dev.stranglerfig.proxy.control;

import java.net.URI;
import java.util.List;

import dev.stranglerfig.plans.InvalidPlanException;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.PlanLoader;
import dev.stranglerfig.plans.PlanProblem;
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
		PlanSet plans = PlanLoader.loadDirectory(this.properties.plansDir());
		for (String context : this.properties.serviceUrls().keySet()) {
			if (plans.plan(context).isEmpty()) {
				throw new InvalidPlanException(List.of(new PlanProblem("strangler.proxy.service-urls." + context, 0,
						"names no plan in " + this.properties.plansDir() + "; fix the context name or remove the setting")));
			}
		}
		return new PlanSet(plans.plans().stream().map(this::located).toList());
	}

	@Override
	public Plan parse(String source, String yaml) throws InvalidPlanException {
		return located(PlanLoader.parseAmong(this.properties.plansDir(), source, yaml));
	}

	private Plan located(Plan plan) {
		URI url = this.properties.serviceUrls().get(plan.context());
		return (url != null) ? plan.withServiceUrl(url) : plan;
	}

}
