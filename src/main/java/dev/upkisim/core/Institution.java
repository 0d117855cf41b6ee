package dev.upkisim.core;

import java.util.List;

/**
 * A fictional institution subscribed to the simulated UPKI service.
 *
 * @param dnBase      the part of its members' subject DNs after CN and OU (SPEC 1.2: order CN, OU, O, L, C; C=JP)
 * @param domains     the DNS domains it may request server certificates and use mail addresses in
 * @param campusCidrs the "campus network" the portal may be limited to (seed: reachable from campus only)
 */
public record Institution(String id, LocalizedText name, String dnBase, List<String> domains,
                          List<String> campusCidrs, Contact raContact) {
}
