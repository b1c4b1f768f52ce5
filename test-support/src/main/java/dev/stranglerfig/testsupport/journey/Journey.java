package dev.stranglerfig.testsupport.journey;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import dev.stranglerfig.testsupport.shoppers.ShopperTraffic;
import dev.stranglerfig.testsupport.shoppers.TrafficReport;
import dev.stranglerfig.testsupport.shoppers.Visit;

/**
 * Moves a context through its phases while shopper traffic flows, as an operator would: each move through the
 * proxy's admin API, the next one once shoppers have used the context enough in the current phase.
 */
public final class Journey {

	private final AdminApi admin;

	private final int requestsPerPhase;

	private final Duration phaseTimeout;

	/** @param requestsPerPhase how many of the context's requests each phase sees before the next move */
	public Journey(AdminApi admin, int requestsPerPhase, Duration phaseTimeout) {
		this.admin = admin;
		this.requestsPerPhase = requestsPerPhase;
		this.phaseTimeout = phaseTimeout;
	}

	/** Runs the moves; {@code progress} hears one line per phase, with what the shoppers saw in it. */
	public void run(String context, List<Move> moves, ShopperTraffic traffic, Consumer<String> progress)
			throws Exception {
		traffic.phase("legacy");
		awaitTraffic(traffic, null);
		progress.accept(line(context, traffic.sofar()));
		for (Move move : moves) {
			traffic.moving();
			this.admin.moveTo(context, move.phase(), move.percent(), "journey: " + move.label());
			traffic.phase(move.label());
			awaitTraffic(traffic, context);
			progress.accept(line(context, traffic.sofar()));
		}
	}

	/**
	 * Waits, by counting requests rather than time, until shoppers used the context enough in the current phase (any
	 * request when {@code context} is null: in the legacy phase the proxy names no plan).
	 */
	private void awaitTraffic(ShopperTraffic traffic, String context) throws InterruptedException {
		long deadline = System.nanoTime() + this.phaseTimeout.toNanos();
		while (inCurrentPhase(traffic.sofar(), context).size() < this.requestsPerPhase) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("shoppers made fewer than " + this.requestsPerPhase + " requests to "
						+ context + " within " + this.phaseTimeout + "; is the proxy up?");
			}
			Thread.sleep(200);
		}
	}

	private static List<Visit> inCurrentPhase(TrafficReport report, String context) {
		int phase = report.phases().size() - 1;
		return report.visits()
			.stream()
			.filter(visit -> visit.phase() == phase && (context == null || context.equals(visit.context())))
			.toList();
	}

	private static String line(String context, TrafficReport report) {
		List<Visit> visits = inCurrentPhase(report, context);
		String phase = report.phases().get(report.phases().size() - 1);
		long reads = visits.stream().filter(Visit::safe).count();
		long readsOnService = visits.stream().filter(visit -> visit.safe() && "service".equals(visit.side())).count();
		long writesOnService = visits.stream().filter(visit -> !visit.safe() && "service".equals(visit.side())).count();
		long errors = visits.stream().filter(Visit::serverError).count();
		return String.format("%-12s %5d requests  reads on the service %3d%%  writes on the service %5d  server errors %d",
				phase, visits.size(), (reads == 0) ? 0 : Math.round(100.0 * readsOnService / reads), writesOnService,
				errors);
	}

}
