package dev.upkisim.workflow;

import dev.upkisim.core.ApplyType;
import java.util.List;

/**
 * What the upload result page shows (SPEC 1.2): one line per TSV row — SEQ, OK/NG, the errors as
 * {@code code:row,field,message}, and 機関名 / 所属名 / 氏名 / メールアドレス — and whether anything was processed.
 *
 * @param fileErrors problems with the file as a whole (empty, not Shift_JIS, too many rows…): nothing processed
 */
public record UploadReport(ApplyType applyType, boolean processed, List<String> fileErrors, List<Line> lines) {

    public record Line(int seq, boolean ok, List<String> errors, String institutionName, String affiliation,
                       String name, String email, Long applicationId) {
    }

    public boolean allOk() {
        return fileErrors.isEmpty() && lines.stream().allMatch(Line::ok);
    }
}
