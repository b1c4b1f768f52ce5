package dev.stranglerfig.analyzer.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;

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

	/**
	 * The tables of SQL split across a concatenation, {@code "UPDATE app_user " + "SET email = ? WHERE id = ?"}: the
	 * literals joined, constants of the same file read, any other operand taken as a {@code ?}.
	 */
	static List<SqlUse> in(BinaryExpr concatenation) {
		List<Expression> operands = new ArrayList<>();
		flatten(concatenation, operands);
		if (operands.stream().noneMatch(o -> o.isStringLiteralExpr() || o.isTextBlockLiteralExpr())) {
			return List.of();
		}
		// Constants are looked up in the whole file: only for what already looks like SQL without them.
		if (!LOOKS_LIKE_SQL.matcher(joined(operands, SqlTables::literal)).matches()) {
			return List.of();
		}
		return in(joined(operands, operand -> Annotations.constant(operand).orElse("?")));
	}

	static boolean isConcatenation(Object node) {
		return node instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS;
	}

	private static void flatten(Expression operand, List<Expression> operands) {
		if (isConcatenation(operand)) {
			flatten(((BinaryExpr) operand).getLeft(), operands);
			flatten(((BinaryExpr) operand).getRight(), operands);
		}
		else {
			operands.add(operand);
		}
	}

	private static String literal(Expression operand) {
		return operand.isStringLiteralExpr() ? operand.asStringLiteralExpr().getValue()
				: operand.isTextBlockLiteralExpr() ? operand.asTextBlockLiteralExpr().getValue() : "?";
	}

	private static String joined(List<Expression> operands, Function<Expression, String> text) {
		StringBuilder joined = new StringBuilder();
		operands.forEach(operand -> joined.append(text.apply(operand)));
		return joined.toString();
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
