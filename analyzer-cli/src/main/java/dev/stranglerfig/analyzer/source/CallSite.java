package dev.stranglerfig.analyzer.source;

/**
 * A call from a method to {@code target#method} (constructors are {@code <init>}). {@code resultUsed} is false
 * for a call made as a statement of its own: across contexts such a call can become an event rather than a
 * synchronous API.
 */
public record CallSite(TypeRef target, String method, boolean resultUsed) {

}
