package io.cleanair.ingest.config;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code aq.registry.*}: how the in-memory copy of stations and keys follows the
 * database, and how often the outbox relay looks for unpublished registry events.
 *
 * @param refreshInterval how often the copy is reloaded (changes made through another
 * instance show here within this)
 * @param outboxInterval how often the relay looks for events it could not publish yet
 * @param outboxSendTimeout how long the relay waits for the broker's acknowledgement
 */
@Validated
@ConfigurationProperties("aq.registry")
public record RegistryProperties(@DefaultValue("PT5S") @NotNull Duration refreshInterval,
		@DefaultValue("PT1S") @NotNull Duration outboxInterval,
		@DefaultValue("PT10S") @NotNull Duration outboxSendTimeout) {
}
