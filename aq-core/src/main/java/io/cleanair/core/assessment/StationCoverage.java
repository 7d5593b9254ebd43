package io.cleanair.core.assessment;

/**
 * How many of a district's assessment stations must have a valid daily value for the
 * district to have one (docs/standards.md §2.4: no minimum is confirmed, so the default
 * is any one valid station).
 *
 * @param minimumShare share of the district's assessment stations, 0 (= at least one) … 1
 * (= all)
 */
public record StationCoverage(double minimumShare) {

	public static final StationCoverage ANY_STATION = new StationCoverage(0);

	public StationCoverage {
		if (!(minimumShare >= 0 && minimumShare <= 1)) {
			throw new IllegalArgumentException("minimum share must be 0..1: " + minimumShare);
		}
	}

	/**
	 * Whether {@code reporting} valid stations out of {@code assessmentStations} are
	 * enough.
	 */
	public boolean isSatisfied(int reporting, int assessmentStations) {
		int needed = Math.max(1, (int) Math.ceil(minimumShare * assessmentStations - 1e-9));
		return reporting >= needed;
	}
}
