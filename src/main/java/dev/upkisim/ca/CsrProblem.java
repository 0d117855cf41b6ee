package dev.upkisim.ca;

import dev.upkisim.core.Language;
import java.util.List;
import java.util.Objects;

/**
 * One reason a server certificate request — a CSR and the names it is for — cannot be issued, in Japanese and
 * English (SPEC 1.5: the portal shows either; the NII face's TSV errors use the Japanese text). The Japanese
 * texts use no ASCII comma, so an error line {@code code:row,field,message} stays splittable.
 *
 * @param name the DNS name concerned, for the name kinds ({@link Kind#INVALID_NAME}, {@link Kind#WILDCARD_NAME},
 *             {@link Kind#OUTSIDE_DOMAINS}, {@link Kind#COMMON_NAME_NOT_REQUESTED}); else {@code null}
 */
public record CsrProblem(Kind kind, String ja, String en, String name) {

    /** What is wrong; the rules are in {@link ServerCsrCheck}. */
    public enum Kind {
        /** Not a PEM PKCS#10 request (RFC 2986, RFC 7468 label CERTIFICATE REQUEST or NEW CERTIFICATE REQUEST). */
        UNREADABLE,
        /** The self-signature does not verify (RFC 2986 4.2: proof of possession of the key). */
        BAD_SIGNATURE,
        /** Key type or size not allowed ({@link ServerKeyPolicy}). */
        KEY_NOT_ALLOWED,
        /** An OU in the subject (BR 7.1.4.2: OU prohibited since 2022-09; UPKI error 371). */
        ORGANIZATIONAL_UNIT,
        /** An e-mail address in the subject (SPEC 1.2 "no e-mail"; NII CP: no items beyond the profile). */
        EMAIL_IN_SUBJECT,
        /** No CN in the subject. */
        NO_COMMON_NAME,
        /** The CN is none of the names applied for (BR 7.1.4.3: the CN must be one of the SAN values). */
        COMMON_NAME_NOT_REQUESTED,
        /** A name that is not a valid FQDN ({@link DnsName}). */
        INVALID_NAME,
        /** A wildcard name. */
        WILDCARD_NAME,
        /** A name outside the institution's registered domains. */
        OUTSIDE_DOMAINS,
        /** More than one CN plus eight FQDNs (SPEC 1.8). */
        TOO_MANY_NAMES
    }

    public CsrProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ja, "ja");
        Objects.requireNonNull(en, "en");
    }

    public String in(Language language) {
        return language == Language.EN ? en : ja;
    }

    static CsrProblem unreadable() {
        return new CsrProblem(Kind.UNREADABLE,
                "CSRを読み取れません。PEM形式（-----BEGIN CERTIFICATE REQUEST-----から-----END CERTIFICATE REQUEST-----まで）のCSRを指定してください。",
                "The CSR cannot be read. Give a PEM certificate request, from -----BEGIN CERTIFICATE REQUEST----- to "
                        + "-----END CERTIFICATE REQUEST-----.", null);
    }

    static CsrProblem badSignature() {
        return new CsrProblem(Kind.BAD_SIGNATURE,
                "CSRの署名を検証できません。CSRが壊れているか改変されています。CSRを作り直してください。",
                "The CSR's signature does not verify: the CSR is damaged or was altered. Make a new CSR.", null);
    }

    static CsrProblem keyNotAllowed(String found) {
        return new CsrProblem(Kind.KEY_NOT_ALLOWED,
                "CSRの公開鍵（" + found + "）は使用できません。RSA 2048・3072・4096ビットまたはECDSA P-256・P-384の鍵でCSRを作成してください。",
                "The CSR's public key (" + found + ") is not allowed. Use an RSA key of 2048, 3072 or 4096 bits, "
                        + "or an ECDSA key on P-256 or P-384.", null);
    }

    static CsrProblem organizationalUnit() {
        return new CsrProblem(Kind.ORGANIZATIONAL_UNIT,
                "CSRの主体者DNにOUを含めることはできません。OUを指定せずにCSRを作成してください。",
                "The CSR's subject must not contain an OU (organizational unit). Make the CSR without one.", null);
    }

    static CsrProblem emailInSubject() {
        return new CsrProblem(Kind.EMAIL_IN_SUBJECT,
                "CSRの主体者DNにメールアドレスを含めることはできません。",
                "The CSR's subject must not contain an e-mail address.", null);
    }

    static CsrProblem noCommonName() {
        return new CsrProblem(Kind.NO_COMMON_NAME,
                "CSRの主体者DNにCN（サーバのFQDN）がありません。",
                "The CSR's subject has no CN (the server's FQDN).", null);
    }

    static CsrProblem commonNameNotRequested(String commonName) {
        return new CsrProblem(Kind.COMMON_NAME_NOT_REQUESTED,
                "CSRのCN（" + commonName + "）が申請するFQDNのいずれとも一致しません。",
                "The CSR's CN (" + commonName + ") is none of the names applied for.", commonName);
    }

    static CsrProblem invalidName(String name) {
        return new CsrProblem(Kind.INVALID_NAME,
                "「" + name + "」はFQDNとして正しくありません。半角英数字とハイフンのラベルをピリオドで区切って指定してください。",
                "'" + name + "' is not a valid fully qualified domain name: give labels of letters, digits and "
                        + "hyphens separated by dots.", name);
    }

    static CsrProblem wildcard(String name) {
        return new CsrProblem(Kind.WILDCARD_NAME,
                "ワイルドカードを含む名前（" + name + "）は申請できません。",
                "Wildcard names (" + name + ") cannot be applied for.", name);
    }

    static CsrProblem outsideDomains(String name, List<String> domains) {
        String list = String.join(" ", domains);
        return new CsrProblem(Kind.OUTSIDE_DOMAINS,
                "「" + name + "」は機関のドメイン（" + list + "）に含まれません。",
                "'" + name + "' is not within the institution's domains (" + String.join(", ", domains) + ").", name);
    }

    static CsrProblem tooManyNames(int count, int max) {
        return new CsrProblem(Kind.TOO_MANY_NAMES,
                "指定できる名前はCN 1件と追加のFQDN " + (max - 1) + "件までです（指定: " + count + "件）。",
                "At most " + max + " names: the CN and up to " + (max - 1) + " more FQDNs (given: " + count + ").", null);
    }
}
