package dev.stranglerfig.legacy.analytics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, both ends included, in UTC. Capped at 366 days so nobody scans the whole
 * order history from the reporting screen.
 */
record ReportPeriod(LocalDate from, LocalDate to) {

	static final long MAX_DAYS = 366;

	ReportPeriod {
		if (to.isBefore(from)) {
			throw new InvalidReportPeriodException("to (" + to + ") must not be before from (" + from + ")");
		}
		if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
			throw new InvalidReportPeriodException(
					"from " + from + " to " + to + " is more than " + MAX_DAYS + " days apart");
		}
	}

	OffsetDateTime start() {
		return this.from.atStartOfDay().atOffset(ZoneOffset.UTC);
	}

	/** Midnight after the last day: reports select {@code start() <= t < end()}. */
	OffsetDateTime end() {
		return this.to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
	}

}
