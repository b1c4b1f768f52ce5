package dev.stranglerfig.legacy.payments;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Stands in for the card processor: tokens starting with {@code tok_decline} are declined, any other
 * {@code tok_} token is approved. Tokens ending in four digits report them as the card's last four.
 */
@Component
class SimulatedCardGateway implements PaymentGateway {

	@Override
	public CardCharge charge(String cardToken, BigDecimal amount, String currency) {
		if (cardToken.startsWith("tok_decline")) {
			return CardCharge.declined("the card issuer declined the charge");
		}
		if (!cardToken.startsWith("tok_")) {
			return CardCharge.declined("unknown card token");
		}
		String last4 = cardToken.matches(".*\\d{4}") ? cardToken.substring(cardToken.length() - 4) : null;
		return CardCharge.approved("sim_" + UUID.randomUUID(), last4);
	}

}
