package dev.stranglerfig.inventory.stock;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locked reads and changes of stock levels, for reservations. Every change publishes {@link StockChanged} in the
 * caller's transaction (the outbox), so the event goes out if and only if the change commits.
 */
@Service
public class StockLevels {

	private final StockLevelRepository levels;

	private final ApplicationEventPublisher events;

	StockLevels(StockLevelRepository levels, ApplicationEventPublisher events) {
		this.levels = levels;
		this.events = events;
	}

	/** Every level of the product, locked until the transaction ends, in id order. */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<StockLevel> lockByProduct(long productId) {
		return this.levels.lockByProduct(productId);
	}

	/** The level of the product in the warehouse, locked until the transaction ends. */
	@Transactional(propagation = Propagation.MANDATORY)
	public StockLevel lock(long productId, long warehouseId) {
		return this.levels.lock(productId, warehouseId)
			.orElseThrow(() -> new IllegalStateException(
					"A reservation names product " + productId + " in warehouse " + warehouseId + " without stock"));
	}

	/** Moves the level by the deltas and announces the new figures. */
	@Transactional(propagation = Propagation.MANDATORY)
	public StockLevel change(StockLevel level, int onHandDelta, int reservedDelta, StockChangeReason reason,
			Long orderId) {
		StockLevel changed = new StockLevel(level.id(), level.productId(), level.warehouseId(), level.warehouseCode(),
				level.onHand() + onHandDelta, level.reserved() + reservedDelta);
		this.levels.update(changed.id(), changed.onHand(), changed.reserved());
		announce(changed, reason, orderId);
		return changed;
	}

	void announce(StockLevel level, StockChangeReason reason, Long orderId) {
		this.events.publishEvent(new StockChanged(level.productId(), level.warehouseCode(), level.onHand(),
				level.reserved(), level.available(), reason, orderId, Instant.now().truncatedTo(ChronoUnit.MICROS)));
	}

}
