package dev.stranglerfig.legacy.notifications;

import java.util.Map;

/**
 * The messages the shop sends. Subjects and bodies are {@code {placeholder}} templates filled from the model
 * the caller passes; templates that matter on a phone also go out by SMS when the user has a number.
 */
public enum NotificationTemplate {

	WELCOME("Welcome to the shop, {name}", "Hello {name}, your account is ready.", false),
	ORDER_CONFIRMATION("Order {orderId} confirmed", "We received your order {orderId} of {total} {currency}.", true),
	ORDER_CANCELLED("Order {orderId} cancelled", "Your order {orderId} was cancelled: {reason}.", true),
	SHIPMENT_DISPATCHED("Order {orderId} is on its way", "Track {carrier} parcel {trackingNumber}.", true),
	REFUND_ISSUED("Refund for order {orderId}", "We refunded {amount} {currency} to your card.", false),
	REVIEW_PUBLISHED("Thanks for your review", "Your review of {productName} is live.", false);

	private final String subject;

	private final String body;

	private final boolean alsoSms;

	NotificationTemplate(String subject, String body, boolean alsoSms) {
		this.subject = subject;
		this.body = body;
		this.alsoSms = alsoSms;
	}

	boolean alsoSms() {
		return this.alsoSms;
	}

	String subject(Map<String, ?> model) {
		return fill(this.subject, model);
	}

	String body(Map<String, ?> model) {
		return fill(this.body, model);
	}

	private static String fill(String template, Map<String, ?> model) {
		String text = template;
		for (Map.Entry<String, ?> entry : model.entrySet()) {
			text = text.replace("{" + entry.getKey() + "}", String.valueOf(entry.getValue()));
		}
		return text;
	}

}
