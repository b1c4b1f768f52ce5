package dev.stranglerfig.inventory.web;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * A failure the client caused or can act on; {@link ProblemResponses} turns it into an RFC 9457 problem response
 * with this status, a type under {@code /problems/} and the message as detail, exactly as legacy does.
 */
public abstract class ShopException extends RuntimeException {

	private final HttpStatus status;

	private final String problem;

	protected ShopException(HttpStatus status, String problem, String detail) {
		super(detail);
		this.status = status;
		this.problem = problem;
	}

	public HttpStatus status() {
		return this.status;
	}

	public URI type() {
		return URI.create("/problems/" + this.problem);
	}

}
