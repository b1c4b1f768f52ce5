package dev.stranglerfig.analyzer.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tables an SQL string reads and writes. Deliberately simple (no SQL parser): the table names after
 * FROM/JOIN are read, after INSERT INTO/UPDATE/DELETE FROM/COPY/MERGE INTO are written. JPQL names entities,
 * not tables; the graph maps such a name back to the entity's table. Names that are neither a known table nor
 * an entity (CTE names, set-returning functions) are dropped by the graph.
 */
final class SqlTables {

	// A statement's shape, not just its first word: "Update the address" in a message is not SQL.
	private static final Pattern LOOKS_LIKE_SQL = Pattern.compile("(?is)^\\s*(select\\s.+\\sfrom\\s|insert\\s+into\\s"
			+ "|update\\s+\\S+\\s+set\\s|delete\\s+from\\s|with\\s.+\\sas\\s*\\(|copy\\s+\\S+\\s*(\\(|from|to)|merge\\s+into\\s).*");

	private static final Pattern READ = Pattern.compile("(?i)\\b(?:from|join)\\s+([a-z_][a-z0-9_]*(?:\\.[a-z_][a-z0-9_]*)?)(?!\\s*\\()");

	private static final Pattern WRITE = Pattern.compile(
			"(?i)\\b(?:insert\\s+into|update|delete\\s+from|copy|merge\\s+into)\\s+([a-z_][a-z0-9_]*(?:\\.[a-z_][a-z0-9_]*)?)");

	// Keywords the patterns can catch where a table name would stand: "DO UPDATE SET", "FROM ONLY t", "JOIN LATERAL".
	private static final Set<String> KEYWORDS = Set.of("set", "select", "only", "lateral", "unnest", "values");

	private SqlTables() {
	}

	static List<SqlUse> in(String text) {
		List<SqlUse> uses = new ArrayList<>();
		if (!LOOKS_LIKE_SQL.matcher(text).matches()) {
			return uses;
		}
		List<String> written = new ArrayList<>();
		Matcher write = WRITE.matcher(text);
		while (write.find()) {
			String table = tableName(write.group(1));
			if (!KEYWORDS.contains(table)) {
				written.add(table);
				uses.add(new SqlUse(table, true));
			}
		}
		Matcher read = READ.matcher(text);
		while (read.find()) {
			String table = tableName(read.group(1));
			// "DELETE FROM t" matched as a write already; the FROM inside it is not a read of t.
			if (!KEYWORDS.contains(table) && (!written.contains(table) || !precededByDelete(text, read.start()))) {
				uses.add(new SqlUse(table, false));
			}
		}
		return uses;
	}

	private static boolean precededByDelete(String text, int fromIndex) {
		String before = text.substring(0, fromIndex).stripTrailing().toLowerCase(Locale.ROOT);
		return before.endsWith("delete");
	}

	/** {@code public.app_user} and {@code APP_USER} both name {@code app_user}: PostgreSQL folds unquoted names. */
	private static String tableName(String written) {
		String lower = written.toLowerCase(Locale.ROOT);
		return lower.startsWith("public.") ? lower.substring("public.".length()) : lower;
	}

}
