package dev.stranglerfig.legacy.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Sales of one UTC day in one category (null for uncategorised products). */
record DailySales(LocalDate date, String category, long orders, long units, BigDecimal revenue) {

}
