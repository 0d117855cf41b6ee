package dev.upkisim.doctor;

import dev.upkisim.core.Language;
import java.util.List;

/** The P12 doctor's report as plain text, in Japanese or English, for the command line. */
public final class P12ReportText {
    private P12ReportText() {
    }

    public static String render(P12Report report, Language language) {
        boolean ja = language == Language.JA;
        StringBuilder out = new StringBuilder(report.summary().in(language)).append('\n');
        if (report.mac() == null) {
            return out.toString();
        }
        out.append(ja ? "MAC: " : "MAC: ").append(report.mac().describe()).append('\n');
        List<SafeInfo> safes = report.safes();
        for (int i = 0; i < safes.size(); i++) {
            SafeInfo safe = safes.get(i);
            out.append(ja ? "セーフ " : "Safe ").append(i + 1).append(": ")
                    .append(safe.protection().describe()).append(safe.opened() ? "" : ja ? "（パスワードが必要）" : " (needs the password)")
                    .append('\n');
            for (BagInfo bag : safe.bags()) {
                out.append("  ").append(bag.type()).append(": ").append(bag.protection().describe());
                if (bag.friendlyName() != null) {
                    out.append("; friendlyName ").append(bag.friendlyName());
                }
                if (bag.localKeyId() != null) {
                    out.append("; localKeyId ").append(bag.localKeyId());
                }
                out.append('\n');
            }
        }
        if (report.key() != null) {
            out.append(ja ? "秘密鍵: " : "Key: ").append(report.key().algorithm()).append(' ').append(report.key().size())
                    .append(report.key().matchesLeaf() ? (ja ? "、証明書と一致" : ", matches the leaf certificate")
                            : (ja ? "、証明書と一致しません" : ", does NOT match the leaf certificate")).append('\n');
        }
        List<CertificateInfo> certificates = report.certificates();
        for (int i = 0; i < certificates.size(); i++) {
            CertificateInfo c = certificates.get(i);
            out.append(ja ? "証明書 " : "Certificate ").append(i + 1).append(": ").append(c.subject()).append('\n')
                    .append(ja ? "  発行者: " : "  issuer: ").append(c.issuer()).append('\n')
                    .append(ja ? "  シリアル番号: " : "  serial: ").append(c.serial()).append('\n')
                    .append(ja ? "  有効期間: " : "  valid: ").append(c.notBefore()).append(" – ").append(c.notAfter()).append('\n')
                    .append(ja ? "  指紋 SHA-1: " : "  SHA-1: ").append(c.sha1()).append('\n')
                    .append(ja ? "  指紋 SHA-256: " : "  SHA-256: ").append(c.sha256()).append('\n');
        }
        if (report.chain() != null) {
            ChainInfo chain = report.chain();
            out.append(ja ? "チェーン: " : "Chain: ").append(chain.path().stream().map(i -> "" + (i + 1)).toList())
                    .append(chain.reachesRoot() ? (ja ? "、ルートまで到達" : ", reaches a root") : (ja ? "、ルートなし" : ", no root in the file"))
                    .append(chain.inFileOrder() ? (ja ? "、ファイル内の順序どおり" : ", in file order")
                            : (ja ? "、ファイル内の順序が異なる" : ", not in file order")).append('\n');
        }
        out.append(ja ? "インポートの見込み:\n" : "Import verdicts:\n");
        for (ImportVerdict verdict : report.verdicts()) {
            out.append("  ").append(verdict.platform().label()).append(": ").append(verdict.outcome()).append(" — ")
                    .append(verdict.reason().in(language)).append('\n');
        }
        return out.toString();
    }
}
