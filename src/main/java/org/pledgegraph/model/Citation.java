package org.pledgegraph.model;

import java.util.Objects;

/**
 * A numbered reference at the end of a plain-text article: the cited work's author, title, publisher and date
 * where the reference line states them, and its URL.
 */
public record Citation(int number, String text, String url, String author, String title, String publisher,
        PartialDate date) {
    public Citation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(url, "url");
        if (number < 1) {
            throw new IllegalArgumentException("citation number " + number + " is not positive");
        }
    }
}
