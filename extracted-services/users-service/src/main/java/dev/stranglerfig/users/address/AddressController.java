package dev.stranglerfig.users.address;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/users/{id}/addresses}: the monolith's paths and status codes. */
@RestController
@RequestMapping("/api/users/{id}/addresses")
class AddressController {

	private final AddressService addresses;

	AddressController(AddressService addresses) {
		this.addresses = addresses;
	}

	@GetMapping
	List<AddressResponse> list(@PathVariable Long id) {
		return this.addresses.list(id);
	}

	@PostMapping
	ResponseEntity<AddressResponse> add(@PathVariable Long id, @Valid @RequestBody NewAddress request) {
		AddressResponse address = this.addresses.add(id, request);
		return ResponseEntity.created(URI.create("/api/users/" + id + "/addresses/" + address.id())).body(address);
	}

	@DeleteMapping("/{addressId}")
	ResponseEntity<Void> remove(@PathVariable Long id, @PathVariable Long addressId) {
		this.addresses.remove(id, addressId);
		return ResponseEntity.noContent().build();
	}

}
