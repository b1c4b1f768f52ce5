package dev.stranglerfig.bridge.position;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourcePositionTests {

	private static final Map<String, String> PARTITION = Map.of("server", "strangler_catalog_l2s");

	@Test
	void streamedChangesAreOrderedByThePreviousCommitThenTheirOwnLsn() {
		SourcePosition applied = streamed(100, 150);
		assertThat(streamed(100, 140).isAtOrBefore(applied)).isTrue();
		assertThat(streamed(100, 150).isAtOrBefore(applied)).isTrue();
		assertThat(streamed(100, 160).isAtOrBefore(applied)).isFalse();
		// A later transaction whose changes have lower LSNs (it began earlier) still comes after.
		assertThat(streamed(200, 120).isAtOrBefore(applied)).isFalse();
		assertThat(streamed(50, 400).isAtOrBefore(applied)).isTrue();
	}

	@Test
	void beforeTheFirstCommitOnlyChangesOfTheSameTransactionAreOrdered() {
		SourcePosition applied = new SourcePosition(PARTITION, Map.of("lsn", 300L, "txId", 750L));
		assertThat(new SourcePosition(PARTITION, Map.of("lsn", 300L, "txId", 751L)).isAtOrBefore(applied)).isFalse();
		assertThat(new SourcePosition(PARTITION, Map.of("lsn", 290L, "txId", 750L)).isAtOrBefore(applied)).isTrue();
		assertThat(streamed(300, 310).isAtOrBefore(applied)).isFalse();
	}

	@Test
	void snapshotRowsAreNeverTakenForAlreadyApplied() {
		SourcePosition snapshotRow = new SourcePosition(PARTITION, Map.of("snapshot", "INITIAL", "lsn", 100L, "last_snapshot_record", false));
		assertThat(snapshotRow.snapshot()).isTrue();
		assertThat(snapshotRow.isAtOrBefore(snapshotRow)).isFalse();
		assertThat(new SourcePosition(PARTITION, Map.of("snapshot", true, "lsn", 100L)).snapshot()).isTrue();
		assertThat(streamed(100, 150).isAtOrBefore(snapshotRow)).isFalse();
		assertThat(streamed(100, 150).isAtOrBefore(null)).isFalse();
	}

	@Test
	void positionsSurviveTheJsonRoundTripTheEngineUses() {
		PositionJson json = new PositionJson();
		Map<String, Object> offset = json.read(json.write(Map.of("lsn", 12345678901L, "lsn_commit", 12345L, "txId", 77L)));
		assertThat(offset).containsEntry("lsn", 12345678901L).containsEntry("txId", 77L);
		assertThat(json.engineKey("strangler_catalog_l2s", PARTITION))
			.isEqualTo(json.engineKey("strangler_catalog_l2s", json.read(json.write(PARTITION))));
	}

	private static SourcePosition streamed(long previousCommit, long lsn) {
		return new SourcePosition(PARTITION, Map.of("lsn_commit", previousCommit, "lsn", lsn, "txId", 1L));
	}

}
