package dev.stranglerfig.legacy.analytics;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/analytics")
class AnalyticsController {

	private final AnalyticsService analyticsService;

	AnalyticsController(AnalyticsService analyticsService) {
		this.analyticsService = analyticsService;
	}

	@PostMapping("/page-views")
	ResponseEntity<Void> recordPageView(@Valid @RequestBody PageView view) {
		this.analyticsService.recordPageView(view);
		return ResponseEntity.accepted().build();
	}

	@GetMapping("/daily-sales")
	List<DailySales> dailySales(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(required = false) String category) {
		return this.analyticsService.dailySales(new ReportPeriod(from, to), category);
	}

	@GetMapping("/top-products")
	List<TopProduct> topProducts(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
		return this.analyticsService.topProducts(new ReportPeriod(from, to), limit);
	}

}
