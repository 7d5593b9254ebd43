/**
 * Alerting policy as plain Java: the officials and their roles, routing and escalation
 * ({@link io.cleanair.core.alerting.RoutingPolicy},
 * {@link io.cleanair.core.alerting.EscalationStep}), the incident state machine
 * ({@link io.cleanair.core.alerting.IncidentLifecycle}), quiet hours, who is told what
 * and when ({@link io.cleanair.core.alerting.NotificationPlanner}) and SMS length rules
 * ({@link io.cleanair.core.alerting.SmsText}). Everything here decides and returns
 * values; alert-service stores them and sends.
 */
package io.cleanair.core.alerting;
