package dev.stranglerfig.bridge.apply;

/** What one committed batch did to the target: rows written and rows dead-lettered. */
public record Applied(int rows, int deadLetters) {
}
