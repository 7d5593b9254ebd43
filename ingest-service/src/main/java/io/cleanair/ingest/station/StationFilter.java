package io.cleanair.ingest.station;

import java.util.List;

/** Optional filters of the station list; null means any. */
record StationFilter(String districtId, Station.StationKind kind, Boolean active) {

	/**
	 * The SQL {@code WHERE} clause (or nothing), adding its parameters to {@code params}.
	 */
	String where(List<Object> params) {
		StringBuilder where = new StringBuilder();
		if (districtId != null) {
			where.append(" AND district_id = ?");
			params.add(districtId);
		}
		if (kind != null) {
			where.append(" AND kind = ?");
			params.add(kind.name());
		}
		if (active != null) {
			where.append(" AND active = ?");
			params.add(active);
		}
		return where.isEmpty() ? "" : " WHERE" + where.substring(4);
	}
}
