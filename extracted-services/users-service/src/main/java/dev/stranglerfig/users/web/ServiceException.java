package dev.stranglerfig.users.web;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * A failure the client caused or can act on; {@link ProblemResponses} turns it into an RFC 9457 problem with
 * this status, a type under {@code /problems/} and the message as detail, exactly as the monolith does.
 */
public abstract class ServiceException extends RuntimeException {

	private final HttpStatus status;

	private final String problem;

	protected ServiceException(HttpStatus status, String problem, String detail) {
		super(detail);
		this.status = status;
		this.problem = problem;
	}

	HttpStatus status() {
		return this.status;
	}

	URI type() {
		return URI.create("/problems/" + this.problem);
	}

}
