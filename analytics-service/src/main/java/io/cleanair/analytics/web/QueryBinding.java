package io.cleanair.analytics.web;

import java.util.Locale;

import io.cleanair.core.pollutant.Pollutant;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * How query records bind their values: a pollutant as {@link Pollutant#parse} reads it
 * ({@code PM2_5} or {@code PM2.5}), any other enum by its name in any case, with
 * {@code -} for {@code _} (so {@code scope=station}, {@code interval=hour},
 * {@code compare=previous-year}). A blank value is absent.
 */
@Configuration(proxyBeanMethods = false)
class QueryBinding implements WebFluxConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, Pollutant.class, text -> text.isBlank() ? null : Pollutant.parse(text));
		registry.addConverterFactory(new AnyCaseEnums());
	}

	/**
	 * The words a query uses for an enum's constants: lower case, {@code -} for
	 * {@code _}.
	 */
	static String word(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static final class AnyCaseEnums implements ConverterFactory<String, Enum> {

		@Override
		public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
			return text -> {
				if (text.isBlank()) {
					return null;
				}
				for (T constant : type.getEnumConstants()) {
					if (word(constant).equalsIgnoreCase(text) || constant.name().equalsIgnoreCase(text)) {
						return constant;
					}
				}
				throw new IllegalArgumentException("no " + type.getSimpleName() + " '" + text + "'");
			};
		}

	}

}
