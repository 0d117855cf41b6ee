package dev.upkisim.doctor;

import dev.upkisim.core.LocalizedText;
import dev.upkisim.doctor.ImportVerdict.Outcome;
import dev.upkisim.doctor.ImportVerdict.Platform;
import dev.upkisim.doctor.Protection.Scheme;
import java.util.List;

/**
 * Which platforms import a PKCS#12 file, judged from its algorithms alone (SPEC 1.9 "P12 doctor"). The rules
 * and where they come from — each says "may" where the sources only report failures on some versions:
 * <ul>
 *   <li><b>iOS/iPadOS</b>: the seed's FAQ (「iPhone/iPadに証明書をインポートできません」): the export must be
 *       "TripleDES-SHA1"; with "AES256-SHA256" iOS/iPadOS may refuse it, shown as a wrong password. So PBES2 or
 *       a SHA-2 MAC is {@code MAY_FAIL}. RC2-40 certificate safes with a TripleDES key (openssl 1.x's default,
 *       and {@code openssl pkcs12 -legacy}'s) are judged {@code OK}: they are the legacy layout the FAQ's advice
 *       produces; no source reports iOS refusing them.</li>
 *   <li><b>macOS Keychain</b>: openssl 3's default files (PBES2 AES-256, SHA-256 MAC) are reported refused as
 *       "wrong password" on macOS Ventura 13.3.1 (mseeeen.msen.jp, "OpenSSL 3系で発行された p12 形式の証明書が
 *       macOS にインポートできない"), while confirm.ch's CertBob notes found openssl 3's PBES2 files importing
 *       and only a 16-byte MAC salt failing. Versions differ and are not documented by Apple: {@code MAY_FAIL}.</li>
 *   <li><b>Windows</b>: PBES2 "AES256-SHA256" is supported from Windows 10 1709 and Windows Server 2019
 *       (Microsoft Learn, {@code PKCS12_PBES2_EXPORT_PARAMS}, minimum supported client/server); TripleDES-SHA1
 *       is Windows' other export choice (Export-PfxCertificate {@code -CryptoAlgorithmOption}). Both {@code OK},
 *       naming the minimum version; other PBES2 ciphers or PRFs are not documented: {@code UNKNOWN}.</li>
 *   <li><b>Firefox (NSS)</b>: NSS's pk12util reads both layouts (this project's tests import each with it).</li>
 *   <li><b>Java</b>: JDK 17 reads both and itself writes PBES2 AES-256 with an HMAC-SHA-256 MAC by default
 *       (JDK-8231107, since JDK 12; the tests read each with keytool).</li>
 * </ul>
 * Anything else (RC4, RC2-128, two-key TripleDES, unknown OIDs) is {@code UNKNOWN} everywhere.
 */
public final class ImportRules {
    private ImportRules() {
    }

    /**
     * @param protections how the key bags and the certificate safes are encrypted
     * @param mac         the file's MAC
     */
    public static List<ImportVerdict> judge(List<Protection> protections, MacInfo mac) {
        boolean unknown = protections.stream().anyMatch(p -> p.scheme() == Scheme.UNKNOWN || p.scheme() == Scheme.OTHER_PKCS12_PBE)
                || (mac.present() && !mac.digest().startsWith("SHA-"));
        boolean pbes2 = protections.stream().anyMatch(Protection::isPbes2);
        boolean sha2Mac = mac.present() && mac.digest().startsWith("SHA-") && !mac.digest().equals("SHA-1");
        boolean aes256Sha256 = protections.stream().filter(Protection::isPbes2)
                .allMatch(p -> "AES-256-CBC".equals(p.cipher()) && "hmacWithSHA256".equals(p.prf()));
        if (unknown) {
            LocalizedText why = text("見慣れない暗号方式のため判断できません。TripleDES-SHA1 で再エクスポートすると確実です。",
                    "Unusual algorithms: no verdict. Re-exporting with TripleDES-SHA1 is the safe choice.");
            return List.of(verdict(Platform.IOS, Outcome.UNKNOWN, why), verdict(Platform.MACOS, Outcome.UNKNOWN, why),
                    verdict(Platform.WINDOWS, Outcome.UNKNOWN, why), verdict(Platform.FIREFOX, Outcome.UNKNOWN, why),
                    verdict(Platform.JAVA, Outcome.UNKNOWN, why));
        }
        boolean modern = pbes2 || sha2Mac;
        return List.of(ios(modern, pbes2), macos(modern), windows(pbes2, aes256Sha256),
                verdict(Platform.FIREFOX, Outcome.OK, modern
                        ? text("NSS（Firefox）は PBES2/AES-256 も読み込めます。", "NSS (Firefox) reads PBES2/AES-256 as well.")
                        : text("NSS（Firefox）は TripleDES-SHA1 を読み込めます。", "NSS (Firefox) reads TripleDES-SHA1.")),
                verdict(Platform.JAVA, Outcome.OK, modern
                        ? text("JDK 17 は PBES2/AES-256 を読み込めます（JDK 12 以降の既定の形式）。",
                        "JDK 17 reads PBES2/AES-256 (its own default since JDK 12).")
                        : text("JDK 17 は従来の PKCS#12 暗号方式（TripleDES、RC2）を読み込めます。",
                        "JDK 17 reads the legacy PKCS#12 schemes (TripleDES, RC2).")));
    }

