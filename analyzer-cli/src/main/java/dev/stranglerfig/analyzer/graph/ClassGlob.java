package dev.stranglerfig.analyzer.graph;

import java.util.regex.Pattern;

/**
 * A pattern over qualified class names: {@code *} matches any run of characters, dots included, so
 * {@code dev.acme.billing.*} matches every class below that package and {@code *.common.*} every class of a
 * package named common anywhere.
 */
public record ClassGlob(String text, Pattern pattern) {

	public static ClassGlob of(String text) {
		StringBuilder regex = new StringBuilder();
		for (char c : text.toCharArray()) {
			regex.append(switch (c) {
				case '*' -> ".*";
				case '?' -> ".";
				default -> Pattern.quote(String.valueOf(c));
			});
		}
		return new ClassGlob(text, Pattern.compile(regex.toString()));
	}

	public boolean matches(String className) {
		return this.pattern.matcher(className).matches();
	}

	@Override
	public String toString() {
		return this.text;
	}

}
