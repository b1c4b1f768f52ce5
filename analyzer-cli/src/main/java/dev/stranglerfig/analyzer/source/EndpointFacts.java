package dev.stranglerfig.analyzer.source;

/**
 * A REST endpoint a handler method serves: HTTP method ({@code ANY} when the mapping names none) and full
 * path, class-level prefix included.
 */
public record EndpointFacts(String httpMethod, String path, String handlerMethod) {

	public String id() {
		return this.httpMethod + " " + this.path;
	}

}
