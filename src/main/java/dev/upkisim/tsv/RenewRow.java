package dev.upkisim.tsv;

import dev.upkisim.core.ApplyType;
import java.math.BigInteger;

/**
 * A valid row of a renew file ({@link ApplyType#RENEW}): an issue row whose column 4 names the certificate being
 * replaced; its DN must be that certificate's DN (NII renew format: 「当該証明書の主体者DNが主体者DN(#1)と一致すること」).
 *
 * @param renewedSerial the serial of the certificate renewed (decimal in the file)
 */
public record RenewRow(int row, BigInteger renewedSerial, CertificateRequest request) implements AcceptedRow {

    @Override
    public String subjectDn() {
        return request.subjectDn();
    }

    @Override
    public String userEmail() {
        return request.user().email();
    }
}
