package dev.stranglerfig.plans;

import java.util.List;

/**
 * How responses are compared in the shadow phase.
 *
 * @param ignoredJsonPaths JSON paths whose values may differ, e.g. {@code $.updatedAt} or {@code $.content[*].id}
 * @param ignoredHeaders response headers whose values may differ (names, case-insensitive)
 * @param sample the share of safe requests shadowed, 0.0 to 1.0
 * @param allowWrites shadow writes too (only for services that write to a scratch store)
 */
public record Shadow(List<String> ignoredJsonPaths, List<String> ignoredHeaders, double sample, boolean allowWrites) {

	public static final Shadow DEFAULT = new Shadow(List.of(), List.of(), 1.0, false);

}
