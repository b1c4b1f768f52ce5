package dev.stranglerfig.analyzer.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import dev.stranglerfig.analyzer.contexts.ContextFinder;
import dev.stranglerfig.analyzer.contexts.Decomposition;
import dev.stranglerfig.analyzer.graph.AnalysisGraph;
import dev.stranglerfig.analyzer.graph.GraphBuilder;
import dev.stranglerfig.analyzer.history.GitHistory;
import dev.stranglerfig.analyzer.history.GitHistoryException;
import dev.stranglerfig.analyzer.metrics.MetricsCalculator;
import dev.stranglerfig.analyzer.metrics.MoJoFM;
import dev.stranglerfig.analyzer.ownership.Ownership;
import dev.stranglerfig.analyzer.ownership.TableOwner;
import dev.stranglerfig.analyzer.source.ParsedSources;
import dev.stranglerfig.analyzer.source.SourceParser;
import dev.stranglerfig.analyzer.source.SourceRoots;
import dev.stranglerfig.analyzer.waves.ExtractionWaves;

/** Runs the analysis steps in order: read, graph, contexts, ownership, waves, metrics. */
public final class Analyzer {

	private final AnalyzerOptions options;

	public Analyzer(AnalyzerOptions options) {
		this.options = options;
	}

	/** The co-change history, or none when not asked for or unreadable (the analysis goes on without it). */
	private List<Set<Path>> commits(Consumer<String> progress) {
		if (this.options.gitCommits() == 0) {
			return List.of();
		}
		List<Set<Path>> commits = new ArrayList<>();
		for (Path input : this.options.inputs()) {
			try {
				commits.addAll(GitHistory.commits(input, this.options.gitCommits()));
			}
			catch (GitHistoryException ex) {
				progress.accept("no co-change signal from " + input + ": " + ex.getMessage());
			}
		}
		progress.accept("read " + commits.size() + " commits for the co-change signal");
		return commits;
	}

	/**
	 * @param progress hears what the analysis is doing
	 * @param sourcesRead runs once every file is parsed, before the single-threaded steps (graph, contexts, metrics)
	 */
	public Analysis run(Consumer<String> progress, Runnable sourcesRead) {
		long started = System.nanoTime();
		for (Path input : this.options.inputs()) {
			if (!Files.isDirectory(input)) {
				throw new NoSourcesException(input + " is not a directory; name a Maven/Gradle project or a source root");
			}
		}
		List<Path> roots = SourceRoots.of(this.options.inputs());
		List<Path> files = SourceRoots.javaFiles(roots);
		if (files.isEmpty()) {
			throw new NoSourcesException("No .java files under " + this.options.inputs());
		}
		progress.accept("parsing " + files.size() + " files under " + roots.size() + " source root(s)");
		ParsedSources sources = new SourceParser(roots, this.options.maxFileBytes(), this.options.threads()).parse(files, progress);
		sourcesRead.run();
		AnalysisGraph graph = GraphBuilder.build(sources.classes(), this.options.shared(), commits(progress));
		if (graph.classes().size() == 0) {
			throw new NoSourcesException("No class to split: all " + sources.classes().size()
					+ " classes read are infrastructure or none could be read (" + sources.skipped().size() + " files skipped)");
		}
		progress.accept("graph of " + graph.classes().size() + " classes; finding contexts");
		Decomposition suggestion = new ContextFinder(this.options.resolution(), this.options.seed(), this.options.contexts(),
				this.options.pins()).suggest(graph.classes());
		Decomposition packages = ContextFinder.byPackage(graph.classes());
		List<TableOwner> tables = Ownership.tables(graph, suggestion);
		return new Analysis(this.options, sources, graph, suggestion, packages,
				MetricsCalculator.of(graph.classes(), suggestion, graph.useCases(), graph.tables().values()),
				MetricsCalculator.of(graph.classes(), packages, graph.useCases(), graph.tables().values()),
				MoJoFM.of(suggestion.byClass(graph.classes()), packages.byClass(graph.classes())), tables,
				Ownership.crossContextCalls(graph, suggestion), Ownership.placements(graph.classes(), suggestion),
				ExtractionWaves.of(graph.classes(), suggestion, tables),
				Duration.ofNanos(System.nanoTime() - started));
	}

}
