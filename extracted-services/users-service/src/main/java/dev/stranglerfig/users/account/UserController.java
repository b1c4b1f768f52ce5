package dev.stranglerfig.users.account;

import java.net.URI;

import dev.stranglerfig.users.web.PageResponse;
import dev.stranglerfig.users.web.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/users}: the monolith's paths, parameters and status codes. */
@RestController
@RequestMapping("/api/users")
class UserController {

	private final AccountService accounts;

	UserController(AccountService accounts) {
		this.accounts = accounts;
	}

	@PostMapping
	ResponseEntity<UserResponse> register(@Valid @RequestBody UserRequests.Register request) {
		UserResponse user = this.accounts.register(request);
		return ResponseEntity.created(URI.create("/api/users/" + user.id())).body(user);
	}

	@GetMapping
	PageResponse<UserResponse> list(@RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
			@RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
		return this.accounts.listUsers(page, size);
	}

	@GetMapping("/{id}")
	UserResponse get(@PathVariable Long id) {
		return this.accounts.getUser(id);
	}

	@PutMapping("/{id}")
	UserResponse update(@PathVariable Long id, @Valid @RequestBody UserRequests.UpdateProfile request) {
		return this.accounts.updateProfile(id, request);
	}

	@PutMapping("/{id}/status")
	UserResponse changeStatus(@PathVariable Long id, @Valid @RequestBody UserRequests.ChangeStatus request) {
		return this.accounts.changeStatus(id, request.status());
	}

}
