package dev.stranglerfig.legacy.notifications;

import java.util.Map;

import dev.stranglerfig.legacy.common.PageResponse;
import dev.stranglerfig.legacy.common.Paging;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
class NotificationController {

	private final NotificationService notificationService;

	private final NotificationDispatcher dispatcher;

	NotificationController(NotificationService notificationService, NotificationDispatcher dispatcher) {
		this.notificationService = notificationService;
		this.dispatcher = dispatcher;
	}

	@GetMapping
	PageResponse<NotificationResponse> search(@RequestParam(required = false) Long userId,
			@RequestParam(required = false) NotificationStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
			@RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
		return PageResponse.of(
				this.notificationService.search(userId, status, PageRequest.of(page, size, Sort.by("id"))),
				NotificationResponse::of);
	}

	@PostMapping("/dispatch")
	Map<String, Integer> dispatch() {
		return Map.of("sent", this.dispatcher.dispatchPending());
	}

}
