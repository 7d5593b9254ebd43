/**
 * Quality control of incoming readings: physically plausible ranges per pollutant (a
 * value above them is rejected) and checks for suspicious but possible values (spikes,
 * stuck analysers) that are flagged, not dropped.
 */
package io.cleanair.core.qc;
