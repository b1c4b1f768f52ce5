package dev.stranglerfig.legacy.notifications;

/** Where messages leave the shop: an SMTP relay or SMS provider in production. */
interface MessageGateway {

	/** @return whether the provider accepted the message */
	boolean send(Notification notification);

}
