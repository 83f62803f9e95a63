package org.pledgegraph.model;

import java.util.Objects;

/** An image of an article or a provider logo; width, height, title and cached are absent when not given. */
public record Image(String url, Integer width, Integer height, String title, Boolean cached) {
    public Image {
        Objects.requireNonNull(url, "url");
        if (width != null && width < 0) {
            throw new IllegalArgumentException("negative width " + width);
        }
        if (height != null && height < 0) {
            throw new IllegalArgumentException("negative height " + height);
        }
    }
}
