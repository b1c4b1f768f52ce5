package dev.stranglerfig.analyzer.report;

/** Text made safe to put into HTML (and SVG) content and attribute values. */
final class Html {

	private Html() {
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char ch : text.toCharArray()) {
			switch (ch) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(ch);
			}
		}
		return escaped.toString();
	}

}
