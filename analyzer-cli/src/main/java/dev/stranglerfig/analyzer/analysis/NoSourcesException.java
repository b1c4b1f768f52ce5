package dev.stranglerfig.analyzer.analysis;

/** Nothing to analyse: the directories hold no Java source, or none of it could be read. */
public final class NoSourcesException extends RuntimeException {

	public NoSourcesException(String message) {
		super(message);
	}

}
