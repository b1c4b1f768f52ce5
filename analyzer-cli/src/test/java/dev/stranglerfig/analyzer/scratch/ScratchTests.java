package dev.stranglerfig.analyzer.scratch;

import java.nio.file.Path;
import java.util.List;

import dev.stranglerfig.analyzer.contexts.ContextFinder;
import dev.stranglerfig.analyzer.contexts.Decomposition;
import dev.stranglerfig.analyzer.graph.AnalysisGraph;
import dev.stranglerfig.analyzer.graph.ClassGlob;
import dev.stranglerfig.analyzer.graph.GraphBuilder;
import dev.stranglerfig.analyzer.metrics.MoJoFM;
import dev.stranglerfig.analyzer.source.ParsedSources;
import dev.stranglerfig.analyzer.source.SourceParser;
import dev.stranglerfig.analyzer.source.SourceRoots;
import org.junit.jupiter.api.Test;

class ScratchTests {
	@Test
	void run() {
		long t0 = System.nanoTime();
		List<Path> roots = SourceRoots.of(List.of(Path.of("../legacy-monolith")));
		ParsedSources parsed = new SourceParser(roots, 1 << 20, 2).parse(SourceRoots.javaFiles(roots), System.out::println);
		long t1 = System.nanoTime();
		AnalysisGraph g = GraphBuilder.build(parsed.classes(), List.of("*.common.*", "*.shared.*").stream().map(ClassGlob::of).toList());
		System.out.println("parse ms " + (t1 - t0) / 1e6 + " lines " + parsed.lines() + " skipped " + parsed.skipped() + " solver " + g.resolvedBySolver() + " byname " + g.resolvedByName());
		System.out.println("infra " + g.infrastructure());
		for (int seed = 0; seed < 3; seed++) {
			Decomposition d = new ContextFinder(1.0, seed, null, List.of()).suggest(g.classes());
			var truth = ContextFinder.byPackage(g.classes()).byClass(g.classes());
			var sugg = d.byClass(g.classes());
			System.out.println("seed " + seed + " K=" + d.size() + " mojofm " + MoJoFM.of(sugg, truth));
			if (seed == 0) sugg.forEach((k, v) -> { if (!truth.get(k).equals(v)) System.out.println("  " + k + " -> " + v); });
		}
		g.tables().values().forEach(t -> System.out.println(t.name() + " " + t.entity() + " " + t.accesses()));
		g.useCases().stream().limit(5).forEach(System.out::println);
	}
}
