package io.cleanair.core.alerting;

/** What an official answers for; routing and escalation steps name roles, not people. */
public enum Role {

	/** The deputy in charge of the district's air quality: told first. */
	DEPUTY_IN_CHARGE,

	/** The principal responsible for the district (e.g. the district head). */
	PRINCIPAL_RESPONSIBLE,

	/** The environment bureau's duty officer. */
	BUREAU_DUTY_OFFICER,

	/** A city leader, told when a condition persists. */
	CITY_LEADER,

	/**
	 * A member of the city's leading group for the air-quality campaign: receives the
	 * morning briefing.
	 */
	LEADING_GROUP

}
