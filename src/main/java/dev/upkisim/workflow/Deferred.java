package dev.upkisim.workflow;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A value that start-up does not wait for: built once, by whichever comes first — {@link #prepare}, called from
 * the background once the simulator is ready, or {@link #get}, called by a request that needs it. A request that
 * comes while it is being built waits for it, so an early request gets the right answer a little late, never a
 * wrong one. A build that fails fails every {@code get} with the same cause.
 */
public final class Deferred<T> {
    private final FutureTask<T> task;

    public Deferred(Supplier<T> builder) {
        this.task = new FutureTask<>(builder::get);
    }

    /** Builds the value now, on this thread, unless it is built or being built already. */
    public void prepare() {
        task.run();
    }

    /** The value: built on this thread if nobody started it yet, else awaited. */
    public T get() {
        if (!task.isDone()) {
            task.run(); // does nothing when it is running already: then this waits below
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the value is on its way: wait for it, and keep the interrupt for the caller
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
