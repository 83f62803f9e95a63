package org.pledgegraph.source;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A read-only view of a composed YAML node that knows its file, line and field path, so every error names all
 * three. Only the node tree is composed: no Java object is ever constructed from the input, timestamps stay text,
 * and duplicate keys, deep nesting, alias bombs and oversized files are rejected.
 */
final class YamlNode {
    static final int MAX_CODE_POINTS = 4 * 1024 * 1024;
    static final int MAX_NESTING = 32;
    static final int MAX_ALIASES = 16;

    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");

    private final Node node;
    private final String file;
    private final int lineOffset;
    private final String path;

    private YamlNode(Node node, String file, int lineOffset, String path) {
        this.node = node;
        this.file = file;
        this.lineOffset = lineOffset;
        this.path = path;
    }

    /**
     * Parses one YAML document. {@code lineOffset} is the number of file lines before the YAML text (the opening
     * {@code ---} of front matter, for instance).
     */
    static YamlNode parse(String text, String file, int lineOffset) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                new DumperOptions(), options, new TextResolver());
        Node root;
        try {
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1 + lineOffset;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new InputException(file, line, null, "malformed YAML: " + oneLine(problem));
        } catch (YAMLException e) {
            throw new InputException(file, 0, null, "malformed YAML: " + oneLine(e.getMessage()));
        }
        if (root == null) {
            throw new InputException(file, lineOffset + 1, null, "empty YAML document");
        }
        YamlNode result = new YamlNode(root, file, lineOffset, "");
        result.checkKeys();
        return result;
    }

    private static String oneLine(String s) {
        return s == null ? "unknown problem" : s.replaceAll("\\s+", " ").strip();
    }

    /** Rejects duplicate and non-scalar keys anywhere in the tree, naming the line of the second occurrence. */
    private void checkKeys() {
        if (node instanceof MappingNode m) {
            Set<String> seen = new LinkedHashSet<>();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) {
                    throw new InputException(file, lineOf(t.getKeyNode()), path, "keys must be plain names");
                }
                if (!seen.add(key.getValue())) {
                    throw new InputException(file, lineOf(key), child(key.getValue()), "duplicate key");
                }
                new YamlNode(t.getValueNode(), file, lineOffset, child(key.getValue())).checkKeys();
            }
        } else if (node instanceof SequenceNode s) {
            List<Node> items = s.getValue();
            for (int i = 0; i < items.size(); i++) {
                new YamlNode(items.get(i), file, lineOffset, path + "[" + i + "]").checkKeys();
            }
        }
    }

    private int lineOf(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1 + lineOffset;
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Returns the 1-based line of this node in its file. */
    int line() {
        return lineOf(node);
    }

    /** Returns the field path of this node, such as {@code related[2].provider.domain}. */
    String path() {
        return path;
    }

    String file() {
        return file;
    }

    /** Returns an exception about this node. */
    InputException error(String reason) {
        return new InputException(file, line(), path, reason);
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    private boolean isNull() {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    /** Returns the keys of this mapping in file order. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (NodeTuple t : mapping().getValue()) {
            keys.add(((ScalarNode) t.getKeyNode()).getValue());
        }
        return keys;
    }

    private MappingNode mapping() {
        if (node instanceof MappingNode m) {
            return m;
        }
        throw error("expected a mapping of fields but was " + describe());
    }

    private String describe() {
        if (node instanceof ScalarNode s) {
            return "the value \"" + abbreviate(s.getValue()) + "\"";
        }
        return node instanceof SequenceNode ? "a list" : "a mapping";
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** Returns the child node for {@code key}, or null when absent or null-valued. */
    YamlNode get(String key) {
        for (NodeTuple t : mapping().getValue()) {
            if (((ScalarNode) t.getKeyNode()).getValue().equals(key)) {
                YamlNode child = new YamlNode(t.getValueNode(), file, lineOffset, child(key));
                return child.isNull() ? null : child;
            }
        }
        return null;
    }

    /** Returns this scalar's text. */
    String asString() {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        throw error("expected a text value but was " + describe());
    }

    /** Returns the trimmed text of {@code key}, or null when absent or blank. */
    String string(String key) {
        YamlNode n = get(key);
        if (n == null) {
            return null;
        }
        String s = n.asString().strip();
        return s.isEmpty() ? null : s;
    }

    /** Returns the text of {@code key}, failing when it is absent or blank. */
    String requiredString(String key) {
        String s = string(key);
        if (s == null) {
            throw new InputException(file, line(), child(key), "missing");
        }
        return s;
    }

    /** Returns the whole number at {@code key}, or null when absent. */
    Integer integer(String key) {
        YamlNode n = get(key);
        if (n == null) {
            return null;
        }
        String s = n.asString().strip();
        if (!INTEGER.matcher(s).matches()) {
            throw n.error("expected a whole number but was \"" + abbreviate(s) + "\"");
        }
        try {
            return Integer.valueOf(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            throw n.error("number out of range: " + s);
        }
    }

    /** Returns the boolean at {@code key}, or null when absent. */
    Boolean bool(String key) {
        YamlNode n = get(key);
        if (n == null) {
            return null;
        }
        String s = n.asString().strip().toLowerCase(java.util.Locale.ROOT);
        return switch (s) {
            case "true", "yes", "on" -> Boolean.TRUE;
            case "false", "no", "off" -> Boolean.FALSE;
            default -> throw n.error("expected true or false but was \"" + abbreviate(s) + "\"");
        };
    }

    /** Returns the items of the list at {@code key}; empty when absent. */
    List<YamlNode> list(String key) {
        YamlNode n = get(key);
        return n == null ? List.of() : n.items();
    }

    /** Returns the items of this list. */
    List<YamlNode> items() {
        if (!(node instanceof SequenceNode s)) {
            throw error("expected a list but was " + describe());
        }
        List<YamlNode> out = new ArrayList<>();
        List<Node> items = s.getValue();
        for (int i = 0; i < items.size(); i++) {
            out.add(new YamlNode(items.get(i), file, lineOffset, path + "[" + i + "]"));
        }
        return out;
    }

    /** Returns the texts of the list at {@code key}; a single text is read as a list of one. */
    List<String> strings(String key) {
        YamlNode n = get(key);
        if (n == null) {
            return List.of();
        }
        if (n.node instanceof ScalarNode) {
            return List.of(n.asString().strip());
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : n.items()) {
            String s = item.asString().strip();
            if (s.isEmpty()) {
                throw item.error("empty value");
            }
            out.add(s);
        }
        return out;
    }

    /** Reports every key of this mapping not in {@code known} as a warning, so no field is dropped unnoticed. */
    void warnUnknown(Diagnostics diagnostics, Set<String> known) {
        for (NodeTuple t : mapping().getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            if (!known.contains(key)) {
                diagnostics.warn(file, lineOf(t.getKeyNode()), child(key), "unknown field, not mapped");
            }
        }
    }

    /**
     * SnakeYAML's resolver without the timestamp rule: dates stay exactly as written, so their precision survives
     * and no time zone is guessed.
     */
    private static final class TextResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

}
