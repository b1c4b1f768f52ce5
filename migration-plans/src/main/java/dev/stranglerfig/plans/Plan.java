package dev.stranglerfig.plans;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The migration plan of one bounded context: which endpoints and tables move to which service, how far the
 * move has come, and what rolls it back. Plan files are the desired state under review; the proxy keeps the
 * live phase in its control database.
 *
 * @param readYourWrites how long after a shopper's write that legacy took their reads of this context stay on
 * legacy (in {@code canary} and {@code reads}, where the service answers reads from what the bridge has copied so
 * far); {@link Duration#ZERO} turns it off
 * @param source where the plan was read from, for messages
 */
public record Plan(String context, ServiceTarget service, List<Endpoint> endpoints, Phase phase, Canary canary,
		Shadow shadow, Guards guards, Duration readYourWrites, List<TableMapping> tables, String source) {

	/** Long enough for a bridge under ordinary load; a plan sets its own when its bridge trails further. */
	public static final Duration DEFAULT_READ_YOUR_WRITES = Duration.ofSeconds(2);

	/** The same plan in another phase (and canary share), as the control state moves it. */
	public Plan withPhase(Phase newPhase, int canaryPercent) {
		return new Plan(this.context, this.service, this.endpoints, newPhase,
				new Canary(canaryPercent, this.canary.cohort()), this.shadow, this.guards, this.readYourWrites, this.tables,
				this.source);
	}

	/** The same plan with the service at another address: plans are shared, each environment's addresses are not. */
	public Plan withServiceUrl(URI url) {
		return new Plan(this.context, new ServiceTarget(this.service.name(), url), this.endpoints, this.phase,
				this.canary, this.shadow, this.guards, this.readYourWrites, this.tables, this.source);
	}

}
