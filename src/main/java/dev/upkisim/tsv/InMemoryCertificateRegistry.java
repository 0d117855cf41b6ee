package dev.upkisim.tsv;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link CertificateRegistry} held in memory, for tests and demonstrations: certificates per institution,
 * DNs compared in {@link SubjectDn#canonical() canonical} form. A certificate counts as "in use" for 212 while it
 * is not revoked (expiry is not modelled here).
 */
public final class InMemoryCertificateRegistry implements CertificateRegistry {
    private final Map<String, Map<BigInteger, RegisteredCertificate>> certificates = new HashMap<>();
    private final Set<String> inactive = new HashSet<>();

    public InMemoryCertificateRegistry add(String institutionId, RegisteredCertificate certificate) {
        certificates.computeIfAbsent(institutionId, id -> new HashMap<>()).put(certificate.serial(), certificate);
        return this;
    }

    public InMemoryCertificateRegistry deactivate(String institutionId) {
        inactive.add(institutionId);
        return this;
    }

    @Override
    public boolean subjectInUse(String institutionId, String subjectDn) {
        String wanted = canonical(subjectDn);
        return certificates.getOrDefault(institutionId, Map.of()).values().stream()
                .anyMatch(certificate -> !certificate.revoked() && canonical(certificate.subjectDn()).equals(wanted));
    }

    @Override
    public Optional<RegisteredCertificate> find(String institutionId, BigInteger serial) {
        return Optional.ofNullable(certificates.getOrDefault(institutionId, Map.of()).get(serial));
    }

    @Override
    public boolean institutionActive(String institutionId) {
        return !inactive.contains(institutionId);
    }

    private static String canonical(String dn) {
        return SubjectDn.parse(dn).map(SubjectDn::canonical).orElse(dn);
    }
}
