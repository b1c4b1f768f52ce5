package dev.stranglerfig.inventory.reservation;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * legacy's reservation read, and the order flow's API (not part of legacy's public contract: the monolith's order
 * flow calls it directly once inventory owns its data). Every write is keyed by the order id and may be repeated.
 */
@RestController
@RequestMapping("/api/inventory")
class ReservationController {

	private final Reservations reservations;

	ReservationController(Reservations reservations) {
		this.reservations = reservations;
	}

	@GetMapping("/reservations")
	List<ReservationResponse> list(@RequestParam Long orderId) {
		return responses(this.reservations.of(orderId));
	}

	/** 201 when this call reserved, 200 when it repeats one that did. */
	@PutMapping("/orders/{orderId}/reservation")
	ResponseEntity<List<ReservationResponse>> reserve(@PathVariable @Positive Long orderId,
			@Valid @RequestBody ReserveStock request) {
		Reservations.Reserved reserved = this.reservations.reserve(orderId, request);
		return ResponseEntity.status(reserved.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/api/inventory/reservations?orderId=" + orderId))
			.body(responses(reserved.reservations()));
	}

	@PostMapping("/orders/{orderId}/reservation/release")
	List<ReservationResponse> release(@PathVariable @Positive Long orderId) {
		return responses(this.reservations.release(orderId));
	}

	@PostMapping("/orders/{orderId}/reservation/commit")
	List<ReservationResponse> commit(@PathVariable @Positive Long orderId) {
		return responses(this.reservations.commit(orderId));
	}

	private static List<ReservationResponse> responses(List<Reservation> reservations) {
		return reservations.stream().map(ReservationResponse::of).toList();
	}

}
