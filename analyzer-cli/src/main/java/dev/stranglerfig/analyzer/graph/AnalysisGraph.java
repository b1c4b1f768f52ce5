package dev.stranglerfig.analyzer.graph;

import java.util.List;
import java.util.Map;

import dev.stranglerfig.analyzer.source.ColumnFacts;

/**
 * Everything the later steps need from the source: the class graph of the classes to split, the tables and who
 * uses them, the use cases, the transaction boundaries, the infrastructure left out, and how well names resolved.
 *
 * @param infrastructure class name -> why it is not in any context
 * @param resolvedBySolver references to project classes the symbol solver resolved
 * @param resolvedByName references to project classes only the imports could resolve (degraded edges)
 * @param entityColumns entity class -> the columns it maps, those of its mapped superclasses included
 */
public record AnalysisGraph(ClassGraph classes, Map<String, TableUsage> tables, List<UseCase> useCases,
		List<TransactionBoundary> transactions, Map<String, String> infrastructure, int resolvedBySolver,
		int resolvedByName, Map<String, List<ColumnFacts>> entityColumns) {

}
