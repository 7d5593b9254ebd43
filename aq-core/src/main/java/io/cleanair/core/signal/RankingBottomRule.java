package io.cleanair.core.signal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;

/**
 * {@code RANKING_BOTTOM}: a district ranks among the bottom N (default 3) of the period's
 * ranking by composite index (rank 1 = cleanest; ties share a rank, so a tie at the
 * border brings all of them in). Rankings with fewer districts than the configured
 * minimum say nothing.
 */
public final class RankingBottomRule {

	private final int bottom;

	private final int minimumDistricts;

	public RankingBottomRule(SignalThresholds thresholds) {
		this.bottom = thresholds.rankingBottomCount();
		this.minimumDistricts = thresholds.rankingMinimumDistricts();
	}

	/**
	 * @param period the ranked period, e.g. "2026-11", part of the key
	 */
	public Evaluation evaluate(String period, List<Ranked> ranking, Instant now) {
		if (ranking.size() < minimumDistricts) {
			return Evaluation.none();
		}
		int firstBottomRank = ranking.size() - bottom + 1;
		Evaluation result = Evaluation.none();
		for (Ranked r : ranking) {
			String key = Signals.key(SignalType.RANKING_BOTTOM, r.districtId(), period);
			if (r.rank() < firstBottomRank) {
				result = result.plus(Evaluation.of(key, Optional.empty()));
				continue;
			}
			Map<String, Double> figures = new LinkedHashMap<>();
			figures.put("rank", (double) r.rank());
			figures.put("districts", (double) ranking.size());
			figures.put("compositeIndex", r.compositeIndex());
			String summary = "District %s ranks %d of %d by composite index for %s (%.2f)".formatted(r.districtId(),
					r.rank(), ranking.size(), period, r.compositeIndex());
			result = result.plus(Evaluation.of(key, Optional.of(Signals.signal(SignalType.RANKING_BOTTOM,
					Severity.WARNING, r.districtId(), null, null, key, summary, figures, now))));
		}
		return result;
	}

	/** One district's place: rank 1 = smallest composite index. */
	public record Ranked(String districtId, int rank, double compositeIndex) {
	}

}
