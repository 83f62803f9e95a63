package org.pledgegraph.server;

import org.owasp.encoder.Encode;

/**
 * Builds an HTML document as text. Every piece of data goes through {@link #text} or an attribute value, which the
 * OWASP encoder escapes; {@link #raw} is for markup written in this code base only.
 */
final class Html {
    private final StringBuilder sb = new StringBuilder(16 * 1024);

    /** Appends trusted markup as is. */
    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    /** Appends {@code s} as escaped text; null appends nothing. */
    Html text(String s) {
        if (s != null) {
            sb.append(Encode.forHtml(s));
        }
        return this;
    }

    /** Appends a start tag with attributes given as name, value pairs; null values leave the attribute out. */
    Html open(String tag, String... attributes) {
        sb.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                sb.append(' ').append(attributes[i]).append("=\"").append(Encode.forHtmlAttribute(attributes[i + 1]))
                        .append('"');
            }
        }
        sb.append('>');
        return this;
    }

    /** Appends an end tag. */
    Html close(String tag) {
        sb.append("</").append(tag).append('>');
        return this;
    }

    /** Appends an element holding escaped text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Appends a link; {@code href} must come from {@link Links}, which only makes http(s) and local links. */
    Html link(String href, String text, String... attributes) {
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    /** Appends JSON inside a {@code script} data block, with {@code <} escaped so that no {@code </script>} closes it. */
    Html jsonLd(String json) {
        sb.append("<script type=\"application/ld+json\">\n").append(json.replace("<", "\\u003c"))
                .append("</script>\n");
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
