package dev.upkisim.tsv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A subject DN as TSV column 1 gives it (SPEC 1.2; NII client_tsv page, 主体者DN): written CN first, C last,
 * {@code CN=…,OU=…,O=…,L=…,C=JP}. The text is kept exactly as given; it goes into the certificate and the
 * notification mails must repeat it.
 *
 * <p>Rules (NII, and where NII is silent, ours):
 * <ul>
 *   <li>Order: exactly one CN, any number of OU (学生番号等 and departments), one O, one L, an optional ST (NII
 *       added ST to the DN rules in 2018, manual V.2.1), one C, which must be {@code JP}.</li>
 *   <li>Characters: CN — half-width letters and digits, space and {@code ' ( ) , - . / : = @ _}; O and OU —
 *       the same without {@code @} and {@code _} (NII). L and ST: as O (ours). No value may be empty or begin or
 *       end with a space (ours: invisible spaces would make later DN comparisons fail).</li>
 *   <li>Separators: a comma, optionally followed by spaces, before an attribute type and {@code =}; since a value
 *       may itself contain commas and {@code =}, a comma counts as a separator only when {@code TYPE=} follows.
 *       Attribute types are upper case; any other type (E, DC, …) makes the DN invalid.</li>
 * </ul>
 */
public final class SubjectDn {
    private static final Pattern SEPARATOR = Pattern.compile(",\\s*(?=[A-Za-z]+=)");
    private static final Pattern RDN = Pattern.compile("([A-Za-z]+)=(.*)", Pattern.DOTALL);
    private static final Pattern ORDER = Pattern.compile("CN;(OU;)*O;L;(ST;)?C;");
    private static final Pattern CN_VALUE = Pattern.compile("[A-Za-z0-9 '(),\\-./:=@_]+");
    private static final Pattern ORG_VALUE = Pattern.compile("[A-Za-z0-9 '(),\\-./:=]+");

    /** One attribute of the DN, e.g. {@code OU=Faculty of Engineering}. */
    public record Rdn(String type, String value) {
    }

    private final String text;
    private final List<Rdn> rdns;

    private SubjectDn(String text, List<Rdn> rdns) {
        this.text = text;
        this.rdns = List.copyOf(rdns);
    }

    /** The DN if it follows the rules above, else empty (the row check reports 206). */
    public static Optional<SubjectDn> parse(String text) {
        Optional<List<Rdn>> rdns = rdns(text);
        if (rdns.isEmpty()) {
            return Optional.empty();
        }
        String order = rdns.get().stream().map(rdn -> rdn.type() + ";").collect(Collectors.joining());
        if (!ORDER.matcher(order).matches()) {
            return Optional.empty();
        }
        for (Rdn rdn : rdns.get()) {
            boolean valid = switch (rdn.type()) {
                case "CN" -> CN_VALUE.matcher(rdn.value()).matches();
                case "C" -> rdn.value().equals("JP");
                default -> ORG_VALUE.matcher(rdn.value()).matches();
            };
            if (!valid || rdn.value().isBlank() || rdn.value().startsWith(" ") || rdn.value().endsWith(" ")) {
                return Optional.empty();
            }
        }
        return Optional.of(new SubjectDn(text, rdns.get()));
    }

    /** Splits any DN text (also an institution's dnBase) into its attributes; empty if it has none or no '='. */
    public static Optional<List<Rdn>> rdns(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        List<Rdn> rdns = new ArrayList<>();
        for (String part : SEPARATOR.split(text, -1)) {
            Matcher matcher = RDN.matcher(part);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            rdns.add(new Rdn(matcher.group(1), matcher.group(2)));
        }
        return Optional.of(rdns);
    }

    /** Exactly as written in the TSV. */
    public String text() {
        return text;
    }

    public List<Rdn> rdns() {
        return rdns;
    }

    public String commonName() {
        return rdns.get(0).value();
    }

    /** The O, L, ST and C attributes: the part that names the institution. */
    public List<Rdn> institutionPart() {
        return rdns.stream().filter(rdn -> !rdn.type().equals("CN") && !rdn.type().equals("OU")).toList();
    }

    /**
     * The form two DNs are compared in (duplicates in a file; a registry may use it too): attributes joined by
     * a comma without spaces, values compared without regard to case, as X.500 caseIgnoreMatch compares them.
     */
    public String canonical() {
        return rdns.stream().map(rdn -> rdn.type() + "=" + rdn.value().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(","));
    }

    /** True when O, L, ST and C equal those of the institution's DN base (values compared ignoring case). */
    public boolean belongsTo(String dnBase) {
        List<Rdn> base = rdns(dnBase).orElse(List.of());
        List<Rdn> own = institutionPart();
        if (base.size() != own.size()) {
            return false;
        }
        for (int i = 0; i < base.size(); i++) {
            if (!base.get(i).type().equals(own.get(i).type()) || !base.get(i).value().equalsIgnoreCase(own.get(i).value())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SubjectDn dn && dn.text.equals(text);
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
