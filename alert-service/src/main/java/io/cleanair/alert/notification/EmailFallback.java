package io.cleanair.alert.notification;

import java.time.Instant;
import java.util.Optional;

/** Writes the email that stands in for an SMS that could not be sent. */
public interface EmailFallback {

	/**
	 * Stores (or finds, when the route already emailed the official) the email carrying the same notice;
	 * empty when the official has no email address.
	 */
	Optional<Notification> emailFor(Notification sms, Instant now);
}
