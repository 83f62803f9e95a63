package org.pledgegraph.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A date at the precision its source states: a year, a year-month, a day, or an instant with its zone.
 * "August 2023" stays a year-month; it is never widened to the 1st of the month.
 */
public record PartialDate(String lexical, Precision precision) {

    /** How much of a date the source states. */
    public enum Precision {
        YEAR("year"), MONTH("month"), DAY("day"), INSTANT("instant");

        private final String label;

        Precision(String label) {
            this.label = label;
        }

        /** Returns the lower-case name used in the graph ("year", "month", "day", "instant"). */
        public String label() {
            return label;
        }
    }

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern INSTANT =
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})");

    public PartialDate {
        Objects.requireNonNull(lexical, "lexical");
        Objects.requireNonNull(precision, "precision");
    }

    /**
     * Returns the date written as {@code 2020}, {@code 2020-06}, {@code 2020-06-08} or an ISO date-time with a zone.
     *
     * @throws IllegalArgumentException naming the value and why it is not a date
     */
    public static PartialDate parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("missing date");
        }
        String s = text.strip();
        try {
            if (YEAR.matcher(s).matches()) {
                return new PartialDate(s, Precision.YEAR);
            }
            if (MONTH.matcher(s).matches()) {
                YearMonth.parse(s);
                return new PartialDate(s, Precision.MONTH);
            }
            if (DAY.matcher(s).matches()) {
                LocalDate.parse(s);
                return new PartialDate(s, Precision.DAY);
            }
            if (INSTANT.matcher(s).matches()) {
                OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                // Keep what the source wrote, normalised only so that "+00:00" and "Z" do not differ, and with
                // the seconds xsd:dateTime requires ("18:02Z" states 18:02:00).
                String lexical = s.endsWith("+00:00") ? s.substring(0, s.length() - 6) + "Z" : s;
                if (lexical.charAt(16) != ':') {
                    lexical = lexical.substring(0, 16) + ":00" + lexical.substring(16);
                }
                return new PartialDate(lexical, Precision.INSTANT);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a real date: \"" + s + "\"");
        }
        throw new IllegalArgumentException(
                "not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ): \"" + s + "\"");
    }

    /** Returns the day this date states, for a day-precision date. */
    public LocalDate toLocalDate() {
        if (precision != Precision.DAY) {
            throw new IllegalStateException("not a day-precision date: " + lexical);
        }
        return LocalDate.parse(lexical);
    }

    /**
     * Returns a string that sorts chronologically across precisions: the ISO prefix, so "2023-08" sorts before
     * "2023-08-01" and after "2023-07-31".
     */
    public String sortKey() {
        return lexical;
    }

    @Override
    public String toString() {
        return lexical;
    }
}
