package dev.upkisim.mail;

import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.ca.RsaKeys;
import dev.upkisim.support.TestCa;
import java.time.Instant;

/**
 * One simulated hierarchy and one "CA Support Center" signer for all mail tests (RSA keys take time). The signer
 * is issued at the tests' simulated date ({@link MailEncoderTest#DATE}) and valid on the wall clock too, as the
 * composition root issues it.
 */
final class TestSigner {
    static final String FROM = NoticeSender.DEFAULT.address();

    private TestSigner() {
    }

    private static final class Holder {
        static final CaHierarchy HIERARCHY = TestCa.hierarchy();
        static final SmimeSigner SIGNER = new SmimeSigner(SigningIdentity.caSupportCenter(HIERARCHY, FROM,
                MailEncoderTest.DATE.toInstant(), Instant.now(), RsaKeys.generate()));
    }

    static CaHierarchy hierarchy() {
        return Holder.HIERARCHY;
    }

    static SmimeSigner signer() {
        return Holder.SIGNER;
    }

    /** The mail signed at {@link MailEncoderTest#DATE}. */
    static byte[] signed(Mail mail) {
        return new MailEncoder().encodeSigned(mail, MailEncoderTest.DATE, MailEncoderTest.MESSAGE_ID, signer());
    }
}
