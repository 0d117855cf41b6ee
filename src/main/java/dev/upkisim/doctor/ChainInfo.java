package dev.upkisim.doctor;

import java.util.List;

/**
 * The path from the leaf up through the file's certificates.
 *
 * @param path        indexes into the report's certificates, leaf first
 * @param inFileOrder whether the file lists the path's certificates in that order (leaf, issuing CA, root),
 *                    as {@code ca.P12Writer} and openssl write them
 * @param reachesRoot whether the path ends in a self-signed certificate (seed FAQ: importing the client
 *                    certificate also imports the root)
 */
public record ChainInfo(List<Integer> path, boolean inFileOrder, boolean reachesRoot) {
}
