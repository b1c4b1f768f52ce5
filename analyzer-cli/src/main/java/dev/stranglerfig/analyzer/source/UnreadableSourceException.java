package dev.stranglerfig.analyzer.source;

/** A file that cannot be analysed; the message is the reason shown to the user. */
final class UnreadableSourceException extends Exception {

	UnreadableSourceException(String reason) {
		super(reason);
	}

}
