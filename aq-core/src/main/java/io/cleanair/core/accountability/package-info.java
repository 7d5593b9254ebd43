/**
 * The accountability ladder: a district that stays in the bottom three of the monthly
 * ranking climbs from a notice of criticism to a yellow card to a summons for a warning
 * talk ({@link io.cleanair.core.accountability.LadderRules} says after how many months),
 * leaving the bottom three resets the count, and a missed annual good-day target is a
 * veto ({@link io.cleanair.core.accountability.AccountabilityLadder}).
 */
package io.cleanair.core.accountability;
