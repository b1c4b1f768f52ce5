package dev.stranglerfig.plans;

/**
 * Where the canary takes a shopper's identity from: a request header or a cookie. The client address is
 * always the last resort, so every request has a cohort key.
 */
public record CohortSource(Kind kind, String name) {

	public enum Kind {

		HEADER("header"), COOKIE("cookie");

		private final String value;

		Kind(String value) {
			this.value = value;
		}

		public String value() {
			return this.value;
		}

	}

	/** As written in a plan: {@code header:X-User-Id} or {@code cookie:SESSION}. */
	@Override
	public String toString() {
		return this.kind.value + ":" + this.name;
	}

}
