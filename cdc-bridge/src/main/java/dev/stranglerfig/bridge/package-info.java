/**
 * The CDC bridge: Debezium's embedded engine captures the data owner's tables of each migration plan and
 * applies every change, idempotently and with its source position, to the other side's database.
 * Packages by feature: {@code sync} (what to copy in which direction), {@code capture} (the engine),
 * {@code apply} (mapping and writing rows), {@code position} (where a stream resumes), {@code deadletter},
 * {@code target} (connections to the database written to), {@code metrics}, {@code verify}.
 */
package dev.stranglerfig.bridge;
