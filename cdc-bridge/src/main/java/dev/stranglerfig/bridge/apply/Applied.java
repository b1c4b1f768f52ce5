package dev.stranglerfig.bridge.apply;

/**
 * What one committed batch did to the target: rows written, rows dead-lettered, and whether the target refused the
 * batch as a whole, so that it was applied again one change at a time.
 */
public record Applied(int rows, int deadLetters, boolean oneByOne) {
}
