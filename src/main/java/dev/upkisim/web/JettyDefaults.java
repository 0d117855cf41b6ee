package dev.upkisim.web;

/**
 * System properties that spare Jetty work at start-up; each is set only when the user has not set it.
 *
 * <p>{@code org.eclipse.jetty.util.referencesPerCacheLine}: without it, Jetty's {@code MemoryUtils} asks the
 * platform MBean server whether the JVM compresses object pointers — which starts JMX, some 150 classes and ~0.1 s
 * of a start on the project's 2-core machine, for a padding size. HotSpot compresses them whenever the heap can
 * stay under 32 GB, so the answer follows from the maximum heap: a 4-byte reference, 16 to a 64-byte cache line
 * (Jetty's own figure for that case), else an 8-byte one, 8 to a line.
 */
public final class JettyDefaults {
    static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";
    private static final long COMPRESSED_OOPS_HEAP_LIMIT = 32L << 30;

    private JettyDefaults() {
    }

    /** Call before any Jetty class is initialised (Jetty reads the properties once, in static initialisers). */
    public static void apply() {
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
            boolean compressed = Runtime.getRuntime().maxMemory() < COMPRESSED_OOPS_HEAP_LIMIT;
            System.setProperty(REFERENCES_PER_CACHE_LINE, compressed ? "16" : "8");
        }
    }
}
