package dev.stranglerfig.legacy.payments;

import java.math.BigDecimal;

/** The card processor. Charges are captured immediately; there is no separate authorisation step. */
interface PaymentGateway {

	CardCharge charge(String cardToken, BigDecimal amount, String currency);

	/** The processor's answer: approved with its reference and the card's last digits, or declined with why. */
	record CardCharge(boolean approved, String providerRef, String cardLast4, String declineReason) {

		static CardCharge approved(String providerRef, String cardLast4) {
			return new CardCharge(true, providerRef, cardLast4, null);
		}

		static CardCharge declined(String reason) {
			return new CardCharge(false, null, null, reason);
		}

	}

}
