package dev.stranglerfig.proxy.guard;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.proxy.control.AuditEntry;
import dev.stranglerfig.proxy.control.AuditLog;
import dev.stranglerfig.proxy.control.LivePlan;
import dev.stranglerfig.proxy.control.LivePlans;
import dev.stranglerfig.proxy.control.PhaseChanges;
import dev.stranglerfig.proxy.traffic.Side;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Judges every planned context's traffic window against its guards and rolls a breaching context back one
 * phase. The rollback is conditional on the state version judged, so replicas seeing the same breach roll
 * back once between them.
 */
@Component
class GuardEvaluator {

	private static final Logger logger = LoggerFactory.getLogger(GuardEvaluator.class);

	private final LivePlans plans;

	private final TrafficWindows windows;

	private final PhaseChanges changes;

	private final MeterRegistry meters;

	private final AuditLog audit;

	private final Map<String, Long> judgedVersions = new ConcurrentHashMap<>();

	private final Map<String, Long> withheldVersions = new ConcurrentHashMap<>();

	GuardEvaluator(LivePlans plans, TrafficWindows windows, PhaseChanges changes, AuditLog audit,
			MeterRegistry meters) {
		this.plans = plans;
		this.windows = windows;
		this.changes = changes;
		this.audit = audit;
		this.meters = meters;
	}

	@Scheduled(fixedDelayString = "${strangler.proxy.guard-interval:500ms}")
	void evaluate() {
		for (LivePlan plan : this.plans.plans()) {
			try {
				evaluate(plan);
			}
			catch (RuntimeException ex) {
				logger.error("Guards of {} could not be evaluated: {}", plan.context(), ex.getMessage());
			}
		}
	}

	private void evaluate(LivePlan plan) {
		String context = plan.context();
		long version = plan.state().version();
		Long judged = this.judgedVersions.put(context, version);
		if (judged != null && judged != version) {
			// The phase changed (here or on another replica): start judging the new phase from scratch.
			this.windows.reset(context);
			return;
		}
		if (plan.state().phase() == Phase.LEGACY) {
			return;
		}
		Optional<String> breach = GuardRules.breach(plan.file().guards(), this.windows.totals(context, Side.LEGACY),
				this.windows.totals(context, Side.SERVICE));
		if (breach.isPresent()) {
			Phase to = plan.state().phase().previous();
			if (this.changes.needsHandover(context, plan.state().phase(), to)) {
				withhold(plan, to, breach.get(), "that hands data ownership back, which an operator does through the admin API");
				return;
			}
			if (this.changes.rollBack(context, version, breach.get())) {
				logger.warn("Rolled {} back from {} to {}: {}", context, plan.state().phase().value(), to.value(),
						breach.get());
				this.meters.counter("strangler.rollbacks", "context", context).increment();
				this.windows.reset(context);
				return;
			}
			// Refused: another replica rolled back first, or a handover of the context is under way.
			this.changes.unsettledHandover(context)
				.ifPresent(handover -> withhold(plan, to, breach.get(), "write-ownership handover " + handover.id() + " ("
						+ handover.fromPhase().value() + " -> " + handover.toPhase().value() + ") is under way, and no other "
						+ "phase change may come before its outcome"));
		}
	}

	/**
	 * A guard never hands data ownership back on its own: that holds every write of the context and needs the bridge,
	 * and an aborted attempt would repeat every evaluation. Nor does it roll back while a handover is under way. It
	 * says so once per phase version, for an operator to act.
	 */
	private void withhold(LivePlan plan, Phase to, String breach, String why) {
		String context = plan.context();
		long version = plan.state().version();
		Long before = this.withheldVersions.put(context, version);
		if (before != null && before == version) {
			return;
		}
		String reason = breach + "; not rolled back to " + to.value() + " automatically: " + why;
		logger.warn("Guard breach on {} in {}: {}", context, plan.state().phase().value(), reason);
		this.audit.record(new AuditEntry(0, null, "guard", context, "rollback-withheld", plan.state().phase().value(),
				to.value(), plan.state().canaryPercent(), plan.state().canaryPercent(), reason, null));
		this.meters.counter("strangler.rollbacks.withheld", "context", context).increment();
	}

}
