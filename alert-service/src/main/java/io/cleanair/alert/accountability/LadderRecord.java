package io.cleanair.alert.accountability;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import io.cleanair.core.accountability.Sanction;

/** What the ladder's record holds: monthly standings and the steps taken. */
public final class LadderRecord {

	private LadderRecord() {
	}

	/** A district's place in a month's ranking by composite index. */
	public record Standing(String districtId, YearMonth month, int rank, int districtsRanked, boolean bottomThree,
			BigDecimal compositeIndex) {
	}

	/**
	 * A step taken.
	 *
	 * @param evidence the standings behind it (the months of the streak), or the year's
	 * target status for a veto
	 */
	public record Step(UUID id, String districtId, YearMonth month, Sanction sanction, String sanctionZh, int streak,
			List<Standing> evidence, String evidenceNote, Instant recordedAt) {
	}

}
