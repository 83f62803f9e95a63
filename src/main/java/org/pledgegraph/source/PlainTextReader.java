package org.pledgegraph.source;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.Article;
import org.pledgegraph.model.Citation;
import org.pledgegraph.model.PartialDate;

/**
 * Reads a plain-text article: a header (title line, an optional publication line such as "Report on Supply Chain
 * Compliance Volume 3, Number 13. June 25, 2020", a byline "By NAME" or "NAME /"), the body, and numbered
 * references "1 Author, "Title," Publisher, June 8, 2020, &lt;https://…&gt;." Short header lines that are none
 * of these (site chrome such as "Follow Me") are left out.
 */
public final class PlainTextReader {
    private static final String DATE = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December) \\d{1,2}, \\d{4}";
    private static final Pattern PUBLICATION = Pattern.compile(
            "(?<pub>.+?)\\s+Volume\\s+(?<vol>\\d+),\\s*Number\\s+(?<num>\\d+)\\.?\\s+(?<date>" + DATE + ")\\.?");
    private static final Pattern BYLINE = Pattern.compile(
            "(?:By\\s+(?<by>\\p{Lu}.+)|(?<slash>\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){1,3})\\s*/)");
    private static final Pattern REFERENCE = Pattern.compile("(?<n>\\d{1,3})\\s+(?<text>.+?),?\\s*<(?<url>https?://[^>\\s]+)>\\.?");
    private static final Pattern QUOTED_TITLE = Pattern.compile("\"(?<title>[^\"]+?),?\"");
    private static final Pattern DATE_IN_TEXT = Pattern.compile(DATE);
    private static final Pattern ITALIC = Pattern.compile("\\*(?<it>[^*]+)\\*");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    /** A header line longer than this is body text: the header has ended. */
    private static final int MAX_HEADER_LINE = 160;

    private PlainTextReader() {
    }

    /**
     * Reads the article in {@code text}; {@code path} (relative to its data folder) identifies it unless the
     * sidecar gives its URL.
     *
     * @throws InputException when no title can be found or the sidecar conflicts with the text
     */
    public static Article read(String text, String path, Sidecar sidecar, Diagnostics diagnostics) {
        String[] lines = FrontMatterReader.stripBom(text).split("\r?\n", -1);
        String title = null;
        int titleLine = 0;
        String periodical = null;
        String volume = null;
        String issue = null;
        PartialDate date = null;
        String author = null;
        int i = 0;
        int bodyStart = -1;
        for (; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) {
                continue;
            }
            Matcher pub = PUBLICATION.matcher(l);
            Matcher by = BYLINE.matcher(l);
            if (periodical == null && pub.matches()) {
                periodical = pub.group("pub").strip();
                volume = pub.group("vol");
                issue = pub.group("num");
                date = longDate(pub.group("date"), path, i + 1);
            } else if (author == null && title != null && l.length() <= 80 && by.matches()) {
                author = (by.group("by") != null ? by.group("by") : by.group("slash")).strip();
                bodyStart = i + 1;
                break;
            } else if (title == null) {
                title = l;
                titleLine = i + 1;
            } else if (l.length() > MAX_HEADER_LINE) {
                bodyStart = i;
                break;
            }
        }
        if (title == null) {
            throw new InputException(path, 0, "title", "missing: the text has no title line");
        }
        if (bodyStart < 0) {
            bodyStart = titleLine;
        }
        List<String> body = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        for (int j = bodyStart; j < lines.length; j++) {
            String l = lines[j].strip();
            if (sidecar.bodyEndsBefore() != null && l.equals(sidecar.bodyEndsBefore())) {
                break;
            }
            Matcher ref = REFERENCE.matcher(l);
            if (ref.matches()) {
                citations.add(citation(ref, path, j + 1));
            } else {
                body.add(cleanMarkup(l));
            }
        }
        String bodyText = String.join("\n", body).replaceAll("\n{3,}", "\n\n").strip();

        String key = path;
        boolean document = true;
        if (sidecar.url() != null) {
            key = sidecar.url();
            document = false;
        }
        if (sidecar.datePublished() != null) {
            if (date != null && !date.equals(sidecar.datePublished())) {
                throw new InputException(path, 0, "datePublished",
                        "the sidecar says " + sidecar.datePublished() + " but the text says " + date);
            }
            date = sidecar.datePublished();
        }
        if (sidecar.author() != null) {
            if (author != null && !author.equals(sidecar.author())) {
                throw new InputException(path, 0, "author",
                        "the sidecar says \"" + sidecar.author() + "\" but the byline says \"" + author + "\"");
            }
            author = sidecar.author();
        }
        if (sidecar.publisher() != null) {
            if (periodical != null && !periodical.equals(sidecar.publisher())) {
                throw new InputException(path, 0, "publisher",
                        "the sidecar says \"" + sidecar.publisher() + "\" but the text says \"" + periodical + "\"");
            }
            periodical = sidecar.publisher();
        }
        if (date == null) {
            diagnostics.warn(path, 0, "datePublished", "not stated in the text or a sidecar; left out");
        }
        return Article.builder(key, document, title)
                .itemType("article")
                .webUrl(sidecar.url())
                .body(bodyText.isEmpty() ? null : bodyText)
                .datePublished(date)
                .author(author)
                .periodical(periodical)
                .volumeNumber(volume)
                .issueNumber(issue)
                .citations(citations)
                .build();
    }

    private static Citation citation(Matcher ref, String path, int line) {
        int number = Integer.parseInt(ref.group("n"));
        String text = ref.group("text").strip();
        String url = ref.group("url");
        String problem = Urls.problem(url);
        if (problem != null) {
            throw new InputException(path, line, "reference " + number, "unusable URL \"" + url + "\": " + problem);
        }
        String author = null;
        String title = null;
        String publisher = null;
        PartialDate date = null;
        Matcher q = QUOTED_TITLE.matcher(text);
        if (q.find()) {
            title = q.group("title").strip();
            String before = text.substring(0, q.start()).strip();
            author = before.endsWith(",") ? before.substring(0, before.length() - 1).strip() : before;
            String after = text.substring(q.end());
            Matcher d = DATE_IN_TEXT.matcher(after);
            String beforeDate = after;
            if (d.find()) {
                date = longDate(d.group(), path, line);
                beforeDate = after.substring(0, d.start());
            }
            Matcher it = ITALIC.matcher(beforeDate);
            if (it.find()) {
                publisher = it.group("it").strip();
            } else {
                String p = beforeDate.replaceAll("[,(\\s]+$", "").replaceAll("^[,\\s]+", "").strip();
                publisher = p.isEmpty() ? null : p;
            }
            if (author != null && author.isEmpty()) {
                author = null;
            }
        }
        return new Citation(number, ref.group(0), url, author, title, publisher, date);
    }

    private static PartialDate longDate(String s, String path, int line) {
        try {
            return PartialDate.parse(LocalDate.parse(s, LONG_DATE).toString());
        } catch (DateTimeParseException e) {
            throw new InputException(path, line, "date", "not a real date: \"" + s + "\"");
        }
    }

    /** Turns the text's leftover link markup into plain text: "[letter^{\[1\]}](#)" reads "letter[1]". */
    static String cleanMarkup(String line) {
        return line.replaceAll("\\^\\{\\\\\\[(\\d+)\\\\\\]\\}", "[$1]")
                .replaceAll("\\[([^\\]\\[]*(?:\\[\\d+\\])?)\\]\\(#\\)", "$1")
                .replaceAll("\\^\\[(\\d+)\\]", "[$1]");
    }
}
