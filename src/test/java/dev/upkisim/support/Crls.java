package dev.upkisim.support;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.Extension;

/** Fetches and reads a CRL from the running simulator's repository, as a relying party does. */
public final class Crls {
    private Crls() {
    }

    public static HttpResponse<byte[]> fetch(RunningSimulator sim, String path) {
        return RunningSimulator.sendForBytes(HttpClient.newHttpClient(), HttpRequest.newBuilder(sim.http(path)).build());
    }

    public static X509CRL parse(byte[] der) {
        try {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static X509CRL current(RunningSimulator sim, String caId) {
        return parse(fetch(sim, "/repo/crl/" + caId + ".crl").body());
    }

    public static BigInteger number(X509CRL crl) {
        byte[] value = crl.getExtensionValue(Extension.cRLNumber.getId());
        return ASN1Integer.getInstance(ASN1OctetString.getInstance(value).getOctets()).getValue();
    }
}
