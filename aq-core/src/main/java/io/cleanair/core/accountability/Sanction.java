package io.cleanair.core.accountability;

import java.util.List;

import io.cleanair.core.alerting.Role;

/** A rung of the ladder, and whom it is addressed to. */
public enum Sanction {

	/** A public notice of criticism (通报批评), to the district's principal. */
	NOTICE_OF_CRITICISM("通报批评", "notice of criticism", List.of(Role.PRINCIPAL_RESPONSIBLE)),

	/** A yellow-card warning (黄牌警告), to the principal and the city leader. */
	YELLOW_CARD("黄牌警告", "yellow-card warning", List.of(Role.PRINCIPAL_RESPONSIBLE, Role.CITY_LEADER)),

	/** The principal is summoned for a warning talk (约谈). */
	WARNING_TALK("约谈", "summons for a warning talk", List.of(Role.PRINCIPAL_RESPONSIBLE, Role.CITY_LEADER)),

	/**
	 * The annual good-day target was missed: the district's leaders are vetoed (一票否决) for
	 * the year.
	 */
	VETO("一票否决", "veto", List.of(Role.PRINCIPAL_RESPONSIBLE, Role.CITY_LEADER));

	private final String chinese;

	private final String english;

	private final List<Role> addressees;

	Sanction(String chinese, String english, List<Role> addressees) {
		this.chinese = chinese;
		this.english = english;
		this.addressees = addressees;
	}

	public String chinese() {
		return chinese;
	}

	public String english() {
		return english;
	}

	/**
	 * The roles told of this step (the leading group hears of every step in its
	 * briefing).
	 */
	public List<Role> addressees() {
		return addressees;
	}

}
