package io.cleanair.portal.page;

import io.cleanair.problems.Identifiers;
import java.time.Duration;

import io.cleanair.portal.api.NotFoundException;
import io.cleanair.portal.api.Responses;
import io.cleanair.portal.view.CurrentView;
import io.cleanair.portal.view.PortalView.StationNow;
import io.cleanair.portal.view.Rendered;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The residents' pages, server-rendered once per view and language. */
@Hidden
@RestController
class PageController {

	private static final String HTML = "text/html;charset=UTF-8";

	private static final CacheControl PAGE = CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic();

	private final CurrentView current;

	private final IndexPage index;

	private final StationPage station;

	PageController(CurrentView current, IndexPage index, StationPage station) {
		this.current = current;
		this.index = index;
		this.station = station;
	}

	@GetMapping("/")
	ResponseEntity<byte[]> index(ServerHttpRequest request, PageQuery query) {
		Lang l = query.language();
		Rendered r = current.rendered("page:" + l, view -> Rendered.of(index.render(view, l), HTML));
		return Responses.send(request, r, PAGE);
	}

	@GetMapping("/stations/{id}")
	ResponseEntity<byte[]> station(ServerHttpRequest request, @PathVariable String id, PageQuery query) {
		Identifiers.requireIdentifier("id", id);
		Lang l = query.language();
		StationNow s = current.view().station(id).orElseThrow(() -> new NotFoundException("no station '" + id + "'"));
		Rendered r = current.rendered("station-page:" + l + ":" + id,
				view -> Rendered.of(station.render(view, view.station(id).orElse(s), l), HTML));
		return Responses.send(request, r, PAGE);
	}

}
