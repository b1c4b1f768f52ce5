package dev.stranglerfig.analyzer.graph;

import java.util.Set;

import dev.stranglerfig.analyzer.source.EndpointFacts;

/**
 * A static use case: an endpoint and every class its handler reaches through calls (the transitive call
 * closure, interface calls followed into their implementations, repositories bringing their entity).
 */
public record UseCase(EndpointFacts endpoint, String handlerClass, Set<String> classes) {

}
