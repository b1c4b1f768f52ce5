package dev.stranglerfig.analyzer.operate;

/** The proxy's admin API or the bridge could not be asked: not reachable, or the token was refused. */
public class ControlPlaneException extends RuntimeException {

	ControlPlaneException(String message) {
		super(message);
	}

}
