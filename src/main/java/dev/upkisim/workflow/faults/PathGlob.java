package dev.upkisim.workflow.faults;

import java.util.regex.Pattern;

/**
 * A path pattern of a fault rule: {@code *} stands for any run of characters, {@code /} included, and {@code ?}
 * for exactly one; everything else is literal and the whole path must match. So {@code /upki-odcert/*.do} matches
 * every {@code .do} page of the NII face ({@code /upki-odcert/lra/SP1011.do} too), {@code /jupki/*} the whole
 * portal below {@code /jupki/}. The query string is not part of the path.
 */
public final class PathGlob {
    private final String text;
    private final Pattern pattern;

    private PathGlob(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    /** @throws IllegalArgumentException if the pattern does not start with {@code /} */
    public static PathGlob of(String text) {
        if (text == null || !text.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/', e.g. \"/upki-odcert/*.do\"; got \"" + text + "\"");
        }
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '*' || c == '?') {
                regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return new PathGlob(text, Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    public boolean matches(String path) {
        return path != null && pattern.matcher(path).matches();
    }

    /** Whether every path this pattern matches starts with {@code prefix} (checked on the literal start). */
    public boolean confinedTo(String prefix) {
        int wildcard = firstWildcard();
        String literalStart = wildcard < 0 ? text : text.substring(0, wildcard);
        return literalStart.startsWith(prefix);
    }

    private int firstWildcard() {
        int star = text.indexOf('*');
        int question = text.indexOf('?');
        return star < 0 ? question : question < 0 ? star : Math.min(star, question);
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PathGlob glob && glob.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
