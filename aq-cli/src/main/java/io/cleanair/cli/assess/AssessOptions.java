package io.cleanair.cli.assess;

import java.util.List;
import java.util.Locale;

/** The validated options of {@code aq assess}. */
record AssessOptions(String standard, Grouping grouping, InputFormat format, double minStationShare) {

    /** The HJ 633 choices of the assessment (US indices do not define good days). */
    static final List<String> STANDARDS = List.of("hj633", "hj633-2012", "hj633-2026");

    static AssessOptions parse(String standard, String group, String format, double minStationShare) {
        String s = standard.strip().toLowerCase(Locale.ROOT);
        if (!STANDARDS.contains(s)) {
            throw new IllegalArgumentException("unknown --standard '" + standard + "'; expected one of "
                    + String.join(", ", STANDARDS));
        }
        Grouping g = switch (group.strip().toLowerCase(Locale.ROOT)) {
            case "station" -> Grouping.STATION;
            case "city" -> Grouping.CITY;
            default -> throw new IllegalArgumentException("unknown --group '" + group + "'; expected station or city");
        };
        InputFormat f = format == null ? null : switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "long" -> InputFormat.LONG;
            case "prsa" -> InputFormat.PRSA;
            default -> throw new IllegalArgumentException("unknown --format '" + format + "'; expected long or prsa");
        };
        if (!(minStationShare >= 0 && minStationShare <= 1)) {
            throw new IllegalArgumentException("--min-station-share must be 0..1, got " + minStationShare);
        }
        return new AssessOptions(s, g, f, minStationShare);
    }
}
