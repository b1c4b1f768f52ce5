package dev.stranglerfig.analyzer.waves;

import java.util.List;

/**
 * A dependency left out of the extraction order to break a cycle: {@code from} may be extracted before
 * {@code to}, its new service calling back into the monolith for what {@code to} offers until {@code to} is out.
 *
 * @param weight how strong the tie is (see {@link ContextDependencies})
 * @param cycle the contexts that depended on each other when the tie was dropped
 * @param strongestInCycle the weight of the strongest dependency inside that cycle, for comparison
 */
public record WeakTie(String from, String to, double weight, List<String> cycle, double strongestInCycle) {

}
