package dev.stranglerfig.legacy.inventory;

import java.util.Comparator;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Today's behaviour: reservations on the monolith's own tables, inside the order's transaction, so a declined
 * card rolls the reservation back with everything else. The default ({@code legacy.inventory.remote=false}).
 */
@Component
@ConditionalOnProperty(prefix = InventoryProperties.PREFIX, name = "remote", havingValue = "false",
		matchIfMissing = true)
class LocalStockReservations implements StockReservations {

	private final StockItemRepository stockItems;

	private final StockReservationRepository reservations;

	LocalStockReservations(StockItemRepository stockItems, StockReservationRepository reservations) {
		this.stockItems = stockItems;
		this.reservations = reservations;
	}

	/**
	 * Lines in product id order: two orders for the same products lock their stock rows in the same order, never
	 * waiting on each other in a cycle. Each line takes from the warehouses with most available first, splitting
	 * across them when one is not enough.
	 */
	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void reserve(long orderId, List<ReservationLine> lines) {
		lines.stream()
			.sorted(Comparator.comparingLong(ReservationLine::productId))
			.forEach(line -> reserve(orderId, line));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void release(long orderId) {
		settle(orderId, ReservationStatus.RELEASED);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void commit(long orderId) {
		settle(orderId, ReservationStatus.SHIPPED);
	}

	private void reserve(long orderId, ReservationLine line) {
		List<StockItem> stock = this.stockItems.lockByProduct(line.productId());
		int available = stock.stream().mapToInt(StockItem::available).sum();
		if (available < line.quantity()) {
			throw new InsufficientStockException(line, available);
		}
		List<StockItem> mostAvailableFirst = stock.stream()
			.sorted(Comparator.comparingInt(StockItem::available).reversed())
			.toList();
		int missing = line.quantity();
		for (StockItem item : mostAvailableFirst) {
			int taken = Math.min(missing, item.available());
			if (taken > 0) {
				item.reserve(taken);
				this.reservations.save(new StockReservation(orderId, item, taken));
				missing -= taken;
			}
		}
	}

	private void settle(long orderId, ReservationStatus outcome) {
		for (StockReservation reservation : this.reservations.findByOrderAndStatus(orderId, ReservationStatus.HELD)) {
			StockItem item = this.stockItems
				.lockByProductAndWarehouse(reservation.getProduct().getId(), reservation.getWarehouse().getId())
				.orElseThrow();
			if (outcome == ReservationStatus.SHIPPED) {
				item.ship(reservation.getQuantity());
			}
			else {
				item.release(reservation.getQuantity());
			}
			reservation.changeStatus(outcome);
		}
	}

}
