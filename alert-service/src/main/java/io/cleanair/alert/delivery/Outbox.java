package io.cleanair.alert.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cleanair.core.alerting.Incident;
import io.cleanair.core.alerting.NoticeKind;
import io.cleanair.core.alerting.PlannedNotice;

/**
 * The port incidents use to have officials told: planned notices go in (in the caller's
 * transaction), the dispatcher sends them when they are due.
 */
public interface Outbox {

	/**
	 * Writes each notice for its official and channel and stores it, due at its
	 * {@code deliverAt}; a notice already stored (same incident, kind, round, official
	 * and channel) is left as it is.
	 * @param figures the figures the messages show
	 * @param signalId the signal the notices answer, or null
	 */
	void plan(Incident incident, List<PlannedNotice> notices, Map<String, Double> figures, UUID signalId, Instant now);

	/**
	 * Withdraws the incident's pending notices of a kind (only those not yet due unless
	 * {@code evenIfDue}).
	 */
	int withdraw(UUID incidentId, NoticeKind kind, boolean evenIfDue, String reason, Instant now);

	/**
	 * The incident's notifications, locked until the transaction ends so that no
	 * dispatcher changes them.
	 */
	List<Notification> lockForIncident(UUID incidentId);

	/** The incident's notifications, oldest first. */
	List<Notification> forIncident(UUID incidentId);

	/**
	 * Asks for the due notices to be sent soon (after the caller's transaction
	 * committed).
	 */
	void wake();

}
