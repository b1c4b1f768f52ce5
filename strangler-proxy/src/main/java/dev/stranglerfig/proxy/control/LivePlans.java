package dev.stranglerfig.proxy.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.stranglerfig.plans.InvalidPlanException;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.PlanSet;
import dev.stranglerfig.plans.control.ControlSchema;
import dev.stranglerfig.proxy.routing.RoutingTable;
import dev.stranglerfig.proxy.routing.RoutingTableSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plan files combined with their live state: the routing table every request reads. Rebuilt from
 * {@code plan_state} whenever a replica announces a change, and swapped in one step, so a request sees
 * either the old table or the new one, never a mix.
 */
@Component
public class LivePlans implements RoutingTableSource {

	private static final Logger logger = LoggerFactory.getLogger(LivePlans.class);

	private final PlanSource source;

	private final PlanStateStore store;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final JsonMapper json;

	/**
	 * The newest {@code reload} in the audit trail when this replica last read its plan files: a newer one is a reload
	 * whose notification this replica missed (its listener was reconnecting), followed at the next re-read.
	 */
	private volatile long reloadSeen;

	/** The newest reload whose files were invalid here, so they are logged at ERROR once, not at every re-read. */
	private long reloadRefused;

	private final AtomicReference<PlanSet> files = new AtomicReference<>();

	private final AtomicReference<Serving> serving = new AtomicReference<>();

	/**
	 * @throws InvalidPlanException when the plan files are invalid: a proxy must not start on plans nobody
	 * could review
	 */
	LivePlans(PlanSource source, PlanStateStore store, JdbcClient jdbc, AuditLog audit, JsonMapper json)
			throws InvalidPlanException {
		this.source = source;
		this.store = store;
		this.jdbc = jdbc;
		this.audit = audit;
		this.json = json;
		this.reloadSeen = this.audit.latestReload();
		use(source.load());
	}

	@Override
	public RoutingTable current() {
		return this.serving.get().table();
	}

	/** Every planned context as it serves now, in context order. */
	public List<LivePlan> plans() {
		return this.serving.get().plans();
	}

	public Optional<LivePlan> plan(String context) {
		return plans().stream().filter(plan -> plan.context().equals(context)).findFirst();
	}

	/**
	 * Re-reads the live state and swaps the table. A state this replica cannot use (e.g. a phase it does not
	 * know) is logged and ignored: the last good table keeps serving.
	 */
	public synchronized void refresh() {
		try {
			this.serving.set(build(this.files.get(), this.store.states()));
		}
		catch (RuntimeException ex) {
			logger.error("Keeping the current routing table: the control state cannot be used: {}", ex.getMessage());
		}
	}

	/**
	 * Re-reads the plan files; new contexts start at their file's phase, known ones keep their live state. The
	 * reload is audited, and every replica is told to re-read its own copy of the files ({@link #followReload()}).
	 * @param actor who asked, for the audit trail
	 * @return the plans now serving
	 * @throws InvalidPlanException when the files are invalid; the old plans keep serving
	 */
	public synchronized List<LivePlan> reload(String actor) throws InvalidPlanException {
		long before = this.audit.latestReload();
		use(this.source.load());
		List<String> contexts = plans().stream().map(LivePlan::context).toList();
		// Audited before the notification: a replica told of the reload finds it in the trail, so it does not take
		// the reload for one it missed.
		long recorded = this.audit.record(AuditEntry.of(actor, null, "reload", "plan files re-read",
				this.json.writeValueAsString(Map.of("contexts", contexts))));
		// Another replica's reload audited meanwhile may have read files edited after this one's read: follow it too.
		this.reloadSeen = (this.audit.latestReloadBefore(recorded) > before) ? before : recorded;
		this.jdbc.sql("SELECT pg_notify(:channel, :payload)")
			.param("channel", ControlSchema.CHANNEL)
			.param("payload", ControlSchema.PLANS_RELOADED_PAYLOAD)
			.query()
			.singleRow();
		return plans();
	}

	/** Whether a replica reloaded the plan files since this one last read them. */
	boolean reloadMissed() {
		return this.audit.latestReload() > this.reloadSeen;
	}

	/**
	 * Re-reads the plan files because a replica reloaded them: replicas read the same files, so they serve the same
	 * plans. Files invalid here are logged and this replica keeps the plans it serves, whole, with their live state
	 * re-read.
	 */
	synchronized void followReload() {
		// Read first: a reload audited while the files are read is followed again at the next re-read.
		long latest = this.audit.latestReload();
		try {
			use(this.source.load());
			this.reloadSeen = latest;
		}
		catch (InvalidPlanException ex) {
			// Tried again at every re-read until the files load here (a copy still being synced), logged once.
			if (latest != this.reloadRefused) {
				this.reloadRefused = latest;
				logger.error("Keeping the plans loaded before: a replica reloaded the plan files, but they are invalid "
						+ "here (tried again at each re-read):{}{}", System.lineSeparator(), ex.getMessage());
			}
			refresh();
		}
		catch (IllegalStateException ex) {
			logger.error("Keeping the plans loaded before: the control state cannot be used: {}", ex.getMessage());
		}
	}

	/** Seeds the new contexts and swaps files and table together, or neither when the table cannot be built. */
	private void use(PlanSet plans) {
		plans.plans().forEach(this.store::seed);
		Serving next = build(plans, this.store.states());
		this.files.set(plans);
		this.serving.set(next);
	}

	private static Serving build(PlanSet files, List<PlanState> states) {
		Map<String, PlanState> byContext = states.stream()
			.collect(Collectors.toMap(PlanState::context, Function.identity()));
		List<LivePlan> plans = files.plans().stream().map(file -> {
			PlanState state = byContext.get(file.context());
			if (state == null) {
				throw new IllegalStateException("no plan_state row for " + file.context());
			}
			return new LivePlan(file, file.withPhase(state.phase(), state.canaryPercent()), state);
		}).sorted((a, b) -> a.context().compareTo(b.context())).toList();
		return new Serving(plans, RoutingTable.of(plans.stream().map(LivePlan::live).toList()));
	}

	private record Serving(List<LivePlan> plans, RoutingTable table) {
	}

}
