package io.cleanair.alert.rectification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cleanair.alert.config.AlertProperties;
import io.cleanair.alert.notice.OutboxNotices;
import io.cleanair.alert.notice.Recipients;
import io.cleanair.alert.web.Problems;
import io.cleanair.core.alerting.Channel;
import io.cleanair.core.alerting.EscalationStep;
import io.cleanair.core.alerting.Language;
import io.cleanair.core.alerting.NoticeKind;
import io.cleanair.core.alerting.Official;
import io.cleanair.core.alerting.Route;
import io.cleanair.core.alerting.RoutingPolicy;
import io.cleanair.core.rectification.RectificationClock;
import io.cleanair.core.rectification.RectificationStatus;
import io.cleanair.security.ApiPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's use cases: the bureau (admin) creates, assigns, verifies and reopens; the
 * responsible official reports progress and marks an item in progress or rectified; every
 * change is audited. A sweep reminds the responsible official of a missing weekly report
 * (once a report period) and escalates an overdue item one step of the district's default
 * alert route at a time (each step once, whatever the instances do).
 */
@Service
public class RectificationService {

	private final RectificationRepository repository;

	private final Recipients recipients;

	private final OutboxNotices notices;

	private final TransactionTemplate transaction;

	private final RoutingPolicy policy;

	private final RectificationClock deadlines;

	private final Clock clock;

	RectificationService(RectificationRepository repository, Recipients recipients, OutboxNotices notices,
			TransactionTemplate transaction, RoutingPolicy policy, RectificationProperties properties,
			AlertProperties alert, Clock clock) {
		this.repository = repository;
		this.recipients = recipients;
		this.notices = notices;
		this.transaction = transaction;
		this.policy = policy;
		this.deadlines = new RectificationClock(alert.zone(), properties.escalationEvery(), properties.reportEvery());
		this.clock = clock;
	}

	public RectificationItem create(NewItem n, ApiPrincipal actor) {
		Instant now = clock.instant();
		String official = blank(n.officialId());
		if (official != null) {
			requireOfficial(official, n.districtId());
		}
		RectificationItem item = new RectificationItem(UUID.randomUUID(), n.title().trim(), n.description(),
				n.location(), n.districtId(), official, n.incidentId() == null ? "BUREAU" : "INCIDENT", n.incidentId(),
				n.deadline(), RectificationStatus.OPEN, 0, now, now, official == null ? null : now, null, null);
		transaction.executeWithoutResult(s -> {
			repository.insert(item);
			repository.audit(
					item.id(), actor.owner(), "CREATED", item.title() + ", " + item.districtId()
							+ (official == null ? "" : ", assigned to " + official) + ", deadline " + item.deadline(),
					now);
		});
		return item;
	}

	public RectificationItem assign(UUID id, String districtId, String officialId, LocalDate deadline,
			ApiPrincipal actor) {
		return transaction.execute(s -> {
			RectificationItem item = locked(id);
			String district = districtId == null ? item.districtId() : districtId;
			requireOfficial(officialId, district);
			LocalDate due = deadline == null ? item.deadline() : deadline;
			Instant now = clock.instant();
			repository.assign(id, district, officialId, due, now);
			repository.audit(id, actor.owner(), "ASSIGNED", "to " + officialId + " (" + district + "), deadline " + due,
					now);
			return repository.find(id).orElseThrow();
		});
	}

	/**
	 * A dated progress note of the responsible official (or the admin); it counts as the
	 * weekly report.
	 */
	public RectificationItem progress(UUID id, String note, ApiPrincipal actor) {
		return transaction.execute(s -> {
			RectificationItem item = locked(id);
			requireResponsibleOrAdmin(item, actor);
			Instant now = clock.instant();
			repository.addNote(id, actor.owner(), note, now);
			repository.audit(id, actor.owner(), "PROGRESS", note, now);
			return repository.find(id).orElseThrow();
		});
	}

