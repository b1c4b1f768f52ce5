package dev.stranglerfig.legacy.notifications;

public enum NotificationStatus {

	PENDING, SENT, FAILED

}
