package dev.stranglerfig.plans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Endpoints claimed so far, each by a claimant, and which of them a request matching another endpoint could also
 * match: the rule {@link PlanLoader#loadDirectory} applies across plans (same method, as many segments, each pair
 * equal or one a variable). The analyzer applies it to its drafts before writing them. An index walked segment by
 * segment: comparing every pair took a fifth of the analyzer's run on a 500k-line monolith (ten thousand endpoints).
 *
 * @param <T> what claims an endpoint, e.g. a plan
 */
public final class EndpointClaims<T> {

	private final Map<String, Claims<T>> byMethod = new HashMap<>();

	public void claim(Endpoint endpoint, T claimant) {
		claim(endpoint.method(), EndpointPattern.segments(endpoint), claimant);
	}

	/** The claimants of every endpoint claimed so far that could serve a request {@code endpoint} matches. */
	public List<T> overlapping(Endpoint endpoint) {
		List<T> found = new ArrayList<>();
		overlapping(endpoint.method(), EndpointPattern.segments(endpoint), found::add);
		return found;
	}

	// With the path already split (EndpointPattern.segments): the plan-set checks split each path once for both.
	void claim(String method, String[] segments, T claimant) {
		this.byMethod.computeIfAbsent(method, m -> new Claims<>()).add(segments, 0, claimant);
	}

	void overlapping(String method, String[] segments, Consumer<T> found) {
		Claims<T> claims = this.byMethod.get(method);
		if (claims != null) {
			claims.overlapping(segments, 0, found);
		}
	}

	/**
	 * The claimed paths of one method from a segment on: a literal segment leads to its own branch, a variable to
	 * the one variable branch, and the claims whose path ends here are kept here.
	 */
	private static final class Claims<T> {

		private final Map<String, Claims<T>> literals = new HashMap<>();

		private Claims<T> variable;

		private final List<T> ending = new ArrayList<>();

		void add(String[] segments, int from, T claim) {
			if (from == segments.length) {
				this.ending.add(claim);
			}
			else if (EndpointPattern.variable(segments[from])) {
				if (this.variable == null) {
					this.variable = new Claims<>();
				}
				this.variable.add(segments, from + 1, claim);
			}
			else {
				this.literals.computeIfAbsent(segments[from], segment -> new Claims<>()).add(segments, from + 1, claim);
			}
		}

		void overlapping(String[] segments, int from, Consumer<T> found) {
			if (from == segments.length) {
				this.ending.forEach(found);
				return;
			}
			if (EndpointPattern.variable(segments[from])) {
				this.literals.values().forEach(next -> next.overlapping(segments, from + 1, found));
			}
			else {
				Claims<T> next = this.literals.get(segments[from]);
				if (next != null) {
					next.overlapping(segments, from + 1, found);
				}
			}
			if (this.variable != null) {
				this.variable.overlapping(segments, from + 1, found);
			}
		}

	}

}
