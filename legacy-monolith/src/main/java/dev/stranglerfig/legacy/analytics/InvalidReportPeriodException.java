package dev.stranglerfig.legacy.analytics;

import dev.stranglerfig.legacy.common.ShopException;

import org.springframework.http.HttpStatus;

class InvalidReportPeriodException extends ShopException {

	InvalidReportPeriodException(String detail) {
		super(HttpStatus.BAD_REQUEST, "invalid-report-period", detail);
	}

}
