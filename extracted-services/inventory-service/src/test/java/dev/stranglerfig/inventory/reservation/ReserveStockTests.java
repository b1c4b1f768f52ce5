package dev.stranglerfig.inventory.reservation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReserveStockTests {

	@Test
	void aRetryInAnotherLineOrderOrWithAnotherSkuLabelIsTheSameRequest() {
		ReserveStock first = new ReserveStock(
				List.of(new ReserveStock.Line(7L, "SKU-7", 2), new ReserveStock.Line(3L, "SKU-3", 1)));
		ReserveStock retry = new ReserveStock(
				List.of(new ReserveStock.Line(3L, "sku 3", 1), new ReserveStock.Line(7L, "SKU-7", 2)));

		assertThat(retry.fingerprint()).isEqualTo(first.fingerprint())
			.isEqualTo("[{\"productId\":3,\"quantity\":1},{\"productId\":7,\"quantity\":2}]");
		assertThat(new ReserveStock(List.of(new ReserveStock.Line(3L, "SKU-3", 2))).fingerprint())
			.isNotEqualTo(new ReserveStock(List.of(new ReserveStock.Line(3L, "SKU-3", 1))).fingerprint());
	}

}
