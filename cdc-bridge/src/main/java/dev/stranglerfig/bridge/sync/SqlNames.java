package dev.stranglerfig.bridge.sync;

/** Identifiers as SQL: quoted, so names from plans are taken literally. */
public final class SqlNames {

	private SqlNames() {
	}

	/** {@code schema.table} as {@code "schema"."table"}. */
	public static String table(String qualifiedName) {
		int dot = qualifiedName.indexOf('.');
		return column(qualifiedName.substring(0, dot)) + "." + column(qualifiedName.substring(dot + 1));
	}

	public static String column(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

}
