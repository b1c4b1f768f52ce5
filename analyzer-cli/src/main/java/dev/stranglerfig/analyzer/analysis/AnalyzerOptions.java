package dev.stranglerfig.analyzer.analysis;

import java.nio.file.Path;
import java.util.List;

import dev.stranglerfig.analyzer.contexts.Pin;
import dev.stranglerfig.analyzer.graph.ClassGlob;

/**
 * How to analyse: what to read, the clustering's knobs, and the limits.
 *
 * @param contexts the number of contexts wanted, or null for what community detection finds
 * @param gitCommits how many recent commits to read for the co-change signal; 0 for none
 */
public record AnalyzerOptions(List<Path> inputs, long seed, double resolution, Integer contexts, List<Pin> pins,
		List<ClassGlob> shared, long maxFileBytes, int threads, int gitCommits) {

}
