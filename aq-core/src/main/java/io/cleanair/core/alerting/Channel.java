package io.cleanair.core.alerting;

/** How a notification reaches an official. */
public enum Channel {

	SMS, EMAIL

}
