package dev.stranglerfig.analyzer.metrics;

/**
 * The quality of one decomposition (definitions in {@link MetricsCalculator}).
 *
 * @param sm structural modularity, higher is better
 * @param icp inter-context call percentage, lower is better
 * @param ifn interface number, lower is better
 * @param ned non-extreme distribution, lower is better
 * @param bcp business context purity, lower is better
 * @param modularity Newman modularity Q, higher is better
 * @param tableEntropy mean over tables of the entropy (bits) of which contexts touch the table, lower is better
 */
public record Metrics(int contexts, double sm, double icp, double ifn, double ned, double bcp, double modularity,
		double tableEntropy) {

}
