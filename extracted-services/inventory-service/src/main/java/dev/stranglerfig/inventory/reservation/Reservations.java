package dev.stranglerfig.inventory.reservation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.stranglerfig.inventory.stock.StockChangeReason;
import dev.stranglerfig.inventory.stock.StockLevel;
import dev.stranglerfig.inventory.stock.StockLevels;
import dev.stranglerfig.inventory.web.ConflictException;
import dev.stranglerfig.inventory.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reservations orders hold, and the order flow's three calls on them: reserve, release (cancelled) and commit
 * (shipped). Each is idempotent with the order id as key, so a caller that timed out can simply call again.
 */
@Service
class Reservations {

	private final ReservationRepository reservations;

	private final StockLevels stock;

	Reservations(ReservationRepository reservations, StockLevels stock) {
		this.reservations = reservations;
		this.stock = stock;
	}

	@Transactional(readOnly = true)
	List<Reservation> of(long orderId) {
		return this.reservations.findByOrder(orderId);
	}

	/**
	 * Holds the lines' units for the order, as the monolith does: lines in product order (two orders lock the same
	 * stock rows in the same order), each taken from the warehouses with most available first and split across
	 * them when one is not enough. All lines or none: too little stock for one rolls the others back. A repeat of
	 * the same request answers the reservations the first one made.
	 */
	@Transactional
	Reserved reserve(long orderId, ReserveStock request) {
		if (!this.reservations.recordRequest(orderId, request.fingerprint())) {
			if (!this.reservations.sameRequest(orderId, request.fingerprint())) {
				throw new ConflictException("reservation-mismatch", "Order " + orderId
						+ " already reserved other lines; an order's reservation cannot be changed");
			}
			return new Reserved(this.reservations.findByOrder(orderId), false);
		}
		// Reserved before the service owned the data (the rows came from legacy through the bridge): never twice.
		List<Reservation> copied = this.reservations.findByOrder(orderId);
		if (!copied.isEmpty()) {
			return new Reserved(copied, false);
		}
		request.lines()
			.stream()
			.sorted(Comparator.comparing(ReserveStock.Line::productId))
			.forEach(line -> reserve(orderId, line));
		return new Reserved(this.reservations.findByOrder(orderId), true);
	}

	/** Puts the order's held units back on sale (the order was cancelled). */
	@Transactional
	List<Reservation> release(long orderId) {
		return settle(orderId, ReservationStatus.RELEASED);
	}

	/** The order's held units left the warehouses with the parcel. */
	@Transactional
	List<Reservation> commit(long orderId) {
		return settle(orderId, ReservationStatus.SHIPPED);
	}

	private void reserve(long orderId, ReserveStock.Line line) {
		List<StockLevel> levels = this.stock.lockByProduct(line.productId());
		int available = levels.stream().mapToInt(StockLevel::available).sum();
		if (available < line.quantity()) {
			throw new InsufficientStockException(line, available);
		}
		// A stable sort of the id-ordered rows: ties go to the older level, exactly as in the monolith.
		List<StockLevel> mostAvailableFirst = levels.stream()
			.sorted(Comparator.comparingInt(StockLevel::available).reversed())
			.toList();
		int missing = line.quantity();
		for (StockLevel level : mostAvailableFirst) {
			int taken = Math.min(missing, level.available());
			if (taken > 0) {
				this.stock.change(level, 0, taken, StockChangeReason.RESERVED, orderId);
				this.reservations.insert(orderId, line.productId(), level.warehouseId(), taken);
				missing -= taken;
			}
		}
	}

	/**
	 * Settles what the order still holds. Once nothing is held, asking for the same outcome again answers the
	 * reservations as they are (a retry); asking for the other one is a conflict (a shipped order cannot be
	 * released).
	 */
	private List<Reservation> settle(long orderId, ReservationStatus outcome) {
		List<Reservation> all = this.reservations.lockByOrder(orderId);
		if (all.isEmpty()) {
			throw new NotFoundException("Reservation of order", orderId);
		}
		List<Reservation> held = all.stream().filter(r -> r.status() == ReservationStatus.HELD).toList();
		if (held.isEmpty()) {
			Optional<Reservation> other = all.stream().filter(r -> r.status() != outcome).findFirst();
			if (other.isPresent()) {
				throw new ConflictException("reservation-settled", "The reservation of order " + orderId + " is "
						+ other.get().status() + "; it cannot become " + outcome);
			}
			return all;
		}
		boolean shipped = outcome == ReservationStatus.SHIPPED;
		for (Reservation reservation : held) {
			StockLevel level = this.stock.lock(reservation.productId(), reservation.warehouseId());
			int quantity = reservation.quantity();
			this.stock.change(level, shipped ? -quantity : 0, -quantity,
					shipped ? StockChangeReason.SHIPPED : StockChangeReason.RELEASED, orderId);
			this.reservations.changeStatus(reservation.id(), outcome);
		}
		return this.reservations.findByOrder(orderId);
	}

	/** The order's reservations, and whether this call made them (false: a repeat of an earlier call). */
	record Reserved(List<Reservation> reservations, boolean created) {
	}

}
