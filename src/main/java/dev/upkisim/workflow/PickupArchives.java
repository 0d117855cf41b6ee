package dev.upkisim.workflow;

import dev.upkisim.core.Application;
import dev.upkisim.core.IssuedCertificate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The ZIP files of the PIN and bulk flows (SPEC 1.3): a Shift_JIS TSV of access PINs (header + one line per
 * application: name, e-mail, PIN, DN, P12 file name), and for P12 bulk the P12 files with {@code client.txt}
 * (serial, name, e-mail, DN). Lines end in CRLF, as Windows tools expect.
 */
final class PickupArchives {
    static final Charset SHIFT_JIS = Charset.forName("Windows-31J");
    static final String PIN_HEADER = "利用者氏名\t利用者メールアドレス\tアクセスPIN\t主体者DN\tP12ファイル名";

    private PickupArchives() {
    }

    static byte[] pinZip(String entryName, List<Application> applications) {
        StringBuilder tsv = new StringBuilder(PIN_HEADER).append("\r\n");
        for (Application application : applications) {
            var request = application.request();
            tsv.append(String.join("\t", text(request.userName()), text(request.userEmail()), text(request.accessPin()),
                    request.subjectDn(), text(request.p12FileName()))).append("\r\n");
        }
        return zip(Map.of(entryName, tsv.toString().getBytes(SHIFT_JIS)));
    }

    /** @param p12s file name → P12 bytes, in order */
    static byte[] bulkP12Zip(Map<String, byte[]> p12s, List<Application> applications, List<IssuedCertificate> issued) {
        Map<String, byte[]> entries = new LinkedHashMap<>(p12s);
        StringBuilder client = new StringBuilder();
        for (int i = 0; i < applications.size(); i++) {
            var request = applications.get(i).request();
            client.append(String.join("\t", issued.get(i).serial().toString(), text(request.userName()),
                    text(request.userEmail()), request.subjectDn())).append("\r\n");
        }
        entries.put("client.txt", client.toString().getBytes(SHIFT_JIS));
        return zip(entries);
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot build ZIP", e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
