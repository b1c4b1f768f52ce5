package dev.stranglerfig.analyzer.operate;

/**
 * The answer is no: a plan is invalid, a move's preconditions failed or the proxy refused it, an unknown context,
 * or verify found differences. The message says which.
 */
public class RefusedException extends RuntimeException {

	RefusedException(String message) {
		super(message);
	}

}
