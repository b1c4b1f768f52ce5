package dev.stranglerfig.proxy.control;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import dev.stranglerfig.proxy.traffic.ShadowComparison;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code shadow_diff} table: samples of differing shadow responses for operators to inspect. */
@Component
public class ShadowDiffStore {

	private final JdbcClient jdbc;

	ShadowDiffStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(ShadowComparison comparison) {
		this.jdbc.sql("""
				INSERT INTO strangler_control.shadow_diff (context, endpoint, method, path, legacy_status, service_status,
				                         differing_fields, legacy_body, service_body)
				VALUES (:context, :endpoint, :method, :path, :legacyStatus, :serviceStatus,
				        string_to_array(:fields, chr(31)), :legacyBody, :serviceBody)""")
			.param("context", comparison.context())
			.param("endpoint", comparison.endpoint())
			.param("method", comparison.method())
			.param("path", comparison.path())
			.param("legacyStatus", comparison.legacyStatus())
			.param("serviceStatus", comparison.serviceStatus())
			// A separator no JSON path or header name contains, so the list travels as one text parameter.
			.param("fields", String.join("\u001f", comparison.differingFields()))
			.param("legacyBody", comparison.legacyBody())
			.param("serviceBody", comparison.serviceBody())
			.update();
	}

	/** Newest first; {@code context} may be {@code null} for all contexts. */
	public List<ShadowDiff> latest(String context, int limit) {
		return this.jdbc
			.sql("SELECT * FROM strangler_control.shadow_diff WHERE (CAST(:context AS text) IS NULL OR context = :context) "
					+ "ORDER BY id DESC LIMIT :limit")
			.param("context", context)
			.param("limit", limit)
			.query(ShadowDiffStore::diff)
			.list();
	}

	private static ShadowDiff diff(ResultSet rs, int row) throws SQLException {
		Array fields = rs.getArray("differing_fields");
		return new ShadowDiff(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("context"),
				rs.getString("endpoint"), rs.getString("method"), rs.getString("path"), rs.getInt("legacy_status"),
				rs.getInt("service_status"), Arrays.asList((String[]) fields.getArray()), rs.getString("legacy_body"),
				rs.getString("service_body"));
	}

}
