package io.cleanair.core.alerting;

import java.time.Duration;

import io.cleanair.core.alerting.IncidentLifecycle.Action;
import io.cleanair.core.alerting.IncidentLifecycle.Decision;
import io.cleanair.core.event.AlertSignal.Severity;
import org.junit.jupiter.api.Test;

import static io.cleanair.core.alerting.AlertingFixtures.T0;
import static io.cleanair.core.alerting.AlertingFixtures.heavy;
import static io.cleanair.core.alerting.AlertingFixtures.recovered;
import static org.assertj.core.api.Assertions.assertThat;

class IncidentLifecycleTests {

	final IncidentLifecycle lifecycle = new IncidentLifecycle(Duration.ofHours(1));

	@Test
	void firstSignalOpensAndRepeatsJoinTheSameIncident() {
		Decision opened = lifecycle.onSignal(null, heavy(Severity.WARNING), T0);
		assertThat(opened.action()).isEqualTo(Action.OPENED);
		assertThat(opened.incident().status()).isEqualTo(IncidentStatus.OPEN);

		Decision repeat = lifecycle.onSignal(opened.incident(), heavy(Severity.WARNING), T0.plusSeconds(600));
		assertThat(repeat.action()).isEqualTo(Action.UPDATED);
		assertThat(repeat.incident().id()).isEqualTo(opened.incident().id());
		assertThat(repeat.incident().openedAt()).isEqualTo(T0);
		assertThat(repeat.incident().lastSignalAt()).isEqualTo(T0.plusSeconds(600));
	}

	@Test
	void severityOnlyRises() {
		Incident i = lifecycle.onSignal(null, heavy(Severity.WARNING), T0).incident();
		Decision critical = lifecycle.onSignal(i, heavy(Severity.CRITICAL), T0.plusSeconds(60));
		assertThat(critical.incident().severity()).isEqualTo(Severity.CRITICAL);
		assertThat(critical.note()).contains("severity raised to CRITICAL");
		Decision lower = lifecycle.onSignal(critical.incident(), heavy(Severity.WARNING), T0.plusSeconds(120));
		assertThat(lower.incident().severity()).isEqualTo(Severity.CRITICAL);
	}

	@Test
	void recoveredResolvesAndIsIgnoredWithoutAnOpenIncident() {
		assertThat(lifecycle.onSignal(null, recovered(), T0).action()).isEqualTo(Action.IGNORED);
		Incident i = lifecycle.onSignal(null, heavy(Severity.WARNING), T0).incident();
		Decision resolved = lifecycle.onSignal(i, recovered(), T0.plusSeconds(3600));
		assertThat(resolved.action()).isEqualTo(Action.RESOLVED);
		assertThat(resolved.incident().status()).isEqualTo(IncidentStatus.RESOLVED);
		assertThat(resolved.incident().resolvedAt()).isEqualTo(T0.plusSeconds(3600));
		assertThat(lifecycle.onSignal(resolved.incident(), recovered(), T0.plusSeconds(3700)).action())
			.isEqualTo(Action.IGNORED);
	}

	@Test
	void flappingWithinTheCooldownReopensInsteadOfOpeningANewIncident() {
		Incident i = lifecycle.onSignal(null, heavy(Severity.WARNING), T0).incident();
		Incident resolved = lifecycle.onSignal(i, recovered(), T0.plusSeconds(600)).incident();

		Decision back = lifecycle.onSignal(resolved, heavy(Severity.WARNING), T0.plusSeconds(600 + 3599));
		assertThat(back.action()).isEqualTo(Action.REOPENED);
		assertThat(back.incident().id()).isEqualTo(i.id());
		assertThat(back.incident().round()).isEqualTo(1);
		assertThat(back.incident().status()).isEqualTo(IncidentStatus.OPEN);
		assertThat(back.incident().resolvedAt()).isNull();

		Decision later = lifecycle.onSignal(resolved, heavy(Severity.WARNING), T0.plusSeconds(600 + 3600));
		assertThat(later.action()).isEqualTo(Action.OPENED);
		assertThat(later.incident().id()).isNotEqualTo(i.id());
	}

	@Test
	void acknowledgementIsRecordedOnce() {
		Incident i = lifecycle.onSignal(null, heavy(Severity.WARNING), T0).incident();
		Decision ack = lifecycle.acknowledge(i, "li-wei", T0.plusSeconds(60));
		assertThat(ack.action()).isEqualTo(Action.ACKNOWLEDGED);
		assertThat(ack.incident().status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
		assertThat(ack.incident().acknowledgedBy()).isEqualTo("li-wei");
		assertThat(lifecycle.acknowledge(ack.incident(), "wang-fang", T0.plusSeconds(120)).action())
			.isEqualTo(Action.IGNORED);
		// a reopened incident keeps its acknowledgement
		Incident resolved = lifecycle.onSignal(ack.incident(), recovered(), T0.plusSeconds(200)).incident();
		assertThat(lifecycle.onSignal(resolved, heavy(Severity.WARNING), T0.plusSeconds(300)).incident().status())
			.isEqualTo(IncidentStatus.ACKNOWLEDGED);
	}

}
