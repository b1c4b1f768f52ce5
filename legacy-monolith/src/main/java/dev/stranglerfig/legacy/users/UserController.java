package dev.stranglerfig.legacy.users;

import java.net.URI;
import java.util.List;

import dev.stranglerfig.legacy.common.PageResponse;
import dev.stranglerfig.legacy.common.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users")
class UserController {

	private final UserService userService;

	UserController(UserService userService) {
		this.userService = userService;
	}

	@PostMapping
	ResponseEntity<UserResponse> register(@Valid @RequestBody UserRequests.Register request) {
		User user = this.userService.register(request);
		return ResponseEntity.created(URI.create("/api/users/" + user.getId())).body(UserResponse.of(user));
	}

	@GetMapping
	PageResponse<UserResponse> list(@RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
			@RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
		return PageResponse.of(this.userService.listUsers(PageRequest.of(page, size, Sort.by("id"))),
				UserResponse::of);
	}

	@GetMapping("/{id}")
	UserResponse get(@PathVariable Long id) {
		return UserResponse.of(this.userService.getUser(id));
	}

	@PutMapping("/{id}")
	UserResponse update(@PathVariable Long id, @Valid @RequestBody UserRequests.UpdateProfile request) {
		return UserResponse.of(this.userService.updateProfile(id, request));
	}

	@PutMapping("/{id}/status")
	UserResponse changeStatus(@PathVariable Long id, @Valid @RequestBody UserRequests.ChangeStatus request) {
		return UserResponse.of(this.userService.changeStatus(id, request.status()));
	}

	@GetMapping("/{id}/addresses")
	List<AddressResponse> addresses(@PathVariable Long id) {
		return this.userService.listAddresses(id).stream().map(AddressResponse::of).toList();
	}

	@PostMapping("/{id}/addresses")
	ResponseEntity<AddressResponse> addAddress(@PathVariable Long id,
			@Valid @RequestBody UserRequests.NewAddress request) {
		Address address = this.userService.addAddress(id, request);
		return ResponseEntity.created(URI.create("/api/users/" + id + "/addresses/" + address.getId()))
			.body(AddressResponse.of(address));
	}

	@DeleteMapping("/{id}/addresses/{addressId}")
	ResponseEntity<Void> removeAddress(@PathVariable Long id, @PathVariable Long addressId) {
		this.userService.removeAddress(id, addressId);
		return ResponseEntity.noContent().build();
	}

}
