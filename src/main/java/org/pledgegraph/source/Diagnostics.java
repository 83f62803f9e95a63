package org.pledgegraph.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the warnings met while reading; thread-confined, one per file. */
public final class Diagnostics {
    private final List<String> warnings = new ArrayList<>();

    /** Records a warning about {@code file} at {@code line} (0 when unknown) and {@code field}. */
    public void warn(String file, int line, String field, String reason) {
        warnings.add(InputException.format(file, line, field, reason));
    }

    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }
}
