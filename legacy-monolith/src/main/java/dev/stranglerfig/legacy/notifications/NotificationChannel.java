package dev.stranglerfig.legacy.notifications;

public enum NotificationChannel {

	EMAIL, SMS

}
