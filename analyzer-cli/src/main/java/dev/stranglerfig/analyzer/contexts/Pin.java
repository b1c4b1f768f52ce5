package dev.stranglerfig.analyzer.contexts;

import dev.stranglerfig.analyzer.graph.ClassGlob;

/** {@code --pin 'dev.acme.billing.*=payments'}: classes matching the glob belong to the named context. */
public record Pin(ClassGlob glob, String context) {

	/** Parses {@code glob=context}; the context must be a valid plan context name. */
	public static Pin parse(String text) {
		int equals = text.lastIndexOf('=');
		if (equals <= 0 || equals == text.length() - 1) {
			throw new IllegalArgumentException("--pin '" + text + "' is not glob=context, e.g. 'dev.acme.billing.*=payments'");
		}
		String context = text.substring(equals + 1).trim();
		if (!context.matches("[a-z][a-z0-9-]*")) {
			throw new IllegalArgumentException("--pin '" + text + "': context '" + context
					+ "' must be lower-case letters, digits and dashes, starting with a letter");
		}
		return new Pin(ClassGlob.of(text.substring(0, equals).trim()), context);
	}

}
