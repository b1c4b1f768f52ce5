package dev.stranglerfig.analyzer.waves;

import java.util.List;

/** The waves to extract the contexts in, and the dependencies dropped to make that order exist. */
public record ExtractionOrder(List<Wave> waves, List<WeakTie> weakTies) {

}
