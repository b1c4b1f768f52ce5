package dev.stranglerfig.analyzer.source;

/** A table named in an SQL string of a class (native query, JdbcTemplate/JdbcClient SQL), read or written. */
public record SqlUse(String table, boolean write) {

}
