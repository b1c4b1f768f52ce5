package dev.stranglerfig.analyzer.source;

/** Java names as JPA and Spring Boot turn them into SQL names. */
final class Names {

	private Names() {
	}

	/**
	 * Spring Boot's default physical naming: an underscore between a lower-case letter and an upper-case one
	 * followed by a lower-case one ({@code totalAmount} -> {@code total_amount}), then lower case.
	 */
	static String snakeCase(String name) {
		StringBuilder snake = new StringBuilder(name.replace('.', '_'));
		for (int i = 1; i < snake.length() - 1; i++) {
			if (Character.isLowerCase(snake.charAt(i - 1)) && Character.isUpperCase(snake.charAt(i))
					&& Character.isLowerCase(snake.charAt(i + 1))) {
				snake.insert(i++, '_');
			}
		}
		return snake.toString().toLowerCase(java.util.Locale.ROOT);
	}

	/** A name as written in an annotation, without the quotes that make it a quoted SQL identifier. */
	static String unquoted(String name) {
		return name.replace("\"", "").replace("`", "").trim().toLowerCase(java.util.Locale.ROOT);
	}

}