    private static ImportVerdict ios(boolean modern, boolean pbes2) {
        if (!modern) {
            return verdict(Platform.IOS, Outcome.OK, text("TripleDES-SHA1: iOS/iPadOS 向けにFAQが勧める形式です。",
                    "TripleDES-SHA1: the format the FAQ advises for iOS/iPadOS."));
        }
        return verdict(Platform.IOS, Outcome.MAY_FAIL, pbes2
                ? text("AES-256 PBES2: iOS/iPadOS ではインポートできない（パスワードが違うと表示される）場合があります。TripleDES-SHA1 で再エクスポートしてください。",
                "AES-256 PBES2: iOS may refuse (it says the password is wrong) — re-export with TripleDES-SHA1.")
                : text("SHA-256 の MAC: iOS/iPadOS ではインポートできない場合があります。TripleDES-SHA1 で再エクスポートしてください。",
                "SHA-256 MAC: iOS may refuse — re-export with TripleDES-SHA1."));
    }

    private static ImportVerdict macos(boolean modern) {
        return modern
                ? verdict(Platform.MACOS, Outcome.MAY_FAIL, text(
                "PBES2/SHA-256: macOS のバージョンによっては「パスワードが違います」と拒否されます（Ventura 13.3 で報告あり）。その場合は TripleDES-SHA1（openssl の -legacy）で再エクスポートしてください。",
                "PBES2/SHA-256: some macOS versions refuse it as a wrong password (reported on Ventura 13.3); if so, re-export with TripleDES-SHA1 (openssl -legacy)."))
                : verdict(Platform.MACOS, Outcome.OK, text("TripleDES-SHA1: キーチェーンが読み込める従来の形式です。",
                "TripleDES-SHA1: the legacy format Keychain reads."));
    }

    private static ImportVerdict windows(boolean pbes2, boolean aes256Sha256) {
        if (!pbes2) {
            return verdict(Platform.WINDOWS, Outcome.OK, text("TripleDES-SHA1: Windows の標準のエクスポート形式の一つです。",
                    "TripleDES-SHA1: one of Windows' own export formats."));
        }
        return aes256Sha256
                ? verdict(Platform.WINDOWS, Outcome.OK, text(
                "AES256-SHA256: Windows 10 1709 / Windows Server 2019 以降で読み込めます。それより古い Windows では失敗します。",
                "AES256-SHA256: read by Windows 10 1709 / Windows Server 2019 and later; older Windows refuses it."))
                : verdict(Platform.WINDOWS, Outcome.UNKNOWN, text(
                "Windows が文書化している PBES2 は AES256-SHA256 だけです。この組み合わせは未確認です。",
                "Windows documents only AES256-SHA256 for PBES2; this combination is unverified."));
    }

    private static ImportVerdict verdict(Platform platform, Outcome outcome, LocalizedText reason) {
        return new ImportVerdict(platform, outcome, reason);
    }

    private static LocalizedText text(String ja, String en) {
        return new LocalizedText(ja, en);
    }
}
