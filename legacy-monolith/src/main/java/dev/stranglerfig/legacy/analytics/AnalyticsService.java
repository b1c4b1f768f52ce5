package dev.stranglerfig.legacy.analytics;

import java.math.BigDecimal;

import dev.stranglerfig.legacy.common.ShopClock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reporting writes and reads. The order flow records each sold line here, inside its own transaction. */
@Service
public class AnalyticsService {

	private final SalesEventRepository salesEvents;

	AnalyticsService(SalesEventRepository salesEvents) {
		this.salesEvents = salesEvents;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void recordSale(long orderId, long productId, int quantity, BigDecimal amount) {
		this.salesEvents.save(new SalesEvent(orderId, productId, quantity, amount, ShopClock.now()));
	}

}
