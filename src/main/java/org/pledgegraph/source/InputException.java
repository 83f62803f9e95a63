package org.pledgegraph.source;

/**
 * Thrown when an input file cannot be mapped. The message reads {@code FILE:LINE: field: reason}, the line only
 * where known.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String field;
    private final String reason;

    public InputException(String file, int line, String field, String reason) {
        super(format(file, line, field, reason));
        this.file = file;
        this.line = line;
        this.field = field;
        this.reason = reason;
    }

    static String format(String file, int line, String field, String reason) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        return sb.append(reason).toString();
    }

    /** Returns the file, as given to the reader (relative to its data folder where there is one). */
    public String file() {
        return file;
    }

    /** Returns the 1-based line, or 0 where unknown. */
    public int line() {
        return line;
    }

    /** Returns the field path such as {@code provider.images[0].url}, or null. */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
