package dev.stranglerfig.analyzer.ownership;

import java.util.Map;

/**
 * Why a class sits in its context: its tie (summed edge weight, both directions) to its own context with the
 * strongest neighbours there, and the same for the runner-up context (null when it has ties to no other).
 */
public record Placement(String className, String context, double strength, Map<String, Double> strongestTies,
		String runnerUp, double runnerUpStrength, Map<String, Double> runnerUpTies) {

}
