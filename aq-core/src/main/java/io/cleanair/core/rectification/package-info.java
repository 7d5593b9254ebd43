/**
 * The rectification ledger (整改台账): an item found (an open-burning site, a dusty
 * construction site, an enterprise over its limit) is assigned to a responsible district
 * and official with a deadline and moves open → in progress → rectified → verified, or is
 * reopened ({@link io.cleanair.core.rectification.RectificationStatus});
 * {@link io.cleanair.core.rectification.RectificationClock} says when it is overdue, how
 * far its overdue escalation has climbed, and when a weekly progress report is missing.
 */
package io.cleanair.core.rectification;
