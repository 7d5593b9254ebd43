package io.cleanair.portal.page;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * {@code ?lang=} of a page: English for {@code en} (or {@code en-GB}, …), Chinese
 * otherwise and by default.
 */
record PageQuery(Lang lang) {

	Lang language() {
		return lang == null ? Lang.ZH : lang;
	}

	/**
	 * {@code lang} binds as {@link Lang#of} reads it: a value it does not know is
	 * Chinese, never an error.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Binding implements WebFluxConfigurer {

		@Override
		public void addFormatters(FormatterRegistry registry) {
			registry.addConverter(String.class, Lang.class, Lang::of);
		}

	}
}
