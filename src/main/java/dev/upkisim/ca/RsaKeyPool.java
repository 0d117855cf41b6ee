package dev.upkisim.ca;

import java.security.KeyPair;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * RSA key pairs generated ahead of need on their own threads, one per core. Key generation dominates a
 * first start and client issuance (DESIGN "Engineering notes"): {@link #prefill} starts the work early,
 * {@link #take} hands out what is ready, or generates on the caller's thread when nothing was asked ahead.
 */
public final class RsaKeyPool implements AutoCloseable {
    private final ExecutorService workers;
    private final BlockingQueue<CompletableFuture<KeyPair>> pending = new LinkedBlockingQueue<>();

    public RsaKeyPool(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "upki-sim-keygen-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One thread per available core. */
    public static RsaKeyPool perCore() {
        return new RsaKeyPool(Runtime.getRuntime().availableProcessors());
    }

    /** Makes sure at least {@code count} key pairs are ready or being generated in the background. */
    public synchronized void prefill(int count) {
        while (pending.size() < count) {
            pending.add(CompletableFuture.supplyAsync(RsaKeys::generate, workers));
        }
    }

    public KeyPair take() {
        CompletableFuture<KeyPair> next = pending.poll();
        return next == null ? RsaKeys.generate() : next.join();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
