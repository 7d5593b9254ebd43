package io.cleanair.alert.config;

import java.util.List;

import io.cleanair.alert.official.Official;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param mailFrom the sender address of alert emails
 * @param officials the officials to notify and the districts they answer for
 */
@Validated
@ConfigurationProperties("aq.alert")
public record AlertProperties(@NotBlank String mailFrom, @NotBlank String signalsTopic,
		List<@Valid Official> officials) {

	public AlertProperties {
		officials = officials == null ? List.of() : List.copyOf(officials);
	}
}
