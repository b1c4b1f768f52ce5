package dev.stranglerfig.analyzer.analysis;

import java.time.Duration;
import java.util.List;

import dev.stranglerfig.analyzer.contexts.Decomposition;
import dev.stranglerfig.analyzer.graph.AnalysisGraph;
import dev.stranglerfig.analyzer.metrics.Metrics;
import dev.stranglerfig.analyzer.ownership.CrossContextCall;
import dev.stranglerfig.analyzer.ownership.Placement;
import dev.stranglerfig.analyzer.ownership.TableOwner;
import dev.stranglerfig.analyzer.source.ParsedSources;
import dev.stranglerfig.analyzer.waves.ExtractionOrder;

/**
 * The result of one analysis: the suggestion, the project's package structure as the baseline, and everything
 * the reports say about them.
 *
 * @param mojoFmToPackages MoJoFM of the suggestion against the package structure (100: the packages exactly)
 */
public record Analysis(AnalyzerOptions options, ParsedSources sources, AnalysisGraph graph, Decomposition suggestion,
		Decomposition packages, Metrics suggestionMetrics, Metrics packageMetrics, double mojoFmToPackages,
		List<TableOwner> tables, List<CrossContextCall> crossContextCalls, List<Placement> placements,
		ExtractionOrder extractionOrder, Duration elapsed) {

	public boolean partial() {
		return !this.sources.skipped().isEmpty();
	}

}
