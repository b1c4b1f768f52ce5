package dev.stranglerfig.legacy.analytics;

import java.math.BigDecimal;
import java.util.List;

import dev.stranglerfig.legacy.catalog.ProductRepository;
import dev.stranglerfig.legacy.common.ShopClock;
import dev.stranglerfig.legacy.common.UnknownReferenceException;
import dev.stranglerfig.legacy.users.UserRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reporting writes and reads. The order flow records each sold line here, inside its own transaction. */
@Service
public class AnalyticsService {

	private final SalesEventRepository salesEvents;

	private final PageViewEventRepository pageViews;

	private final SalesReports reports;

	private final UserRepository users;

	private final ProductRepository products;

	AnalyticsService(SalesEventRepository salesEvents, PageViewEventRepository pageViews, SalesReports reports,
			UserRepository users, ProductRepository products) {
		this.salesEvents = salesEvents;
		this.pageViews = pageViews;
		this.reports = reports;
		this.users = users;
		this.products = products;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void recordSale(long orderId, long productId, int quantity, BigDecimal amount) {
		this.salesEvents.save(new SalesEvent(orderId, productId, quantity, amount, ShopClock.now()));
	}

	/** The ids are foreign keys: check them first so a stale id is a 400 naming the field, not a 409. */
	@Transactional
	void recordPageView(PageView view) {
		if (view.userId() != null && !this.users.existsById(view.userId())) {
			throw new UnknownReferenceException("userId", "User", view.userId());
		}
		if (view.productId() != null && !this.products.existsById(view.productId())) {
			throw new UnknownReferenceException("productId", "Product", view.productId());
		}
		this.pageViews.save(new PageViewEvent(view.sessionId(), view.userId(), view.productId(), view.path(),
				ShopClock.now()));
	}

	@Transactional(readOnly = true)
	List<DailySales> dailySales(ReportPeriod period, String categorySlug) {
		return this.reports.dailySales(period, categorySlug);
	}

	@Transactional(readOnly = true)
	List<TopProduct> topProducts(ReportPeriod period, int limit) {
		return this.reports.topProducts(period, limit);
	}

}
