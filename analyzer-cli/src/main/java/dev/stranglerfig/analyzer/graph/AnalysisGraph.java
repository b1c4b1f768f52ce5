package dev.stranglerfig.analyzer.graph;

import java.util.List;
import java.util.Map;

import dev.stranglerfig.analyzer.source.ColumnFacts;

/**
 * Everything the later steps need from the source: the class graph of the classes to split, the tables and who
 * uses them, the use cases, the transaction boundaries, the infrastructure left out, and how well names resolved.
 *
 * @param infrastructure class name -> why it is not in any context
 * @param resolved references to project classes resolved exactly (type index, or the symbol solver where ambiguous)
 * @param degraded references to project classes found only among the names the imports allow
 * @param tableColumns table -> the columns entities map in it (mapped superclasses and single-table subclasses
 *        included; a join table's join columns), ids marked
 * @param coChangeCommits commits of the {@code --git} history that tied classes of the graph together
 */
public record AnalysisGraph(ClassGraph classes, Map<String, TableUsage> tables, List<UseCase> useCases,
		List<TransactionBoundary> transactions, Map<String, String> infrastructure, int resolved,
		int degraded, Map<String, List<ColumnFacts>> tableColumns, int coChangeCommits) {

}
