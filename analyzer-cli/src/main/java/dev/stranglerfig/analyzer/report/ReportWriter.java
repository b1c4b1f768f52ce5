package dev.stranglerfig.analyzer.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.stranglerfig.analyzer.analysis.Analysis;
import dev.stranglerfig.analyzer.plans.DraftPlan;
import dev.stranglerfig.plans.InvalidPlanException;
import dev.stranglerfig.plans.PlanLoader;

/**
 * Writes report.md, report.html, analysis.json and the draft plans into the output directory, having loaded the plans back
 * with {@link PlanLoader} so that a draft that would not load never goes unnoticed. The four are independent and each is a
 * good part of a small project's run (on 50k lines together a fifth of it), so they are written side by side.
 */
public final class ReportWriter {

	private static final int WARM_UP_ROUNDS = 5;

	// The shape of a draft (DraftPlans): endpoints and a mapped table.
	private static final String WARM_UP_PLAN = """
			context: orders
			service: { name: orders-service, url: http://localhost:8101 }
			endpoints:
			  - GET /api/orders
			  - GET /api/orders/{id}
			  - POST /api/orders
			phase: legacy
			data:
			  tables:
			    - legacy: public.orders
			      service: orders.orders
			      key: [id]
			      columns:
			        id: id
			        customer_id: customer_id
			        total_amount: total_amount
			""";

	private ReportWriter() {
	}

	/**
	 * Reads a sample draft plan and writes a sample of analysis.json in memory a few times, so that the YAML and JSON
	 * libraries are loaded and their busiest methods compiled before the reports are written: run on the core the
	 * graph's single-threaded steps leave free, their cold start is off the end of a short run (loading the drafts
	 * back took 80-150 ms of a 50k-line run cold, 30-50 ms warm).
	 */
	public static void warmUp() {
		try {
			for (int i = 0; i < WARM_UP_ROUNDS; i++) {
				PlanLoader.parse("orders.yaml", WARM_UP_PLAN);
				JsonReport.warmUp();
			}
		}
		catch (InvalidPlanException ex) {
			throw new IllegalStateException("The warm-up plan does not validate: " + ex.problems(), ex);
		}
	}

	/**
	 * Writes every output into a staging directory beside {@code out} and validates the drafts there; only then are
	 * they moved in, so drafts that do not validate leave {@code out} as it was.
	 *
	 * @throws InvalidPlanException when the written drafts do not validate together
	 */
	public static void write(Path out, Analysis analysis, List<DraftPlan> plans) throws IOException, InvalidPlanException {
		Path staged = OutputDirectory.staging(out);
		try {
			writeAll(staged, analysis, plans);
			OutputDirectory.moveIn(staged, out);
		}
		finally {
			OutputDirectory.delete(staged);
		}
	}

	private static void writeAll(Path dir, Analysis analysis, List<DraftPlan> plans) throws IOException, InvalidPlanException {
		List<Callable<Void>> outputs = List.of(
				() -> write(dir.resolve("analysis.json"), JsonReport.of(analysis)),
				() -> writePlans(dir, plans),
				() -> write(dir.resolve("report.md"), MarkdownReport.of(analysis, plans)),
				() -> write(dir.resolve("report.html"), HtmlReport.of(analysis)));
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(outputs.size(),
				Runtime.getRuntime().availableProcessors()));
		try {
			for (Future<Void> written : pool.invokeAll(outputs)) {
				written.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while writing the reports", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof InvalidPlanException invalid) {
				throw invalid;
			}
			if (ex.getCause() instanceof IOException failed) {
				throw failed;
			}
			throw new IllegalStateException("Writing the reports failed: " + ex.getCause(), ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static Void write(Path file, String text) throws IOException {
		Files.writeString(file, text);
		return null;
	}

	private static Void writePlans(Path out, List<DraftPlan> plans) throws IOException, InvalidPlanException {
		boolean any = false;
		for (DraftPlan plan : plans) {
			if (plan.yaml() != null) {
				Files.writeString(out.resolve(plan.fileName()), plan.yaml());
				any = true;
			}
		}
		if (any) {
			PlanLoader.loadDirectory(out);
		}
		return null;
	}

}
