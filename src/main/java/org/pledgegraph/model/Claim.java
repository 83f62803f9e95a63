package org.pledgegraph.model;

import java.util.List;
import java.util.Objects;

/** A claim with its own claimants and sources; counter-claims dispute it. */
public record Claim(String id, String text, List<String> claimants, List<SourceRef> sources,
        List<Claim> counterClaims) {
    public Claim {
        Objects.requireNonNull(id, "id");
        claimants = List.copyOf(claimants);
        sources = List.copyOf(sources);
        counterClaims = List.copyOf(counterClaims);
    }
}