	public RectificationItem move(UUID id, RectificationStatus to, String note, ApiPrincipal actor) {
		return transaction.execute(s -> {
			RectificationItem item = locked(id);
			if (to.bureauOnly() && !actor.isAdmin()) {
				throw Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
						"only the bureau (the admin key) verifies or reopens an item");
			}
			requireResponsibleOrAdmin(item, actor);
			if (!item.status().canMoveTo(to)) {
				throw Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict",
						new RectificationStatus.IllegalTransitionException(item.status(), to).getMessage());
			}
			Instant now = clock.instant();
			repository.status(id, to, now);
			if (to == RectificationStatus.REOPENED) {
				repository.claimEscalation(id, 0);
			}
			repository.audit(id, actor.owner(), "STATUS",
					item.status() + " → " + to + (note == null ? "" : ": " + note), now);
			return repository.find(id).orElseThrow();
		});
	}

	public Optional<Details> details(UUID id) {
		return repository.find(id)
			.map(i -> new Details(i, overdue(i), repository.notes(id), repository.auditTrail(id)));
	}

	public List<RectificationItem> search(String districtId, RectificationStatus status, int limit) {
		return repository.search(districtId, status, limit);
	}

	public boolean overdue(RectificationItem i) {
		return deadlines.overdue(i.status(), i.deadline(), clock.instant());
	}

	/**
	 * The ledger as a briefing shows it: due in the next week, overdue, and verified in
	 * [from, to).
	 */
	public Digest digest(Instant from, Instant to, LocalDate today) {
		List<RectificationItem> due = new ArrayList<>();
		List<RectificationItem> overdue = new ArrayList<>();
		for (RectificationItem i : repository.awaiting()) {
			if (deadlines.overdue(i.status(), i.deadline(), to)) {
				overdue.add(i);
			}
			else if (!i.deadline().isAfter(today.plusDays(7))) {
				due.add(i);
			}
		}
		return new Digest(due, overdue, repository.closedBetween(from, to));
	}

	/**
	 * Reminders and overdue escalations that came due; returns how many notices were
	 * stored.
	 */
	public int sweep() {
		int stored = 0;
		for (RectificationItem item : repository.awaiting()) {
			Integer n = transaction.execute(s -> remindAndEscalate(item, clock.instant()));
			stored += n == null ? 0 : n;
		}
		notices.wake();
		return stored;
	}

	private int remindAndEscalate(RectificationItem item, Instant now) {
		int stored = 0;
		if (item.officialId() != null && deadlines.reportMissing(item.status(), item.reportClockStart(), now)) {
			long period = deadlines.reportPeriod(item.reportClockStart(), now);
			if (repository.claimReminder(item.id(), period)) {
				Optional<Official> o = recipients.find(item.officialId());
				if (o.isPresent()) {
					stored += tell(o.get(),
							"rectification:" + item.id() + ":report:" + item.reportClockStart() + ":" + period, item,
							false);
				}
				repository.audit(item.id(), "system", "REPORT_REMINDER",
						"no progress report since " + item.reportClockStart(), now);
			}
		}
		Route route = districtRoute(item.districtId());
		int level = deadlines.escalationLevel(item.status(), item.deadline(), now, route.steps().size());
		if (level > item.escalationLevel() && repository.claimEscalation(item.id(), level)) {
			Set<Official> told = new LinkedHashSet<>();
			if (item.escalationLevel() == 0 && item.officialId() != null) {
				recipients.find(item.officialId()).ifPresent(told::add);
			}
			for (int step = item.escalationLevel(); step < level; step++) {
				EscalationStep s = route.steps().get(step);
				told.addAll(recipients.forDistrict(item.districtId(), List.of(s.role())));
			}
			for (Official o : told) {
				stored += tell(o, "rectification:" + item.id() + ":overdue:" + level, item, true);
			}
			repository.audit(item.id(), "system", "OVERDUE_ESCALATION", "level " + level + " (deadline "
					+ item.deadline() + "): " + String.join(", ", told.stream().map(Official::id).toList()), now);
		}
		return stored;
	}

	private Route districtRoute(String districtId) {
		RoutingPolicy.DistrictRoutes district = policy.byDistrict().get(districtId);
		return district != null && district.defaultRoute() != null ? district.defaultRoute() : policy.defaultRoute();
	}

	private int tell(Official o, String key, RectificationItem item, boolean overdue) {
		boolean zh = o.language() == Language.ZH;
		String subject = overdue ? (zh ? "【整改逾期】" : "[Rectification overdue] ") + item.title()
				: (zh ? "【整改进展周报未报】" : "[Weekly rectification report missing] ") + item.title();
		String text = zh
				? "整改事项：" + item.title() + "\n地点：" + nz(item.location()) + "\n责任区：" + item.districtId() + "\n整改时限："
						+ item.deadline() + "\n状态：" + item.status()
						+ (overdue ? "\n已超过整改时限，请尽快整改并报告进展。"
								: "\n本周尚未报送整改进展，请通过 POST /api/v1/rectifications/" + item.id() + "/progress 报送。")
				: "Rectification item: " + item.title() + "\nLocation: " + nz(item.location()) + "\nDistrict: "
						+ item.districtId() + "\nDeadline: " + item.deadline() + "\nStatus: " + item.status()
						+ (overdue ? "\nThe deadline has passed: rectify and report progress."
								: "\nNo progress report this week: POST /api/v1/rectifications/" + item.id()
										+ "/progress.");
		return notices.enqueue(NoticeKind.RECTIFICATION, key, o, Channel.EMAIL, subject, text, null, clock.instant())
				? 1 : 0;
	}

	private RectificationItem locked(UUID id) {
		return repository.lock(id)
			.orElseThrow(
					() -> Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", "no rectification item " + id));
	}

	private void requireOfficial(String officialId, String districtId) {
		Official o = recipients.find(officialId)
			.filter(Official::active)
			.orElseThrow(() -> Problems.badRequest("officialId", "no active official '" + officialId + "'"));
		if (!o.answersFor(districtId)) {
			throw Problems.badRequest("officialId", officialId + " does not answer for " + districtId);
		}
	}

	private static void requireResponsibleOrAdmin(RectificationItem item, ApiPrincipal actor) {
		if (!actor.isAdmin() && !actor.owner().equals(item.officialId())) {
			throw Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
					"only the responsible official (" + item.officialId() + ") or the admin may change this item");
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static String nz(String s) {
		return s == null ? "—" : s;
	}

	/** What the admin gives to create an item. */
	public record NewItem(String title, String description, String location, String districtId, String officialId,
			UUID incidentId, LocalDate deadline) {
	}

	/** An item with whether it is overdue, its progress notes and its audit trail. */
	public record Details(RectificationItem item, boolean overdue, List<RectificationRepository.Note> notes,
			List<RectificationRepository.AuditEntry> audit) {
	}

	/** The ledger for a briefing. */
	public record Digest(List<RectificationItem> due, List<RectificationItem> overdue, List<RectificationItem> closed) {
	}

}
