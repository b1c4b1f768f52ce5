package dev.stranglerfig.plans;

import java.time.Duration;
import java.util.List;

/**
 * How responses are compared in the shadow phase.
 *
 * @param ignoredJsonPaths JSON paths whose values may differ, e.g. {@code $.updatedAt} or {@code $.content[*].id}
 * @param ignoredHeaders response headers whose values may differ (names, case-insensitive)
 * @param sample the share of safe requests shadowed, 0.0 to 1.0
 * @param allowWrites shadow writes too (only for services that write to a scratch store)
 * @param recheckAfter how long after a difference in a safe request's answers both sides are asked again; the
 * difference counts only if it is still there (shoppers change the data between the two reads, and the bridge copies
 * a write to the service a moment after legacy took it). Zero counts every difference at once.
 */
public record Shadow(List<String> ignoredJsonPaths, List<String> ignoredHeaders, double sample, boolean allowWrites,
		Duration recheckAfter) {

	public static final Duration DEFAULT_RECHECK = Duration.ofSeconds(1);

	public static final Shadow DEFAULT = new Shadow(List.of(), List.of(), 1.0, false);

	public Shadow(List<String> ignoredJsonPaths, List<String> ignoredHeaders, double sample, boolean allowWrites) {
		this(ignoredJsonPaths, ignoredHeaders, sample, allowWrites, DEFAULT_RECHECK);
	}

}
