package dev.upkisim.ca;

import java.io.IOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Answers OCSP requests for the issuing CAs (RFC 6960), input DER in, DER out; the caller gives the time and
 * the status of each certificate. Each response is signed with SHA-256/RSA by the delegated responder of the
 * CA named in the first known CertID (4.2.2.2), includes that responder's certificate (4.2.1 certs), and has
 * thisUpdate = now and nextUpdate = now + validity (4.2.2.1). A nonce in the request is echoed (4.4.1).
 * CertIDs of issuers that are not ours get "unknown" (2.2); a request with only such CertIDs gets
 * "unauthorized" (2.3: the responder is not authoritative for them), an undecodable one "malformedRequest".
 */
public final class OcspResponder {
    /** The delegated responder of one issuing CA. */
    public record Signer(Authority ca, X509Certificate certificate, PrivateKey key) {
    }

    /** The status of one certificate of one CA, as the caller knows it. */
    @FunctionalInterface
    public interface StatusLookup {
        OcspStatus status(CaRole ca, BigInteger serial);
    }

    private final Map<OcspIssuerKey, Prepared> byIssuerKey = new HashMap<>();
    private final Duration validity;

    private record Prepared(Signer signer, RespID responderId, X509CertificateHolder[] chain) {
    }

    public OcspResponder(List<Signer> signers, Duration validity) {
        this.validity = validity;
        for (Signer signer : signers) {
            try {
                var holder = new X509CertificateHolder(signer.certificate().getEncoded());
                var prepared = new Prepared(signer, new RespID(X500Name.getInstance(
                        signer.certificate().getSubjectX500Principal().getEncoded())), new X509CertificateHolder[] {holder});
                for (OcspIssuerKey key : OcspIssuerKey.forIssuer(signer.ca().certificate())) {
                    byIssuerKey.put(key, prepared);
                }
            } catch (CertificateEncodingException | IOException e) {
                throw new IllegalArgumentException("cannot read the OCSP signing certificate of " + signer.ca().id(), e);
            }
        }
    }

    /** Whether the request carries a nonce (then its response cannot be reused, RFC 6960 4.4.1). */
    public static boolean hasNonce(OCSPReq request) {
        return request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce) != null;
    }

    /** Parses a request, or {@code null} when it is not an OCSPRequest. */
    public static OCSPReq parse(byte[] der) {
        try {
            OCSPReq request = new OCSPReq(der);
            return request.getRequestList().length == 0 ? null : request;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The unsigned "tryLater" answer (RFC 6960 2.3, 4.2.1 OCSPResponseStatus 3): the responder is temporarily unable
     * to answer; it carries no responseBytes, so there is nothing to sign.
     */
    public static byte[] tryLater() {
        try {
            return status(OCSPRespBuilder.TRY_LATER);
        } catch (OCSPException | IOException e) {
            throw new IllegalStateException("cannot encode an OCSP tryLater response", e);
        }
    }

    public byte[] respond(OCSPReq request, Instant now, StatusLookup lookup) {
        try {
            if (request == null) {
                return status(OCSPRespBuilder.MALFORMED_REQUEST);
            }
            Prepared prepared = null;
            for (Req single : request.getRequestList()) {
                prepared = prepared != null ? prepared : byIssuerKey.get(issuerKey(single.getCertID()));
            }
            if (prepared == null) {
                return status(OCSPRespBuilder.UNAUTHORIZED);
            }
            BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(prepared.responderId());
            Date thisUpdate = Date.from(now);
            Date nextUpdate = Date.from(now.plus(validity));
            for (Req single : request.getRequestList()) {
                CertificateID id = single.getCertID();
                Prepared issuer = byIssuerKey.get(issuerKey(id));
                OcspStatus status = issuer == null ? OcspStatus.UNKNOWN
                        : lookup.status(issuer.signer().ca().role(), id.getSerialNumber());
                builder.addResponse(id, certificateStatus(status), thisUpdate, nextUpdate, null);
            }
            Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (nonce != null) {
                builder.setResponseExtensions(new Extensions(nonce));
            }
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(prepared.signer().key());
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL,
                    builder.build(signer, prepared.chain(), thisUpdate)).getEncoded();
        } catch (OCSPException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot sign an OCSP response", e);
        }
    }

    private static OcspIssuerKey issuerKey(CertificateID id) {
        return OcspIssuerKey.of(id.getHashAlgOID(), id.getIssuerNameHash(), id.getIssuerKeyHash());
    }

    private static CertificateStatus certificateStatus(OcspStatus status) {
        if (status instanceof OcspStatus.Revoked revoked) {
            return new RevokedStatus(Date.from(revoked.entry().revokedAt()), revoked.entry().reason());
        }
        return status instanceof OcspStatus.Good ? CertificateStatus.GOOD : new UnknownStatus();
    }

    private static byte[] status(int status) throws OCSPException, IOException {
        return new OCSPRespBuilder().build(status, null).getEncoded();
    }
}
