package dev.stranglerfig.bridge.sync;

import java.util.function.UnaryOperator;

/**
 * Where one captured column goes and how its value changes on the way.
 * @param convert may throw (e.g. a price with a third decimal under {@code minor-units}): the row is then dead-lettered
 */
public record ColumnRoute(String sourceColumn, String targetColumn, UnaryOperator<Object> convert) {
}
